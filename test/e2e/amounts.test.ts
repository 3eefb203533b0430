/**
 * A measure that reports amounts, in the browser: the Patriotic Investment Act preset taxes rounds (a green
 * "Taxed" stack, never stopped) and the deals chart reports the expected extra tax in its footer and data table;
 * a taxed deal's explanation shows the computation.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

describeBrowser('amounts (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.getByTestId('summary-us-outbound').waitFor();
    await page.getByLabel('Scenario preset').selectOption('patriotic-investment-act');
    await page.locator('.intro h2', { hasText: 'Patriotic Investment Act' }).waitFor();
  });
  afterAll(async () => browser?.close());

  it('shows taxed deals and the expected extra tax in the deals chart, with no console errors', async () => {
    const figure = page.locator('#chart-deals');
    await figure.getByText(/Expected extra tax: \$/).waitFor({ timeout: 30_000 });
    await figure.screenshot({ path: `${SHOTS}/amounts-deals-chart.png` });
    await figure.getByRole('button', { name: 'Show data table' }).click();
    const headers = await figure.locator('table thead th').allTextContents();
    expect(headers).toContain('Taxed');
    expect(headers).toContain('Expected extra tax (USD)');
    await figure.getByRole('button', { name: 'Show chart' }).click();
    await page.screenshot({ path: `${SHOTS}/amounts-preset.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('lists taxed deals with the tax computation as their reason', async () => {
    await page.locator('#chart-deals rect[data-stack="taxed"]').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await drawer
      .getByRole('button', { name: /explain|why/i })
      .first()
      .click()
      .catch(() => undefined);
    await expect.poll(() => drawer.getByText(/Expected extra tax/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/amounts-explanation.png`, fullPage: true });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
