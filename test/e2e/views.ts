/**
 * The app's main views and dialogs, each reached the way a user reaches it, for the checks that must hold in every
 * one of them: no Content Security Policy violation (security.test.ts) and no serious accessibility problem
 * (a11y.test.ts). Each view opens in a fresh page of the production build.
 */
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHART_IDS } from '../../src/ui/charts/registry';
import { revealBelowFold } from './browser';

export const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'small-dataset.json');

/** A view: where it starts and what to do there (after the app has started) to reach it. */
export interface View {
  readonly name: string;
  /** Path and query/fragment after the base URL ('' for the plain app). */
  readonly path: string;
  /** Wait for the app, then reach the view. */
  readonly reach: (page: Page) => Promise<void>;
}

/** Wait until the full app has run the scenario and drawn its charts. */
export async function appReady(page: Page): Promise<void> {
  await page.locator('.summary-card').first().waitFor();
  await page.locator('#chart-companies svg.time-chart').first().waitFor();
}

/**
 * Lower the outbound rule's prohibited line to 1e24 by typing it, and wait until the summary shows more companies
 * in its stopped tier: proof that an edit recomputed and redrew.
 */
export async function lowerProhibitedLine(page: Page): Promise<void> {
  const stopped = async () =>
    Number(await page.getByTestId('summary-us-outbound-in-scope-stopped').textContent());
  const before = await stopped();
  const box = page
    .locator('[data-policy="us-outbound"]')
    .getByRole('textbox', { name: 'Prohibited compute threshold', exact: true });
  await box.fill('1e24');
  await box.press('Enter');
  await expect.poll(stopped).toBeGreaterThan(before);
}

/** Open a `<details>` menu in the top bar by its summary text. */
export async function openMenu(page: Page, name: string): Promise<void> {
  const menu = page.locator('details.menu', { has: page.locator(`summary:text-is("${name}")`) }).first();
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
}

