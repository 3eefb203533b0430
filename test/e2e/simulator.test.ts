/**
 * The simulator in a real headless Chromium against the production build (issue: the simulator in the browser).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

/** Read a chart's data table (its text alternative) as rows of cell texts keyed by column header. */
async function chartTable(page: Page, chart: string): Promise<Record<string, string>[]> {
  const figure = page.locator(`#chart-${chart}`);
  const toggle = figure.getByRole('button', { name: 'Show data table' });
  if (await toggle.count()) await toggle.click();
  const table = figure.locator('table');
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  await figure.getByRole('button', { name: 'Show chart' }).click();
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
}

/** Read the companies chart's data table for one of its metrics. */
async function companiesTable(page: Page, metric: string): Promise<Record<string, string>[]> {
  const select = page.locator('#chart-companies select').first();
  await select.selectOption({ label: metric });
  const rows = await chartTable(page, 'companies');
  await select.selectOption({ label: 'Companies captured so far' });
  return rows;
}

describeBrowser('simulator (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.getByTestId('summary-us-outbound').waitFor();
  });
  afterAll(async () => browser?.close());

  it('loads with no console errors and a screenshot of the main view', async () => {
    await expect(page.title()).resolves.toMatch(/Yardstick/);
    await page.screenshot({ path: `${SHOTS}/main-view.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('prohibits more when the prohibited line drops from 1e25 to 1e24, in the chart data and the summary', async () => {
    const card = page.locator('[data-policy="us-outbound"]');
    const box = card.getByRole('textbox', { name: 'Prohibited compute threshold', exact: true });
    await expect(box.inputValue()).resolves.toBe('1e25');
    const number = (id: string) => async () => Number(await page.getByTestId(id).textContent());
    const inScopeStopped = number('summary-us-outbound-in-scope-stopped');
    const inScope = number('summary-us-outbound-in-scope');
    const [stoppedBefore, scopeBefore] = [await inScopeStopped(), await inScope()];
    const metric = 'Companies in scope whose deals would be stopped';
    const chartBefore = await companiesTable(page, metric);
    await box.fill('1e24');
    await box.press('Enter');
    // Companies between 1e24 and 1e25 move from the notifiable tier to the prohibited one: US investment in more
    // companies is stopped, and none leaves the rule's scope.
    await expect.poll(inScopeStopped).toBeGreaterThan(stoppedBefore);
    expect(await inScope()).toBe(scopeBefore);
    const chartAfter = await companiesTable(page, metric);
    const row = chartBefore.findIndex((r) => r.Quarter?.startsWith('2026Q3'));
    const column = 'US outbound investment rule';
    expect(Number(chartAfter[row]![column])).toBeGreaterThan(Number(chartBefore[row]![column]));
    await expect(
      card
        .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' })
        .getAttribute('aria-valuetext'),
    ).resolves.toBe('1e24 FLOP');
  });

  it('names each switch after its measure and removes a series when switched off', async () => {
    const legend = () => page.locator('#chart-companies .chart-legend-item-text').allTextContents();
    await expect.poll(legend).toContain('US crackdown on distillation');
    await page.getByRole('switch', { name: 'US crackdown on distillation' }).click();
    await expect.poll(legend).not.toContain('US crackdown on distillation');
    await expect(page.getByTestId('summary-distillation').count()).resolves.toBe(0);
    await page.getByRole('switch', { name: 'US crackdown on distillation' }).click();
    await expect.poll(legend).toContain('US crackdown on distillation');
  });

  it('rejects a typed threshold that is not a number, keeping the old one', async () => {
    const box = page
      .locator('[data-policy="us-outbound"]')
      .getByRole('textbox', { name: 'Notifiable compute threshold', exact: true });
    await box.fill('lots');
    await box.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Type a positive number' }).count()).resolves.toBe(
      1,
    );
    await box.fill('1e23');
    await box.press('Enter');
  });

  it('changes the charts when another preset is chosen', async () => {
    const before = await chartTable(page, 'companies');
    await page.getByLabel('Scenario preset').selectOption('export-controls-2022-vs-2023');
    await expect.poll(() => page.locator('.intro h2').textContent()).toMatch(/2022 rule and the 2023 fix/);
    const after = await chartTable(page, 'companies');
    expect(Object.keys(after[0]!)).toEqual([
      'Quarter',
      'Oct 2022 chip rule',
      'Oct 2023 chip rule',
      'Aug 2022 is-informed letters (A100, H100, MI250)',
      'Oct 2022 chip rule extended to Macau',
      'All measures combined',
    ]);
    expect(Object.keys(before[0]!)).not.toEqual(Object.keys(after[0]!));
    await page.screenshot({ path: `${SHOTS}/preset-export-controls.png`, fullPage: true });
  });

  it('opens the deals behind a bar and a company explanation, and closes with Escape', async () => {
    await page.getByLabel('Scenario preset').selectOption('us-outbound-2025');
    await page.locator('#chart-deals rect[data-stack]').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await expect(drawer.locator('table tbody tr').count()).resolves.toBeGreaterThan(0);
    await drawer.locator('table tbody button.link').first().click();
    await expect(drawer.getByText(/First captured in/).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/company-explanation.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
