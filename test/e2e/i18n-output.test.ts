/**
 * The main view, the brief and a chart's PNG export in Chinese, in a real Chromium on the production build: no
 * visible English word (an ASCII word not in src/i18n/allowed-latin.ts) in the whole page with every chart drawn
 * or in the one-page brief; the figures (headline cards, the overlap chart, the brief's table) equal the English
 * page's; axe finds no violation on either Chinese page; the brief prints on one page; the PNG export is made.
 * Screenshots go to SHOTS for people to look at (CJK rendering is judged there).
 *
 * Left out of the word check, because their words are the scenario's or translated elsewhere: the measures panel
 * (`aside.stack`), the scenario's heading and preset picker (preset titles and descriptions), the measures' own
 * titles wherever they appear, the chips' names on the chips chart, and the brief's settings column (the
 * parameters' labels and values, translated with the measures).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { asciiWords } from '../../src/i18n/allowed-latin';
import { describeViolations, scan } from './axe';
import { describeBrowser, launch, openPage, revealBelowFold, SHOTS } from './browser';

/** Parts of the main view whose words are the scenario's or another part of the translation's. */
const NOT_CHECKED = ['aside.stack', '.intro', '.preset-picker'];

/** Wait for the live run (its run time shows, in ms), then draw every chart below the fold. */
async function ready(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.status-line').textContent(), { timeout: 60_000 })
    .toMatch(/[\d.]+ (ms|毫秒)/);
  await revealBelowFold(page);
  await page.locator('#chart-overlap .upset, #chart-overlap .empty').first().waitFor();
  await page.locator('#chart-chips .recharts-surface').first().waitFor();
}

/** The figures of the main view: every headline card's numbers and the overlap chart's counts. */
async function mainFigures(page: Page): Promise<string[]> {
  const cards = await page
    .locator('.summary-card [data-testid^="summary-"]:not([data-testid$="-note"])')
    .allTextContents();
  const overlap = await page.locator('#chart-overlap .upset .num').allTextContents();
  return [...cards, ...overlap].map((t) => t.replace(/[^\d,.−+-]/g, ''));
}

/**
 * The visible text of the page without the parts left out, with every element's accessible name and title, and
 * without the names it may keep (measure titles, chip names).
 */
async function visibleWords(page: Page, root: string, skip: readonly string[], names: readonly string[]) {
  const text = await page.evaluate(
    ({ root, skip }) => {
      const top = document.querySelector(root) as HTMLElement;
      const hidden = skip.flatMap((s) => [...top.querySelectorAll<HTMLElement>(s)]);
      const before = hidden.map((el) => el.style.display);
      for (const el of hidden) el.style.display = 'none';
      const named = [...top.querySelectorAll('[aria-label], [title]')]
        .filter((el) => !hidden.some((h) => h.contains(el)))
        .map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
      // SVG text is drawn text: innerText leaves it out, a reader does not.
      const drawn = [...top.querySelectorAll('svg text')]
        .filter((el) => !hidden.some((h) => h.contains(el)))
        .map((el) => el.textContent ?? '');
      // biome-ignore lint/performance/useDomNodeTextContent: visible text is what a reader sees.
      const visible = top.innerText;
      hidden.forEach((el, i) => {
        el.style.display = before[i]!;
      });
      return [visible, ...named, ...drawn].join('\n');
    },
    { root, skip: [...skip] },
  );
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(name, ' ');
  return asciiWords(rest);
}

/** The measures' titles (the scenario's words) as the headline cards show them. */
async function measureTitles(page: Page): Promise<string[]> {
  return (await page.locator('.summary-card h3').allTextContents()).slice(1);
}

/** The chips' names as the chips chart labels them (product names, kept as they are). */
async function chipNames(page: Page): Promise<string[]> {
  return page.locator('#chart-chips .recharts-label-list text').allTextContents();
}

