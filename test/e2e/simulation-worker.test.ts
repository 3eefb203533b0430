/**
 * The simulation runs in its Web Worker behind the scheduler (issue 6): the worker is on in the production build,
 * and a rapid series of 20 threshold changes ends with every number on the page being the last value's — the
 * numbers the engine gives for the final scenario, computed here in Node from the link the page wrote.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { loadDefaultDataset } from '../../src/data/default-dataset';
import { prepareIndex } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import { type Series, simulate } from '../../src/engine';
import { decodeLink } from '../../src/scenario/link';
import { runSpecOf } from '../../src/scenario/run-spec';
import type { Scenario } from '../../src/scenario/schema';
import { roundLadder } from '../../src/ui/controls/round-steps';
import { describeBrowser, launch, openPage } from './browser';

/** The summary's numbers as the page shows them, per card id. */
async function summaryNumbers(page: Page, ids: readonly string[]): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const id of ids) {
    const read = async (suffix: string) =>
      Number((await page.getByTestId(`summary-${id}-${suffix}`).textContent())?.replace(/,/g, ''));
    out[id] = [
      await read('companies'),
      await read('stopped'),
      await read('in-scope'),
      await read('in-scope-stopped'),
      await read('horizon'),
    ];
  }
  return out;
}

/** The same numbers from the engine, for a scenario. */
async function expectedNumbers(scenario: Scenario): Promise<Record<string, number[]>> {
  const dataset = await loadDefaultDataset();
  const index = prepareIndex(
    dataset,
    { assumptions: scenario.assumptions, horizonTo: scenario.horizon.to, sourcedOnly: false },
    projectDataset,
  );
  const result = simulate(index, runSpecOf(scenario));
  const h = result.historyQuarters - 1;
  const end = result.quarters.length - 1;
  const of = (s: Series) => [
    s.companiesCumulative[h]!,
    s.companiesStoppedCumulative[h]!,
    s.companiesInScope[h]!,
    s.companiesInScopeStopped[h]!,
    s.companiesCumulative[end]!,
  ];
  const out: Record<string, number[]> = {};
  if (result.measures.length > 1) out.combined = of(result.combined);
  for (const m of result.measures) out[m.policyId] = of(m.series);
  return out;
}

/** The scenario in the page's address (written a moment after the last edit). */
async function scenarioInAddress(page: Page, previous: string): Promise<Scenario> {
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).not.toBe(previous);
  // Let the address settle: it is rewritten once the edits stop.
  await page.waitForTimeout(500);
  const decoded = decodeLink((await page.evaluate(() => location.hash)).slice(1));
  if (!decoded.ok) throw new Error(`the page's link does not read back: ${decoded.error.kind}`);
  return decoded.scenario;
}

describeBrowser('simulation worker (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.getByTestId('summary-us-outbound').waitFor();
  });
  afterAll(async () => browser?.close());

  it('runs the simulation in a worker', async () => {
    await expect.poll(() => page.workers().some((w) => /simulation\.worker/.test(w.url()))).toBe(true);
    // The precomputed first view shows first; the live run in the worker replaces it.
    await expect
      .poll(() => page.locator('.status-line').textContent(), { timeout: 15_000 })
      .toMatch(/Run in [\d.]+ ms/);
  });

  it('ends a rapid series of 20 threshold changes on the last value, in every number shown', async () => {
    const before = await page.evaluate(() => location.hash);
    const slider = page
      .locator('[data-policy="us-outbound"]')
      .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
    await slider.focus();
    // As fast as the keyboard can send them: page steps (a decade each) down from 1e25, round-value steps up.
    for (let i = 0; i < 20; i++) await page.keyboard.press(i % 5 === 0 ? 'PageDown' : 'ArrowRight');
    const scenario = await scenarioInAddress(page, before);
    const line = scenario.policies.find((p) => p.template === 'us-outbound')?.params.prohibitedComputeFlop;
    // Wherever the burst ends, it ends on a round value (the line's range is 1e20 to 1e28), not where it began.
    expect(roundLadder(1e20, 1e28)).toContain(line);
    expect(line).not.toBe(1e25);
    const expected = await expectedNumbers(scenario);
    // The page shows the result of the last value (an older run's result would differ from the engine's).
    await expect
      .poll(() => summaryNumbers(page, Object.keys(expected)), { timeout: 15_000 })
      .toEqual(expected);
    // And it is the value the slider shows.
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/FLOP$/);
    expect(errors).toEqual([]);
  });

  it('coalesces 20 changes made at once into at most two runs, the last value among them', async () => {
    const before = await page.evaluate(() => location.hash);
    const requestsBefore = await page.evaluate(
      () => performance.getEntriesByName('yardstick:request').length,
    );
    // Twenty input events in one task (a burst no frame can separate): the first goes through at once, the rest
    // wait for the next frame, where only the latest is passed on.
    // The burst runs from rung 2 (5e20) to rung 21 (1e27; the test above ended at 2e26). It starts below the
    // notifiable line, where a hint appears under the control: the control must stay the same element (a remount
    // would drop the values still waiting for the next frame).
    const stillTheSameSlider = await page
      .locator('[data-policy="us-outbound"]')
      .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' })
      .evaluate((el) => {
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        // The slider's positions are the rungs of the round-value ladder (1, 2, 5 × 10^n).
        for (let i = 0; i < 20; i++) {
          setValue.call(el, String(i + 2));
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }
        return el.isConnected;
      });
    expect(stillTheSameSlider).toBe(true);
    await scenarioInAddress(page, before);
    // The line's range is 1e20 to 1e28 (src/engine/policies/us-outbound.ts): the last value is rung 21. The
    // first value goes through at once and may reach the address first; the last one follows.
    const lineInAddress = async () => {
      const decoded = decodeLink((await page.evaluate(() => location.hash)).slice(1));
      return decoded.ok
        ? decoded.scenario.policies.find((p) => p.template === 'us-outbound')?.params.prohibitedComputeFlop
        : undefined;
    };
    await expect.poll(lineInAddress, { timeout: 10_000 }).toBe(roundLadder(1e20, 1e28)[21]);
    const scenario = await scenarioInAddress(page, before);
    const expected = await expectedNumbers(scenario);
    await expect
      .poll(() => summaryNumbers(page, Object.keys(expected)), { timeout: 15_000 })
      .toEqual(expected);
    const requests = await page.evaluate(() => performance.getEntriesByName('yardstick:request').length);
    expect(requests - requestsBefore).toBeGreaterThanOrEqual(1);
    expect(requests - requestsBefore).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
