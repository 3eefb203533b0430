/**
 * Debian's Chromium driven by playwright-core (no downloaded browser). Without Chromium the browser suite says so
 * loudly and is skipped; under CI=true a missing Chromium fails the run.
 */
import { existsSync } from 'node:fs';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';

const available = existsSync(CHROMIUM);
if (!available) {
  const message = `\n*** Browser tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium). ***\n`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`${message}*** SKIPPING the end-to-end suite on this machine. ***\n`);
}

/** `describe` that runs only when Chromium is present (and fails under CI when it is not). */
export const describeBrowser = available ? describe : describe.skip;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Open a page and collect console errors and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 1000 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** Where screenshots go (kept after the run for people to look at). */
export const SHOTS = 'test-results/screenshots';

/**
 * Scroll down the page and back until every chart below the fold (drawn only when it comes near the screen) is
 * drawn. A chart that waits for the worker's view of the data mounts its stand-in again when the view arrives, so
 * this scrolls again until no stand-in is left.
 */
export async function revealBelowFold(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const step = Math.max(200, window.innerHeight / 2);
      for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      window.scrollTo(0, 0);
      await new Promise((r) => setTimeout(r, 100));
      return document.querySelectorAll('.below-fold, .chart-pending').length === 0;
    },
    undefined,
    { timeout: 60_000, polling: 250 },
  );
}