describeBrowser('the main view, the brief and exports in Chinese', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the main view with every chart drawn has no English words, the English page’s figures and no axe violation', async () => {
    const base = inject('baseUrl');
    const english = await openPage(browser, `${base}?lang=en`);
    await ready(english.page);
    const en = await mainFigures(english.page);
    await english.page.close();

    const { page, errors } = await openPage(browser, `${base}?lang=zh-CN`);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await mainFigures(page)).toEqual(en);
    await expect.poll(() => page.locator('#chart-models h2').textContent()).toBe('模型与训练算力门槛');
    const names = [...(await measureTitles(page)), ...(await chipNames(page))];
    expect(await visibleWords(page, 'body', NOT_CHECKED, names)).toEqual([]);
    const { violations } = await scan(page);
    expect(describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/zh-CN-main-view.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the brief in Chinese: no English words, the English brief’s figures, one printed page, no axe violation', async () => {
    const base = inject('baseUrl');
    const open = async (lang: string) => {
      const opened = await openPage(browser, `${base}?lang=${lang}&brief`);
      await opened.page.getByTestId('brief-combined').waitFor();
      await opened.page.locator('.brief svg.time-chart').first().waitFor();
      return opened;
    };
    const english = await open('en');
    const enNumbers = await english.page.locator('.brief-numbers td.num').allTextContents();
    await english.page.close();

    const { page, errors } = await open('zh-CN');
    await expect.poll(() => page.locator('.brief-kicker').textContent()).toBe('Yardstick · 情景简报');
    expect(await page.locator('.brief-numbers td.num').allTextContents()).toEqual(enNumbers);
    // The scenario's title and description and the link are the scenario's own; the measures' titles too.
    const titles = await page
      .locator('.brief-table th[scope="row"]')
      .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
    // The settings column is the parameters' labels and values (translated with the measures); the kicker is
    // checked above (its letters are set in capitals by the style sheet).
    const skip = ['h1', '.brief-desc', '.brief-url', '.brief-settings', '.brief-kicker'];
    const words = await visibleWords(page, 'main.brief-page', skip, titles);
    expect(words).toEqual([]);
    const { violations } = await scan(page);
    expect(describeViolations(violations)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/zh-CN-brief-screen.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length).toBe(1);
    writeFileSync(`${SHOTS}/zh-CN-brief.pdf`, pdf);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS}/zh-CN-brief-print.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a chart’s PNG export and CSV are in Chinese', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=zh-CN`);
    await page.locator('#chart-companies svg.time-chart[role="application"]').waitFor();
    // After the live run, so the export names the data it ran on.
    await expect
      .poll(() => page.locator('.status-line').textContent(), { timeout: 60_000 })
      .toMatch(/[\d.]+ 毫秒/);
    const menu = page.locator('#chart-companies details.chart-export');
    await menu.locator('summary').click();
    const save = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('button', { name }).click(),
      ]);
      const path = `${SHOTS}/zh-CN-export-${(file as Download).suggestedFilename()}`;
      await (file as Download).saveAs(path);
      return path;
    };
    await expect.poll(() => menu.getByRole('button', { name: '图片（PNG）' }).count()).toBe(1);
    const png = await save('图片（PNG）');
    expect(png.endsWith('.png')).toBe(true);
    const csvPath = await save('数据（CSV）');
    const csv = (await import('node:fs')).readFileSync(csvPath, 'utf8');
    expect(csv).toContain('# Yardstick 导出：各时期被捕获的企业');
    expect(csv).toContain('\n季度,');
    expect(csv).toContain('# 数据集：内置数据集，截至 2026-08-19。');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('comparing in Chinese: the menu, the summary and the difference charts have no English words', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=zh-CN`);
    await ready(page);
    await page.locator('details.compare-menu > summary').click();
    const select = page.locator('details.compare-menu[open] select');
    await select.waitFor();
    const baselineTitle =
      (await select.locator('option[value="preset:us-outbound-2025"]').textContent()) ?? '';
    await select.selectOption('preset:us-outbound-2025');
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    await expect.poll(() => summary.locator('h2').textContent()).toContain('与预设“');
    for (const chart of ['companies', 'deals'])
      await page.locator(`#chart-${chart}`).getByRole('button', { name: '差值' }).click();
    await expect
      .poll(() => page.locator('#chart-companies .chart-desc').textContent())
      .toContain('本情景减去基准情景');
    // The differences' lines name settings by the parameters' labels and values, translated with the measures.
    const names = [baselineTitle, ...(await measureTitles(page)), ...(await chipNames(page))];
    const words = await visibleWords(page, 'body', [...NOT_CHECKED, '.diff-lines'], names);
    expect(words).toEqual([]);
    await page.locator('[data-testid="compare-summary"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/zh-CN-compare.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
