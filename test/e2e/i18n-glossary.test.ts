/**
 * The glossary and key dates in Chinese, in a real Chromium on the production build: `?lang=zh-CN`, the glossary
 * opened from the Teach menu shows the Chinese terms (实体清单 for the Entity List), the filter finds Chinese words,
 * and neither panel shows a Latin word outside the allow-list of names, units and citations.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { GLOSSARY } from '../../src/teaching/glossary';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

/** Everything a reader of the panel sees or hears: its text, and its controls' names and placeholders. */
async function panelWords(page: Page, testId: string): Promise<string[]> {
  const panel = page.getByTestId(testId);
  // The rendered text (innerText): what is visible, with line breaks between blocks.
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is what a reader sees.
  const text = await panel.innerText();
  const labels = await panel.evaluate((el) =>
    [el, ...el.querySelectorAll('[aria-label], [placeholder]')].flatMap((e) => [
      e.getAttribute('aria-label') ?? '',
      e.getAttribute('placeholder') ?? '',
    ]),
  );
  return asciiWords([text, ...labels].join('\n'));
}

describeBrowser('glossary and key dates in Chinese', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    ({ page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=zh-CN`));
    await page.locator('.summary-card').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the glossary in Chinese, with no English word left', async () => {
    await page.locator('details.teach-menu > summary').click();
    // The Teach menu's first reference button opens the glossary (its label is the menu's, in either language).
    await page.locator('details.teach-menu .menu-row button').first().click();
    const panel = page.getByTestId('glossary-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('aria-label')).toBe('术语表');
    await expect.poll(() => panel.locator('#term-entity-list dt').textContent()).toBe('实体清单');
    await expect(panel.locator('#term-flop dd').textContent()).resolves.toMatch(/训练算力是一个总量/);
    await expect(panel.locator('#term-country-of-concern .basis').textContent()).resolves.toBe('可信度：高');
    expect(await panel.locator('.glossary-term').count()).toBe(GLOSSARY.length);
    await page.screenshot({ path: `${SHOTS}/glossary.png` });
    expect(await panelWords(page, 'glossary-panel')).toEqual([]);
  });

  it('finds terms by their Chinese words and follows a related term', async () => {
    const panel = page.getByTestId('glossary-panel');
    await panel.getByRole('searchbox').fill('实体清单');
    await expect.poll(() => panel.locator('.glossary-term').count()).toBeLessThan(GLOSSARY.length);
    expect(await panel.locator('#term-entity-list').count()).toBe(1);
    expect(await panel.locator('#term-flop').count()).toBe(0);
    await panel.getByRole('searchbox').fill('');
    await panel.locator('#term-entity-list .term-link', { hasText: '列名主体条款' }).click();
    await expect.poll(() => panel.locator('.glossary-term.current dt').textContent()).toBe('列名主体条款');
    await page.screenshot({ path: `${SHOTS}/glossary-related.png` });
  });

  it('shows the key dates in Chinese, with no English word left', async () => {
    await page.getByRole('button', { name: '关键日期', exact: true }).click();
    const panel = page.getByTestId('timeline-panel');
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain('华为被列入美国实体清单。');
    await expect(panel.locator('li.major strong').allTextContents()).resolves.toEqual([
      '2022年10月芯片规则',
      '2023年10月芯片规则',
      '对外投资规则',
      '2026年4月升级',
    ]);
    await page.screenshot({ path: `${SHOTS}/key-dates.png` });
    expect(await panelWords(page, 'timeline-panel')).toEqual([]);
    await panel.getByRole('button', { name: '关闭关键日期' }).click();
    await expect(page.getByTestId('timeline-panel').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
