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
import { openView, VIEWS, type View } from './views';

const SEVERE = new Set(['serious', 'critical']);
const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };
const PHONE_VIEWS = new Set([
  'main',
  'Share menu',
  'Scenario menu',
  'company explanation',
  'lesson (predict and reveal)',
  'brief',
]);

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

  const check = async (view: View, width: number) => {
    const viewport = width === PHONE.width ? PHONE : DESKTOP;
    const { page, errors } = await openView(browser, inject('baseUrl'), view, undefined, viewport);
    if (width === PHONE.width && view.name === 'main') {
      // In one column the measures fold under a button: scan them open.
      await page.getByRole('button', { name: /Show the measures/ }).click();
    }
    const { violations, passes } = await scan(page);
    const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
    report.push(
      `  ${view.name} at ${width}: ${count('critical')} critical, ${count('serious')} serious, ${count('moderate')} moderate, ${count('minor')} minor (${passes} rules passed)${violations.length ? `\n    ${describeViolations(violations).join('\n    ')}` : ''}`,
    );
    expect(describeViolations(violations.filter((v) => SEVERE.has(v.impact ?? '')))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  };

  it.each(VIEWS.map((v) => [v.name, v] as const))('%s: no serious or critical violation', (_, view) =>
    check(view, DESKTOP.width),
  );

  // At phone width the layout is another one (one column, folded measures, wrapped header, sideways-scrolling
  // models chart): the main view, its menus, a company's explanation, a lesson and the brief are scanned there too.
  it.each(VIEWS.filter((v) => PHONE_VIEWS.has(v.name)).map((v) => [v.name, v] as const))(
    '%s at phone width (390×844): no serious or critical violation',
    (_, view) => check(view, PHONE.width),
  );
});
