/**
 * Contained errors in a real headless Chromium against the production build (issue 8): a chart that fails shows a
 * short message with "Reset this panel" while the rest of the app keeps working, and the reset draws it again; the
 * whole app failing shows a page, never a blank one; an error outside React becomes a notice; and a page whose
 * script cannot load still says something. Failures are injected with the test-only local-storage key that
 * `src/ui/error-boundary.tsx` reads (a link cannot set it).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { CRASH_TEST_KEY, UNEXPECTED_ERROR_TITLE } from '../../src/ui/error-boundary';
import { describeBrowser, launch, SHOTS } from './browser';
import { lowerProhibitedLine } from './views';

/** Open the app with one named part set to fail until reset. */
async function openFailing(browser: Browser, part: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [CRASH_TEST_KEY, part]);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(inject('baseUrl'));
  return { page, errors };
}

describeBrowser('contained errors (browser)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('a failing chart shows "Reset this panel"; the rest works; the reset draws it again', async () => {
    const { page, errors } = await openFailing(browser, 'Companies chart');
    const failed = page.locator('[data-testid="panel-error"][data-panel="Companies chart"]');
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain(
      'Companies chart could not be drawn (Test crash of Companies chart). The rest of Yardstick still works.',
    );
    await expect(page.locator('#chart-companies').count()).resolves.toBe(0);
    // Everything else is drawn and responds.
    for (const chart of ['deals', 'models', 'overlap', 'chips'])
      await page.locator(`#chart-${chart}`).waitFor();
    await lowerProhibitedLine(page);
    await page.screenshot({ path: `${SHOTS}/panel-error.png` });
    await failed.getByRole('button', { name: 'Reset this panel: Companies chart' }).click();
    await page.locator('#chart-companies svg').first().waitFor();
    await expect(page.getByTestId('panel-error').count()).resolves.toBe(0);
    // React reports the caught error on the console; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('Test crash of Companies chart'))).toEqual([]);
    await page.close();
  });

  it('the whole app failing shows a page that says so, and "Try again" brings the app back', async () => {
    const { page } = await openFailing(browser, 'App');
    const failed = page.getByTestId('app-failed');
    await failed.waitFor();
    await expect(failed.textContent()).resolves.toContain('Yardstick stopped working (Test crash of App).');
    await page.screenshot({ path: `${SHOTS}/app-failed.png` });
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.summary-card').first().waitFor();
    await page.close();
  });

  it('an error outside React, or a promise nobody awaited, becomes a notice', async () => {
    const { page, errors } = await openFailing(browser, '');
    await page.locator('.summary-card').first().waitFor();
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('a handler broke');
      });
    });
    const notice = page.getByTestId('scenario-notice').filter({ hasText: UNEXPECTED_ERROR_TITLE });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(
      'Yardstick hit an unexpected error: a handler broke.',
    );
    await notice.getByRole('button', { name: `Dismiss: ${UNEXPECTED_ERROR_TITLE}` }).click();
    await page.evaluate(() => {
      void Promise.reject(new Error('a lost promise'));
    });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('a lost promise');
    // The app still works.
    await page.getByLabel('Scenario preset').selectOption('us-outbound-2025');
    await expect.poll(() => page.locator('.intro h2').textContent()).toMatch(/outbound/i);
    expect(errors.every((e) => /a handler broke|a lost promise/.test(e))).toBe(true);
    await page.close();
  });

  it('a page whose script cannot load still says what it is, not a blank page', async () => {
    const page = await browser.newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(inject('baseUrl'));
    await expect(page.locator('main.boot h1').textContent()).resolves.toBe('Yardstick');
    await expect(page.locator('main.boot').textContent()).resolves.toContain('Loading Yardstick…');
    await expect(page.locator('.boot-slow').count()).resolves.toBe(1);
    await page.close();
  });
});
