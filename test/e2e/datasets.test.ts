/**
 * User dataset files in a real headless Chromium (issues 4 and 8): open the small fixture as JSON, as CSV files, as
 * a dropped file and as the zip the data menu downloads; a broken CSV names file, row and column and keeps the data
 * in use; back to the built-in data; a ~50 MB file opens in the worker with a progress indicator while the page
 * keeps drawing frames; a file over the limit is refused with the documented message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { datasetToCsv } from '../../src/data/csv';
import { MAX_DATASET_BYTES } from '../../src/worker/open-dataset-types';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'small-dataset.json');

/** Read a chart's data table (its text alternative) as rows of cell texts. */
async function chartTable(page: Page, chart: string): Promise<string[][]> {
  const figure = page.locator(`#chart-${chart}`);
  const toggle = figure.getByRole('button', { name: 'Show data table' });
  if (await toggle.count()) await toggle.click();
  const rows = await figure
    .locator('table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  await figure.getByRole('button', { name: 'Show chart' }).click();
  return rows;
}

/** The data menu's first line: "Built-in dataset" or "Your file(s): …". */
const inUse = (page: Page) => page.locator('.data-menu .menu-body > p strong').first().textContent();

async function openMenu(page: Page): Promise<void> {
  const menu = page.locator('details.data-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

const fileInput = (page: Page) => page.locator('.data-menu input[type="file"]');

describeBrowser('datasets (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;
  let csvPaths: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'yardstick-datasets-'));
    // The small fixture as CSV files, as the exporter writes them.
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    csvPaths = datasetToCsv(fixture).files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.text);
      return path;
    });
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.getByTestId('summary-us-outbound').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a broken CSV names file, row and column, and the built-in data stays in use', async () => {
    await openMenu(page);
    await expect(inUse(page)).resolves.toBe('Built-in dataset');
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    const paths = csvPaths.map((p) => {
      const name = p.split('/').pop()!;
      let text = readFileSync(p, 'utf8');
      if (name === 'transactions.csv') {
        const lines = text.split('\r\n');
        lines[13] = lines[13]!.replace(/,\d{4}-\d\d-\d\d,/, ',2025-13-01,');
        text = lines.join('\r\n');
      }
      writeFileSync(join(broken, name), text);
      return join(broken, name);
    });
    await fileInput(page).setInputFiles(paths);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'transactions.csv row 14, column date: expected YYYY-MM-DD, got "2025-13-01"',
    );
    await expect(alert.textContent()).resolves.toContain('the data in use has not changed');
    await expect(inUse(page)).resolves.toBe('Built-in dataset');
    await expect.poll(() => page.locator('.status-line').textContent()).toContain('Data: Default');
    await page.screenshot({ path: `${SHOTS}/dataset-broken-csv.png` });
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('opens the small fixture as JSON: the charts change and "Your file" shows', async () => {
    const before = await chartTable(page, 'deals');
    await openMenu(page);
    await fileInput(page).setInputFiles(FIXTURE);
    await expect.poll(() => inUse(page)).toBe('Your file: small-dataset.json');
    await expect.poll(() => page.locator('.status-line').textContent()).toContain('Data: Small test fixture');
    await expect.poll(() => chartTable(page, 'deals')).not.toEqual(before);
    await openMenu(page);
    await page.screenshot({ path: `${SHOTS}/dataset-json-open.png` });
  });

  it('goes back to the built-in data', async () => {
    await page.getByRole('button', { name: 'Back to the built-in data' }).click();
    await expect.poll(() => inUse(page)).toBe('Built-in dataset');
    await expect.poll(() => page.locator('.status-line').textContent()).toContain('Data: Default');
    await expect(page.getByRole('button', { name: 'Back to the built-in data' }).count()).resolves.toBe(0);
  });

  it('opens the small fixture as CSV files', async () => {
    const before = await chartTable(page, 'companies');
    await openMenu(page);
    await fileInput(page).setInputFiles(csvPaths);
    await expect
      .poll(() => inUse(page))
      .toBe('Your files: dataset.csv, companies.csv, models.csv, chips.csv, transactions.csv');
    await expect.poll(() => page.locator('.status-line').textContent()).toContain('Data: Small test fixture');
    await expect.poll(() => chartTable(page, 'companies')).not.toEqual(before);
    await openMenu(page);
    await page.screenshot({ path: `${SHOTS}/dataset-csv-open.png` });
  });

  it('downloads the dataset in use as a zip of CSV files, which opens again', async () => {
    await page.getByRole('button', { name: 'Back to the built-in data' }).click();
    await expect.poll(() => inUse(page)).toBe('Built-in dataset');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this dataset as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('default-csv.zip');
    const zipPath = join(dir, 'default-csv.zip');
    await download.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(entries)).toEqual([
      'dataset.csv',
      'companies.csv',
      'models.csv',
      'chips.csv',
      'transactions.csv',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Saved default-csv.zip' }).count()).resolves.toBe(
      1,
    );
    await fileInput(page).setInputFiles(zipPath);
    await expect.poll(() => inUse(page), { timeout: 30_000 }).toBe('Your file: default-csv.zip');
    await expect
      .poll(() => page.locator('.status-line').textContent())
      .toContain('Data: Default, as of 2026-08-19');
  });

  it('opens files dropped on the data menu, without the page taking them for a scenario', async () => {
    await openMenu(page);
    const title = await page.locator('.intro h2').textContent();
    const json = readFileSync(FIXTURE, 'utf8');
    const zone = page.getByTestId('dataset-drop-zone');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, json);
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect(zone.getAttribute('class')).resolves.toContain('over');
    await page.screenshot({ path: `${SHOTS}/dataset-drop-zone.png` });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => inUse(page)).toBe('Your file: dropped.json');
    // The scenario is untouched and no scenario notice appeared.
    await expect(page.locator('.intro h2').textContent()).resolves.toBe(title);
    await expect(page.locator('.drop-hint').count()).resolves.toBe(0);
    await expect(page.getByText('dropped.json was dropped').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describeBrowser('large datasets (browser)', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yardstick-large-'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens a ~50 MB file in the worker with a progress indicator while the page keeps drawing', async () => {
    // A deals-database-sized file: 140,000 transactions over 1,000 companies (1,500 models), ≈ 46 MB of JSON.
    const path = join(dir, 'large.json');
    writeFileSync(path, JSON.stringify(syntheticDataset({ transactions: 140_000, companies: 1000 })));
    const bytes = readFileSync(path).length;
    expect(bytes).toBeGreaterThan(45 * 1024 * 1024);

    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await page.getByTestId('summary-us-outbound').waitFor();
    await openMenu(page);
    // A requestAnimationFrame counter, and the time each progress text first appears.
    await page.evaluate(`(() => {
      window.__frames = [];
      const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      window.__steps = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid=dataset-opening] p');
        const text = el ? el.textContent : null;
        const last = window.__steps[window.__steps.length - 1];
        if (!last || last[1] !== text) window.__steps.push([performance.now(), text]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    const start = (await page.evaluate('performance.now()')) as number;
    await fileInput(page).setInputFiles(path);
    const opening = page.getByTestId('dataset-opening');
    await opening.waitFor();
    await expect(opening.getByRole('progressbar').count()).resolves.toBe(1);
    await opening.getByText(/reading large\.json \(\d+ %\)|parsing|checking/).waitFor();
    await page.screenshot({ path: `${SHOTS}/dataset-large-progress.png` });
    // A function, not a string: the page's Content Security Policy forbids evaluating strings.
    await page.waitForFunction(
      () =>
        document.querySelector('.data-menu .menu-body > p strong')?.textContent === 'Your file: large.json',
      undefined,
      { timeout: 110_000, polling: 250 },
    );
    const end = (await page.evaluate('performance.now()')) as number;
    const { frames, steps } = (await page.evaluate(
      '({ frames: window.__frames, steps: window.__steps })',
    )) as {
      frames: number[];
      steps: [number, string | null][];
    };
    // The worker's part: from the first progress text to the hand-over of the parsed dataset.
    const handOver = steps.find(([, text]) => text?.includes('loading it into the app'))?.[0];
    expect(handOver).toBeDefined();
    const during = frames.filter((t) => t >= start && t <= handOver!);
    const gaps = during.slice(1).map((t, i) => t - during[i]!);
    const longest = Math.max(...gaps);
    const after = frames.filter((t) => t >= handOver!);
    const stall = Math.max(...after.slice(1).map((t, i) => t - after[i]!), end - (after.at(-1) ?? end));
    console.info(
      `[large] ${(bytes / 1048576).toFixed(1)} MB: worker part ${((handOver! - start) / 1000).toFixed(1)} s with ${during.length} frames (longest gap ${longest.toFixed(0)} ms); then hand-over and first render, longest stall ${stall.toFixed(0)} ms; total ${((end - start) / 1000).toFixed(1)} s. Steps: ${steps.map(([t, s]) => `${((t - start) / 1000).toFixed(1)}s ${s?.replace(/ The data in use.*/, '') ?? 'done'}`).join(' | ')}`,
    );
    // The page kept drawing while the worker read, parsed and checked the file: no gap near a second (a main-thread
    // JSON.parse of this file alone takes longer), and frames throughout.
    expect(longest).toBeLessThan(1000);
    expect(during.length).toBeGreaterThan((handOver! - start) / 250);
    // Progress was reported through every step.
    const texts = steps.map(([, s]) => s ?? '');
    expect(texts.some((s) => /reading large\.json \(\d+ %\)/.test(s))).toBe(true);
    expect(texts.some((s) => s.includes('checking every record'))).toBe(true);
    await page.locator('details.data-menu summary').click();
    await page.screenshot({ path: `${SHOTS}/dataset-large-open.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`refuses a file over ${MAX_DATASET_BYTES / 1048576} MB with the documented message`, async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_DATASET_BYTES + 1024 * 1024); // sparse: no 65 MB written to disk
    const { page } = await openPage(browser, inject('baseUrl'));
    await page.getByTestId('summary-us-outbound').waitFor();
    await openMenu(page);
    await fileInput(page).setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'is 65 MB; the largest dataset Yardstick opens is 64 MB',
    );
    await expect(inUse(page)).resolves.toBe('Built-in dataset');
    await page.screenshot({ path: `${SHOTS}/dataset-too-large.png` });
    await page.close();
  });
});
