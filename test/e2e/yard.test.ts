/**
 * The yard as a headline, in a real Chromium on the production build: lowering the US outbound rule's prohibited
 * line from 1e25 to 1e23 leaves the companies captured to the as-of date unchanged but moves the yard — a delta
 * shows on the card, a line says why captured does not move, the scenario says it is edited from its preset, the
 * compare summary names the yard change, and "Who moved" names exactly the companies the difference chart counts.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { encodeLink } from '../../src/scenario/link';
import { presetById } from '../../src/scenario/presets';
import { setParam } from '../../src/state/scenario-edits';
import { describeBrowser, launch, openPage } from './browser';

/** Screenshots of this feature, kept for people to look at. */
const SHOTS = process.env.YARD_SHOTS ?? 'test-results/screenshots/yard';
const PRESET_TITLE = 'US outbound investment rule as enacted (Jan 2025)';
const STOPPED_VIEW = 'Companies in scope whose deals would be stopped';

/** Read the companies chart's data table (its text alternative) as rows keyed by column header. */
async function companiesTable(page: Page, view: string): Promise<Record<string, string>[]> {
  const figure = page.locator('#chart-companies');
  await figure.locator('select').first().selectOption({ label: view });
  await figure.getByRole('button', { name: 'Show data table' }).click();
  const table = figure.locator('table');
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent ?? '')),
    );
  await figure.getByRole('button', { name: 'Show chart' }).click();
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
}

const count = (text: string | null | undefined) =>
  Number((text ?? '').replace(/[,+]/g, '').replace('−', '-'));

