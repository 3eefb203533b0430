/**
 * A lesson in Chinese, in a real Chromium on the production build: `?lang=zh-CN&lesson=…` opens the player in
 * Chinese (the lesson's words and the player's own), with no Latin word outside the allow-list of names, units and
 * citations; the reveal gives the same number as the English page, written in Chinese.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

const LESSON = 'small-yard-large-yard';

async function revealStep(page: Page): Promise<string> {
  const player = page.getByTestId('lesson-player');
  await player.waitFor();
  await player.locator('.reveal-button').click();
  const value = page.getByTestId('reveal-value');
  await value.waitFor({ timeout: 60_000 });
  return (await value.textContent()) ?? '';
}

describeBrowser('a lesson in Chinese', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens in Chinese, with no English left in the player, and reveals the English page’s number', async () => {
    const base = inject('baseUrl');
    const english = await openPage(browser, `${base}?lang=en&lesson=${LESSON}&step=1`);
    const enValue = await revealStep(english.page);
    await english.page.close();

    const { page, errors } = await openPage(browser, `${base}?lang=zh-CN&lesson=${LESSON}&step=1`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');
    const player = page.getByTestId('lesson-player');
    await expect.poll(() => player.locator('h2').textContent()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => page.getByTestId('lesson-progress').textContent()).toBe('第 1 步，共 4 步');
    const zhValue = await revealStep(page);
    // The same figure (digits), with a Chinese measure word instead of the English unit.
    expect(zhValue.match(/[\d,]+/)?.[0]).toBe(enValue.match(/[\d,]+/)?.[0]);
    expect(zhValue).toMatch(/[\u4e00-\u9fff]/);
    // biome-ignore lint/performance/useDomNodeTextContent: visible text is what a reader sees.
    const text = await player.innerText();
    expect(asciiWords(text)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/zh-lesson-step.png`, fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
