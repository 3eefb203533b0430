/**
 * Accessibility in a real headless Chromium against the production build (issue 8): an axe-core scan of every main
 * view and dialog (test/e2e/views.ts) with no serious or critical violation. The build keeps its Content Security
 * Policy: axe is injected with Playwright's evaluate (DevTools evaluation is exempt from the page's policy, unlike
 * a <script> tag), so what is scanned is exactly what users get.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeViolations, scan } from './axe';
import { describeBrowser, launch } from './browser';
import { openView, VIEWS } from './views';

const SEVERE = new Set(['serious', 'critical']);

describeBrowser('accessibility: axe-core (browser)', () => {
  let browser: Browser;
  const report: string[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    console.info(`[axe] results per view:\n${report.join('\n')}`);
    await browser?.close();
  });

  it.each(VIEWS.map((v) => [v.name, v] as const))('%s: no serious or critical violation', async (_, view) => {
    const { page, errors } = await openView(browser, inject('baseUrl'), view);
    const { violations, passes } = await scan(page);
    const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
    report.push(
      `  ${view.name}: ${count('critical')} critical, ${count('serious')} serious, ${count('moderate')} moderate, ${count('minor')} minor (${passes} rules passed)${violations.length ? `\n    ${describeViolations(violations).join('\n    ')}` : ''}`,
    );
    expect(describeViolations(violations.filter((v) => SEVERE.has(v.impact ?? '')))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
