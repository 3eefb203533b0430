/**
 * Languages in a real Chromium on the production build: `?lang=zh-CN` opens in Chinese (the page's lang attribute,
 * the top bar's words), the language menu switches and the choice persists on this browser, a link without `lang`
 * keeps the reader's choice, and the figures are the same in both languages.
 */

import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

/** The headline counts once the live run has replaced the precomputed first view (its run time shows, in ms). */
async function figures(page: Page): Promise<string[]> {
  await expect
    .poll(() => page.locator('.status-line').textContent(), { timeout: 60_000 })
    .toMatch(/[\d.]+ (ms|毫秒)/);
  return page.locator('[data-testid^="summary-"][data-testid$="-companies"]').allTextContents();
}

/** The visible text of a part of the page with its controls' accessible names and titles. */
function wordsOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((root: HTMLElement) => {
    const named = [...root.querySelectorAll('[aria-label], [title]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: visible text is what a reader sees.
    return [root.innerText, ...named].join('\n');
  });
}

/** Save a screenshot for people to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Open a top-bar menu (loaded on first use) and wait for its body. */
async function openMenu(page: Page, menu: string): Promise<string> {
  const body = `details.${menu}[open] .menu-body`;
  await page.locator(`details.${menu} > summary`).click();
  await page.locator(body).waitFor();
  return body;
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

  it('the headline cards and the compute-threshold sliders speak Chinese', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=zh-CN`);
    await figures(page);
    // The measures' own titles come from the scenario (the measure names are translated elsewhere); every other
    // word of the cards, their titles and accessible names included, is Chinese (quarters such as 2026Q3 are codes).
    const titles = await page.locator('.summary-card h3').allTextContents();
    expect(titles[0]).toBe('全部措施合计');
    let text = await wordsOf(page, '.summary');
    for (const title of titles.slice(1)) text = text.replaceAll(title, ' ');
    expect(text).toContain('在范围内');
    expect(text).toContain('含外推');
    expect(asciiWords(text)).toEqual([]);
    const toggle = page.locator('.measures-toggle');
    if (await toggle.isVisible()) await toggle.click();
    const outbound = page.locator('[data-policy="us-outbound"]');
    for (const name of ['禁止类训练算力门槛', '生物模型训练算力门槛', '须申报类训练算力门槛'])
      await expect
        .poll(() => outbound.getByRole('slider', { name: `${name}滑块（对数刻度）` }).count())
        .toBe(1);
    // The card's own chrome: the measure's description and title are the scenario's, the rest is Chinese.
    expect(await outbound.locator('details.more > summary').textContent()).toBe('更多设置');
    const measure = (await outbound.locator('h3').textContent()) ?? '';
    const actions = await wordsOf(page, '[data-policy="us-outbound"] .card-actions');
    expect(actions).toContain('复制');
    expect(asciiWords(actions.replaceAll(measure, ' '))).toEqual([]);
    expect(await page.locator('.stack-head h2').textContent()).toBe('措施');
    await shoot(page, 'zh-CN-headlines');
    expect(errors).toEqual([]);
    await page.close();
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

  it('in Chinese, the Scenario, Share, Data, Teach and About menus, undo/redo, the presentation bar and a link notice have no English words', async () => {
    const base = inject('baseUrl');
    // A link that cannot be read: its notice is made at start-up, before the Chinese catalogue has loaded.
    const { page, errors } = await openPage(browser, `${base}?lang=zh-CN#v=1&d=${'A'.repeat(20_000)}`);
    await page.locator('.summary-card').first().waitFor();
    const notice = page.getByTestId('scenario-notice').first();
    await expect.poll(() => notice.locator('.notice-title').textContent()).toBe('无法打开此链接');
    const noticeLines = await notice.locator('li').allTextContents();
    // The first line is the link reader's own message; the line Yardstick adds is Chinese (around the scenario's
    // title, which is the scenario's own text, quoted).
    const added = noticeLines
      .slice(1)
      .join(' ')
      .replace(/“[^”]*”/g, '');
    expect(asciiWords(added)).toEqual([]);
    expect(asciiWords(await wordsOf(page, '[data-testid="scenario-notice"] .notice-actions'))).toEqual([]);
    expect(asciiWords(await wordsOf(page, '.undo-redo'))).toEqual([]);

    const problems: Record<string, string[]> = {};
    for (const menu of ['scenario-menu', 'share-menu', 'data-menu', 'teach-menu', 'about']) {
      const body = await openMenu(page, menu);
      if (menu === 'data-menu') await page.locator(`${body} > p strong`).waitFor();
      if (menu === 'teach-menu') await page.locator(`${body} .lesson-start`).first().waitFor();
      const summary = await page.locator(`details.${menu} > summary`).textContent();
      const words = asciiWords(`${summary}\n${await wordsOf(page, body)}`);
      if (words.length) problems[menu] = words;
      await shoot(page, `zh-CN-${menu}`);
      await page.locator(`details.${menu} > summary`).click();
    }
    expect(problems).toEqual({});

    await openMenu(page, 'teach-menu');
    await page.getByRole('button', { name: '演示模式' }).click();
    await page.locator('.present-bar').waitFor();
    expect(asciiWords(await wordsOf(page, '.present-bar'))).toEqual([]);
    await page.getByRole('button', { name: '退出（Esc）' }).click();
    await page.locator('.present-bar').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