describeBrowser('the yard, deltas and who moved (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let asOf: string;
  let stoppedBefore: number;
  let stoppedAfter: number;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl'), { width: 1440, height: 1000 }));
    await page.getByLabel('Scenario preset').selectOption('us-outbound-2025');
    await page.getByTestId('summary-us-outbound').waitFor();
    // The live result (the status line names the data once it is in).
    await page.locator('.status-line', { hasText: 'Run in' }).waitFor();
    asOf = /in scope at (\d{4}Q\d)/.exec(
      (await page.getByTestId('summary-us-outbound').textContent()) ?? '',
    )![1]!;
  });
  afterAll(async () => browser?.close());

  it('shows no delta and no "edited" while the scenario is its preset', async () => {
    await expect(page.getByTestId('edited-from').count()).resolves.toBe(0);
    await expect(page.locator('.summary .delta').count()).resolves.toBe(0);
    stoppedBefore = count(await page.getByTestId('summary-us-outbound-in-scope-stopped').textContent());
    expect(stoppedBefore).toBeGreaterThan(0);
  });

  it('shows the yard moving against the preset when the prohibited line drops to 1e23, and why captured does not', async () => {
    const captured = await page.getByTestId('summary-us-outbound-companies').textContent();
    const box = page
      .locator('[data-policy="us-outbound"]')
      .getByRole('textbox', { name: 'Prohibited compute threshold', exact: true });
    await box.fill('1e23');
    await box.press('Enter');
    const delta = page.getByTestId('summary-us-outbound-in-scope-stopped-delta');
    await delta.waitFor();
    stoppedAfter = count(await page.getByTestId('summary-us-outbound-in-scope-stopped').textContent());
    expect(stoppedAfter).toBeGreaterThan(stoppedBefore);
    await expect(delta.textContent()).resolves.toBe(`+${stoppedAfter - stoppedBefore} vs preset`);
    // The companies captured to the as-of date do not move, and a line says why.
    await expect(page.getByTestId('summary-us-outbound-companies').textContent()).resolves.toBe(captured);
    await expect(page.getByTestId('summary-us-outbound-companies-delta').count()).resolves.toBe(0);
    await expect(page.getByTestId('summary-us-outbound-companies-note').textContent()).resolves.toMatch(
      /does not move with the yard/,
    );
  });

  it('says the scenario is edited from its preset, in the heading and the picker, with descriptions as set', async () => {
    await expect(page.getByTestId('edited-from').textContent()).resolves.toContain(
      `Edited from the preset ‘${PRESET_TITLE}’`,
    );
    await expect(page.getByTestId('edited-from').textContent()).resolves.toContain(
      'Prohibited compute threshold 1e25 → 1e23 FLOP',
    );
    const picker = page.getByLabel('Scenario preset');
    await expect(picker.locator('option:checked').textContent()).resolves.toBe(
      `Edited from '${PRESET_TITLE}'`,
    );
    const description = await page.locator('[data-policy="us-outbound"] .card-summary').textContent();
    expect(description).toContain('above 1e23 FLOP');
    expect(description).not.toContain('1e25');
  });

  it('lists who moved — the companies newly stopped — each with the clause and margin, opening its explanation', async () => {
    const list = page.getByTestId('who-moved');
    await list.waitFor();
    const items = list.locator('li');
    // The first few show; "Show all" lists the rest.
    await expect.poll(() => items.count()).toBe(Math.min(8, stoppedAfter - stoppedBefore));
    await list.getByRole('button', { name: /^Show all/ }).click();
    await expect.poll(() => items.count()).toBe(stoppedAfter - stoppedBefore);
    await expect(page.getByTestId('who-moved-count').textContent()).resolves.toContain(
      `${stoppedAfter - stoppedBefore} newly affected`,
    );
    // The reasons are worked out a moment after the result.
    await expect
      .poll(() => items.first().locator('.who-moved-reason').textContent())
      .toMatch(
        /prohibited line .* against 1e23 FLOP \(was 1e25 FLOP\), [\d.]+× the line \[31 CFR 850\.224\(k\)\]/,
      );
    for (const change of await list.locator('.who-moved-change').allTextContents())
      expect(change).toBe('in scope → would be stopped');
    await list.screenshot({ path: `${SHOTS}/who-moved-1440.png` });
    await page.locator('.summary').screenshot({ path: `${SHOTS}/cards-deltas-1440.png` });

    const first = items.first().getByRole('button');
    const name = await first.textContent();
    await first.click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await expect(drawer.textContent()).resolves.toContain(name!);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
  });

  it('names in "Who moved" exactly the companies the difference chart counts', async () => {
    const moved = (await page.getByTestId('who-moved').locator('li button').allTextContents()).sort();
    // The compare baseline: the same preset; the difference chart counts the change at the as-of quarter.
    await page.locator('.compare-menu > summary').click();
    await page.getByLabel('Baseline to compare with').selectOption('preset:us-outbound-2025');
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    await page.locator('#chart-companies').getByRole('button', { name: 'Difference' }).click();
    const rows = await companiesTable(page, STOPPED_VIEW);
    const row = rows.find((r) => r.Quarter?.startsWith(asOf))!;
    const column = Object.keys(row).find((k) => k !== 'Quarter')!;
    expect(count(row[column])).toBe(moved.length);
    // The companies the working scenario stops at the as-of quarter include every one of them…
    await page.locator('#chart-companies').getByRole('button', { name: 'Difference' }).click();
    const stopped = await drillNames(page, asOf);
    for (const name of moved) expect(stopped).toContain(name);
    expect(stopped).toHaveLength(stoppedAfter);
    // …and the baseline's does not: the list is exactly the difference.
    expect(stopped.filter((n) => !moved.includes(n))).toHaveLength(stoppedBefore);
  });

  it('names the yard change in the compare summary and its text, with deltas "vs compare" on the cards', async () => {
    const summary = page.getByTestId('compare-summary');
    // The compare run may still be on its way under load: wait for its line rather than reading once.
    await expect
      .poll(() => summary.textContent(), { timeout: 15_000 })
      .toContain(
        `US outbound investment rule — Companies in scope at ${asOf} whose deals would be stopped: ${stoppedBefore} → ${stoppedAfter} (+${stoppedAfter - stoppedBefore})`,
      );
    await expect(summary.locator('h2').textContent()).resolves.toBe(
      `This scenario, edited from the preset '${PRESET_TITLE}', compared with the preset '${PRESET_TITLE}'`,
    );
    await expect
      .poll(() => page.getByTestId('summary-us-outbound-in-scope-stopped-delta').textContent())
      .toBe(`+${stoppedAfter - stoppedBefore} vs compare`);
    await page.screenshot({ path: `${SHOTS}/compare-1440.png`, fullPage: true });
    await summary.getByRole('button', { name: 'Stop comparing' }).click();
    await expect
      .poll(() => page.getByTestId('summary-us-outbound-in-scope-stopped-delta').textContent())
      .toBe(`+${stoppedAfter - stoppedBefore} vs preset`);
  });

  it('names a model and its developer on hover and on keyboard focus', async () => {
    const chart = page.locator('#chart-models');
    await chart.scrollIntoViewIfNeeded();
    // A dot inside the plot area (the ones at its very bottom are clipped off).
    const dot = chart.locator('circle[data-id]').nth(40);
    await dot.hover({ force: true });
    const label = chart.getByTestId('model-label');
    await expect(label.textContent()).resolves.toMatch(/ — .+FLOP/);
    await page.mouse.move(0, 0);
    await expect.poll(() => label.count()).toBe(0);
    await chart.getByTestId('model-browser').focus();
    await page.keyboard.press('End');
    await expect(label.textContent()).resolves.toMatch(/ — .+FLOP/);
    const last = await label.textContent();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => label.textContent()).not.toBe(last);
    await chart.screenshot({ path: `${SHOTS}/models-label-1440.png` });
    expect(errors).toEqual([]);
  });

  it('goes back to the preset: no delta, no "edited", no list', async () => {
    await page.getByTestId('edited-from').getByRole('button', { name: 'Back to the preset' }).click();
    await expect.poll(() => page.getByTestId('edited-from').count()).toBe(0);
    await expect.poll(() => page.locator('.summary .delta').count()).toBe(0);
    await expect(page.getByTestId('who-moved').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describeBrowser('the yard on every card and in the brief (browser)', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const preset = presetById('april-2026-escalation')!;
  const edited = setParam({ ...preset, basePreset: preset.id }, 'us-outbound', 'prohibitedComputeFlop', 1e23);

  it('shows a delta on the combined card and the measure cards of an edited link', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}#${encodeLink(edited)}`);
    await page.getByTestId('summary-combined-in-scope-stopped-delta').waitFor();
    await expect(
      page.getByTestId('summary-us-outbound-in-scope-stopped-delta').textContent(),
    ).resolves.toMatch(/^\+\d+ vs preset$/);
    // Measures the edit does not touch show no change.
    await expect(page.getByTestId('summary-export-controls').locator('.delta').count()).resolves.toBe(0);
    await page.locator('.summary').screenshot({ path: `${SHOTS}/cards-april-deltas-1440.png` });
    await page.locator('.intro').screenshot({ path: `${SHOTS}/edited-heading-1440.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in the brief that the scenario is edited, with the yard and its change, on one printed page', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?brief#${encodeLink(edited)}`);
    await page.getByTestId('brief-combined').waitFor();
    await expect(page.getByTestId('brief-edited').textContent()).resolves.toBe(
      `This scenario is edited from the preset '${preset.title}'.`,
    );
    await expect
      .poll(() => page.getByTestId('brief-us-outbound-in-scope-stopped').textContent())
      .toMatch(/^\d+ \(\+\d+\)$/);
    await page.screenshot({ path: `${SHOTS}/brief-edited-1440.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The names the companies drill-down lists for "would be stopped" at a quarter (Enter on that quarter). */
async function drillNames(page: Page, quarter: string): Promise<string[]> {
  const figure = page.locator('#chart-companies');
  await figure.locator('select').first().selectOption({ label: STOPPED_VIEW });
  // The chart's keys: Home is the horizon's first quarter (2015Q1), each ArrowRight the next.
  const steps = (Number(quarter.slice(0, 4)) - 2015) * 4 + Number(quarter.slice(5)) - 1;
  await figure.locator('svg.time-chart').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await drawer.waitFor();
  await expect(drawer.locator('h2').textContent()).resolves.toContain(
    `Companies in scope whose deals would be stopped at the end of ${quarter}`,
  );
  await expect.poll(() => drawer.locator('tbody button.link').count()).toBeGreaterThan(0);
  const names = await drawer.locator('tbody button.link').allTextContents();
  await page.keyboard.press('Escape');
  return names;
}
