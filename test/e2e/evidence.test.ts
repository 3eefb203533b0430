/**
 * Evidence as the browser shows it: imputed compute estimates as their own mark on the models chart, with a key,
 * and the assumption that leaves them out; chips seen in use on the chips chart and in a company's explanation,
 * never as purchases.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage, revealBelowFold, SHOTS } from './browser';

describeBrowser('evidence marks (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.getByTestId('summary-us-outbound').waitFor();
    await revealBelowFold(page);
  });
  afterAll(async () => browser?.close());

  const imputedMarks = () =>
    page.locator('#chart-models svg.models-svg rect.imputed-mark[data-id="glm-4-plus"]').count();

  it('draws imputed estimates as outlined squares, with a key saying what they are', async () => {
    await page.locator('#chart-models svg.models-svg').waitFor();
    // GLM-4-Plus is drawn once for the grey cloud and once per line it is above (clipped copies).
    await expect.poll(imputedMarks).toBeGreaterThan(0);
    await expect(
      page.locator('#chart-models rect.imputed-mark title').first().textContent(),
    ).resolves.toMatch(/imputed estimate from its notes/);
    await expect(page.locator('#chart-models .mark-key').textContent()).resolves.toMatch(
      /imputed estimate, from Epoch’s notes \(5;/,
    );
    await page.locator('#chart-models').screenshot({ path: `${SHOTS}/models-imputed-marks.png` });
  });

  it('leaves them out when "Count imputed compute estimates" is off, and puts them back when on', async () => {
    const panel = page.locator('details.assumptions');
    await panel.locator(':scope > summary').click();
    const box = panel.getByRole('checkbox', { name: 'Count imputed compute estimates' });
    await expect(box.isChecked()).resolves.toBe(true);
    await panel.locator('details.help summary').first().click();
    await expect(panel.locator('.help-body').first().textContent()).resolves.toMatch(
      /GLM-4-Plus \(3\.6e25 FLOP/,
    );
    await panel.screenshot({ path: `${SHOTS}/assumptions-imputed.png` });
    await box.uncheck();
    // The dataset's index is rebuilt without the imputed estimates, then the run and the chart follow.
    await expect.poll(imputedMarks, { timeout: 20_000 }).toBe(0);
    await expect(page.locator('#chart-models .mark-key').textContent()).resolves.not.toMatch(/imputed/);
    expect(page.url()).toMatch(/[#&]v=2&/);
    await box.check();
    await expect.poll(imputedMarks, { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('lists the companies seen using each chip on the chips chart, as evidence', async () => {
    const figure = page.locator('#chart-chips');
    await figure.getByRole('button', { name: 'Show data table' }).click();
    const h800 = figure.locator('table tbody tr', { hasText: 'NVIDIA H800' });
    await expect(h800.textContent()).resolves.toMatch(/DeepSeek/);
    await expect(figure.locator('table thead').textContent()).resolves.toMatch(
      /Seen in use by \(evidence, not purchases\)/,
    );
    await figure.getByRole('button', { name: 'Show chart' }).click();
  });

  it("shows chips seen in use in a company's explanation, apart from its measures", async () => {
    // The topmost copy of the dot (the coloured layers above the grey cloud are clipped copies of it).
    await page
      .locator('#chart-models svg.models-svg circle[data-id="deepseek-v3"]')
      .last()
      .dispatchEvent('click');
    const section = page.locator('section.company-measure', { hasText: 'Chips seen in use' });
    await section.waitFor();
    await expect(section.textContent()).resolves.toMatch(
      /NVIDIA H800 \(SXM5\) × 2,048 by 2024-12-26 \(DeepSeek-V3\)/,
    );
    await expect(section.textContent()).resolves.toMatch(/No measure counts these as allowed or denied/);
    await section.screenshot({ path: `${SHOTS}/company-chips-in-use.png` });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
