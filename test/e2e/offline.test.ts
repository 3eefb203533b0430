/**
 * Offline once loaded (issue 8), in a real headless Chromium against the production build: the first visit
 * registers the service worker, which precaches the whole build (the app, its stylesheet, the dataset chunk and
 * the workers); with the network cut, a reload opens the app, runs the built-in dataset and draws every chart; a
 * threshold edit recomputes; other addresses of the app (the brief, an embed) open; a dataset file opens in the
 * parser worker. Nothing is fetched from the network while offline.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { CHART_IDS } from '../../src/ui/charts/registry';
import { describeBrowser, launch, revealBelowFold } from './browser';
import { FIXTURE, lowerProhibitedLine } from './views';

async function charts(page: Page): Promise<void> {
  await page.locator('.summary-card').first().waitFor();
  await revealBelowFold(page);
  for (const chart of CHART_IDS) await page.locator(`#chart-${chart}`).waitFor();
  await page.locator('#chart-companies svg').first().waitFor();
  await page.locator('#chart-models svg.models-svg').waitFor();
}

describeBrowser('offline (browser)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  /** Responses that came from the network (not from the service worker) while offline. */
  const network: string[] = [];
  let offline = false;

  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('response', (r) => {
      if (offline && !r.fromServiceWorker() && !/^(blob|data):/.test(r.url())) network.push(r.url());
    });
  });
  afterAll(async () => browser?.close());

  it('registers a service worker that precaches the build, the dataset chunk and the workers', async () => {
    await page.goto(inject('baseUrl'));
    await charts(page);
    const cached = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // `ready` resolves once a worker is active, which may still be 'activating' (precaching): wait for the end.
      const worker = registration.active;
      if (worker && worker.state !== 'activated')
        await new Promise((done) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)),
        );
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
      }
      return { scope: new URL(registration.scope).pathname, active: registration.active?.state, urls };
    });
    expect(cached.scope).toBe('/');
    expect(cached.active).toBe('activated');
    expect(cached.urls).toContain('/index.html');
    const assets = cached.urls.filter((u) => u.startsWith('/assets/'));
    expect(assets.some((u) => /\/dataset-[\w-]+\.js$/.test(u))).toBe(true);
    expect(assets.some((u) => /\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(assets.some((u) => /\.css$/.test(u))).toBe(true);
  });

  it('reloads with the network cut: the app, its dataset and every chart', async () => {
    offline = true;
    await context.setOffline(true);
    await expect(
      page.evaluate(() =>
        fetch('/favicon.svg?probe').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).resolves.toBe('offline');
    await page.reload();
    await charts(page);
    await expect(page.locator('.status-line').textContent()).resolves.toContain('Data: Default');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // The simulation runs: lowering the prohibited line stops US investment in more companies.
    await lowerProhibitedLine(page);
    await page.screenshot({ path: 'test-results/screenshots/offline-reload.png' });
  });

  it('opens other addresses of the app and a dataset file while offline', async () => {
    await page.goto(`${inject('baseUrl')}?brief`);
    await page.getByTestId('brief-combined').waitFor();
    await page.goto(`${inject('baseUrl')}?embed=models`);
    await page.getByTestId('embed-view').locator('#chart-models svg.models-svg').waitFor();
    await page.goto(inject('baseUrl'));
    await charts(page);
    const menu = page.locator('details.data-menu');
    await menu.locator('summary').click();
    await page.locator('.data-menu input[type="file"]').setInputFiles(FIXTURE);
    await expect
      .poll(() => page.locator('.data-menu .menu-body > p strong').first().textContent())
      .toBe('Your file: small-dataset.json');
    expect(network).toEqual([]);
    expect(errors.filter((e) => !/favicon\.svg\?probe|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.setOffline(false);
    offline = false;
  });
});
