/**
 * Keyboard only, in a real headless Chromium against the production build (issue 8): Tab reaches every control
 * and each shows a visible focus indicator; a threshold slider moves with the arrow keys and the numbers follow; a
 * chart's drawing opens the drill-down with Enter, a company's explanation opens with Enter, Escape closes the
 * drawer and focus returns to where it was; the glossary opens from the Teach menu and Escape closes it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage } from './browser';

interface Stop {
  readonly tag: string;
  readonly name: string;
  /** The outline or box shadow shown while it has keyboard focus, or null when neither is. */
  readonly ring: string | null;
  readonly box: { x: number; y: number; width: number; height: number } | null;
}

/** Describe the focused element: what it is and how its focus is shown. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1
        ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
        : null;
    const shadow = style.boxShadow !== 'none' ? `shadow ${style.boxShadow}` : null;
    const rect = el.getBoundingClientRect();
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent?.trim().slice(0, 60) ??
      '';
    return {
      tag: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`,
      name,
      ring: outline ?? shadow,
      box:
        rect.width && rect.height ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    };
  });
}

/**
 * Whether focus visibly changes the element: its pixels focused against the same area after focus moves away and
 * the pointer is elsewhere (for controls that show focus by other means than an outline, such as a fill).
 */
async function looksFocused(page: Page, stop: Stop): Promise<boolean> {
  if (!stop.box) return false;
  const clip = {
    x: Math.max(0, stop.box.x - 4),
    y: Math.max(0, stop.box.y - 4),
    width: stop.box.width + 8,
    height: stop.box.height + 8,
  };
  const on = await page.screenshot({ clip });
  await page.keyboard.press('Shift+Tab');
  const off = await page.screenshot({ clip });
  await page.keyboard.press('Tab');
  return !on.equals(off);
}

describeBrowser('keyboard only (browser)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    ({ page, errors } = await openPage(browser, inject('baseUrl')));
    await page.locator('.summary-card').first().waitFor();
    await page.locator('#chart-deals svg').first().waitFor();
  });
  afterAll(async () => browser?.close());

  it('tabs through the whole page; every stop shows where focus is', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const stops: Stop[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (!stop) break;
      if (stops.length && stop.name === stops[0]!.name && stop.tag === stops[0]!.tag) break;
      stops.push(stop);
      if (!stop.ring && !(stop.box && (await looksFocused(page, stop))))
        invisible.push(`${stop.tag} "${stop.name}"`);
    }
    console.info(
      `[keyboard] ${stops.length} tab stops; first: ${stops
        .slice(0, 12)
        .map((s) => s.name)
        .join(' | ')}`,
    );
    expect(stops.length).toBeGreaterThan(40);
    expect(invisible).toEqual([]);
    // The main controls are all reachable.
    const names = stops.map((s) => s.name);
    for (const expected of [
      'Scenario preset',
      'Prohibited compute threshold slider (log scale)',
      'Show data table',
    ])
      expect(names.some((n) => n.includes(expected))).toBe(true);
    expect(stops.some((s) => s.tag === 'svg[role=application]')).toBe(true);
  });

  it('moves a threshold slider with the arrow keys, and the numbers follow', async () => {
    const slider = page
      .locator('[data-policy="us-outbound"]')
      .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
    // Reach it with Tab from the preset picker.
    await page.getByLabel('Scenario preset').focus();
    for (let i = 0; i < 80 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(slider.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const stopped = async () =>
      Number(await page.getByTestId('summary-us-outbound-in-scope-stopped').textContent());
    const before = { text: await slider.getAttribute('aria-valuetext'), stopped: await stopped() };
    expect(before.text).toBe('1e25 FLOP');
    const box = page
      .locator('[data-policy="us-outbound"]')
      .getByRole('textbox', { name: 'Prohibited compute threshold', exact: true });
    // Round values per key (1, 2, 5 × 10^n): three presses take the line from 1e25 to exactly 1e24.
    for (const expected of ['5e24', '2e24', '1e24']) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe(`${expected} FLOP`);
    }
    await expect.poll(() => box.inputValue()).toBe('1e24');
    await expect.poll(stopped).toBeGreaterThan(before.stopped);
    // Page Up moves a decade at once.
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(() => box.inputValue()).toBe('1e26');
    await expect.poll(stopped).toBeLessThanOrEqual(before.stopped);
  });

  it('opens the deals behind a quarter with Enter, a company with Enter, closes with Escape, focus returns', async () => {
    const drawing = page.locator('#chart-deals svg[role="application"]').first();
    await page.locator('#chart-deals').getByRole('button', { name: 'Show data table' }).focus();
    for (let i = 0; i < 20 && !(await drawing.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(drawing.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The last quarter of the history has deals: End, then back to a quarter with bars.
    await page.keyboard.press('End');
    const dialog = page.getByRole('dialog');
    for (let i = 0; i < 40 && !(await dialog.count()); i++) {
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      if (await dialog.count()) {
        if (await dialog.locator('table tbody button.link').count()) break;
        await page.keyboard.press('Escape');
      }
    }
    await dialog.waitFor();
    // Focus moved into the drawer; Tab reaches a company, Enter explains it.
    await expect(dialog.evaluate((d) => d.contains(document.activeElement))).resolves.toBe(true);
    const company = dialog.locator('table tbody button.link').first();
    for (let i = 0; i < 20 && !(await company.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog
      .getByText(/First captured in/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(drawing.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('opens the glossary from the Teach menu with the keyboard; Escape closes it and focus returns', async () => {
    const summary = page.locator('details.teach-menu > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const glossary = page.locator('details.teach-menu').getByRole('button', { name: 'Glossary' });
    for (let i = 0; i < 20 && !(await glossary.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('glossary-panel');
    await panel.waitFor();
    await expect(panel.evaluate((p) => p.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('glossary-panel').count()).resolves.toBe(0);
    // The Glossary button closed with its menu: focus goes back to the menu's own button.
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