/** Open a chart's Export menu. */
export async function openExport(page: Page, chart: string) {
  const menu = page.locator(`#chart-${chart} details.chart-export`);
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return menu;
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

/** Every chart on the page, from the registry. */
const CHARTS = CHART_IDS;

/** A link whose payload is damaged: the app opens the preset it names and says what it could not read. */
const DAMAGED_LINK = '#v=1&p=tougher-us-rule&c=00000000&d=AAAAbroken';

export const VIEWS: readonly View[] = [
  { name: 'main', path: '', reach: appReady },
  {
    name: 'data tables (every chart)',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await revealBelowFold(page);
      for (const chart of CHARTS)
        await page.locator(`#chart-${chart}`).getByRole('button', { name: 'Show data table' }).click();
      await page.locator('#chart-chips table').waitFor();
    },
  },
  {
    name: 'drill-down',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await page.locator('#chart-deals rect[data-stack]').first().click();
      await page.getByRole('dialog').locator('table tbody tr').first().waitFor();
    },
  },
  {
    name: 'company explanation',
    path: '',
    reach: async (page) => {
      await appReady(page);
      // The first bar whose deals name a company (an unattributed purchase, e.g. a smuggling case, names none).
      const bars = page.locator('#chart-deals rect[data-stack]');
      for (let i = 0; i < (await bars.count()); i++) {
        await bars.nth(i).click();
        await page.getByRole('dialog').locator('table tbody tr').first().waitFor();
        const link = page.getByRole('dialog').locator('table tbody button.link').first();
        if (await link.count()) {
          await link.click();
          break;
        }
        await page.keyboard.press('Escape');
      }
      await page
        .getByRole('dialog')
        .getByText(/First captured in/)
        .first()
        .waitFor();
    },
  },
  ...['Scenario', 'Share', 'Compare', 'Data', 'Teach', 'About'].map(
    (menu): View => ({
      name: `${menu} menu`,
      path: '',
      reach: async (page) => {
        await appReady(page);
        await openMenu(page, menu);
      },
    }),
  ),
  {
    name: 'parameter help and glossary',
    path: '',
    reach: async (page) => {
      await appReady(page);
      const card = page.locator('[data-policy="us-outbound"]');
      await card.locator('details.help').first().locator('summary').click();
      await card.getByRole('button', { name: 'FLOP vs FLOP/s' }).first().click();
      await page.getByTestId('glossary-panel').waitFor();
    },
  },
  {
    name: 'key dates',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await page.locator('#chart-companies').getByRole('button', { name: 'All key dates' }).click();
      await page.getByTestId('timeline-panel').waitFor();
    },
  },
  {
    name: 'compare (baseline, difference)',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await openMenu(page, 'Compare');
      await page.getByLabel('Baseline to compare with').selectOption('preset:us-outbound-2025');
      await page.getByTestId('compare-summary').waitFor();
      await page.locator('#chart-companies').getByRole('button', { name: 'Difference' }).click();
    },
  },
  {
    name: 'export menu and embed code',
    path: '',
    reach: async (page) => {
      await appReady(page);
      const menu = await openExport(page, 'companies');
      await menu.getByRole('button', { name: 'Embed code' }).click();
      await menu.locator('textarea').waitFor();
    },
  },
  {
    name: 'exports (SVG, PNG, CSV of every chart)',
    path: '',
    reach: async (page) => {
      await appReady(page);
      for (const chart of CHARTS) {
        for (const what of ['Image (SVG)', 'Image (PNG)', 'Data (CSV)']) {
          const menu = await openExport(page, chart);
          const file = await download(page, () => menu.getByRole('button', { name: what }).click());
          expect(await file.failure()).toBeNull();
        }
      }
    },
  },
  {
    name: 'damaged link notice',
    path: DAMAGED_LINK,
    reach: async (page) => {
      await appReady(page);
      await page.getByTestId('scenario-notice').first().waitFor();
    },
  },
  {
    name: 'lesson (predict and reveal)',
    path: '?lesson=chip-rule-workaround&step=1',
    reach: async (page) => {
      const player = page.getByTestId('lesson-player');
      await player.waitFor();
      await appReady(page);
      await player.getByRole('radio').first().check();
      await player.getByRole('button', { name: 'Reveal', exact: true }).click();
      await player.getByTestId('reveal-value').waitFor();
    },
  },
  {
    name: 'presentation',
    path: '?present',
    reach: async (page) => {
      await page.locator('.app.presenting').waitFor();
      await appReady(page);
    },
  },
  {
    name: 'brief',
    path: '?brief',
    reach: async (page) => {
      await page.getByTestId('brief-combined').waitFor();
      await page.locator('.brief svg.time-chart').first().waitFor();
      await page.locator('.brief svg.qr path').waitFor();
    },
  },
  ...CHARTS.map(
    (chart): View => ({
      name: `embed (${chart})`,
      path: `?embed=${chart}`,
      reach: async (page) => {
        await page.getByTestId('embed-view').waitFor();
        await page.locator(`#chart-${chart}`).waitFor();
      },
    }),
  ),
  {
    name: 'dataset file opened',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await openMenu(page, 'Data');
      await page.locator('.data-menu input[type="file"]').setInputFiles(FIXTURE);
      await expect
        .poll(() => page.locator('.data-menu .menu-body > p strong').first().textContent())
        .toBe('Your file: small-dataset.json');
      await page.locator('#chart-companies svg.time-chart').first().waitFor();
    },
  },
  {
    name: 'dataset file refused',
    path: '',
    reach: async (page) => {
      await appReady(page);
      await openMenu(page, 'Data');
      await page
        .locator('.data-menu input[type="file"]')
        .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"x":') });
      await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
    },
  },
];

/** Open a view in a fresh page; returns the page and its collected console errors. */
export async function openView(
  browser: Browser,
  base: string,
  view: View,
  before?: (page: Page) => Promise<void>,
  viewport: { width: number; height: number } = { width: 1440, height: 1000 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  await before?.(page);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(`${base}${view.path}`);
  await view.reach(page);
  return { page, errors };
}
