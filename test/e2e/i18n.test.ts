/**
 * Languages in a real Chromium on the production build: `?lang=zh-CN` opens in Chinese (the page's lang attribute,
 * the top bar's words), the language menu switches and the choice persists on this browser, a link without `lang`
 * keeps the reader's choice, and the figures are the same in both languages.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage } from './browser';

/** The headline counts once the live run has replaced the precomputed first view (its run time shows, in ms). */
async function figures(page: Page): Promise<string[]> {
  await expect
    .poll(() => page.locator('.status-line').textContent(), { timeout: 60_000 })
    .toMatch(/[\d.]+ (ms|毫秒)/);
  return page.locator('[data-testid^="summary-"][data-testid$="-companies"]').allTextContents();
}

describeBrowser('languages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('?lang=zh-CN opens in Chinese with the same figures as English', async () => {
    const base = inject('baseUrl');
    const english = await openPage(browser, base);
    const en = await figures(english.page);
    expect(await english.page.getAttribute('html', 'lang')).toBe('en');
    await english.page.close();

    const chinese = await openPage(browser, `${base}?lang=zh-CN`);
    const zh = await figures(chinese.page);
    expect(await chinese.page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect
      .poll(() => chinese.page.locator('.tagline').textContent())
      .toBe('每道“高墙”圈住了多大的“小院”？');
    expect(await chinese.page.getByTestId('language-menu').getAttribute('aria-label')).toBe('语言');
    expect(zh).toEqual(en);
    expect(chinese.errors).toEqual([]);
    await chinese.page.close();
  });

  it('the language menu switches, the choice persists, and a link without lang keeps it', async () => {
    const base = inject('baseUrl');
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('.summary-card').first().waitFor();
    await page.getByTestId('language-menu').selectOption('zh-CN');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('.tagline').textContent()).toContain('小院');
    // A shared link (fragment only, no lang) opens in the reader's own choice.
    await page.goto(`${base}#`);
    await page.reload();
    await page.locator('.summary-card').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // A link that carries lang wins, and switching updates it so a reload keeps the new choice.
    await page.goto(`${base}?lang=en`);
    await page.locator('.summary-card').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByTestId('language-menu').selectOption('zh-CN');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
    await context.close();
  });
});
