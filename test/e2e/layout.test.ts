/**
 * Layout at three widths, in a real headless Chromium against the production build: on a phone (390×844) the page
 * never scrolls sideways, the headline numbers come within the first screen and a half, the measures scroll with
 * the page, chart text stays readable and slider thumbs are finger-sized; every menu and popover opens inside the
 * window at 390, 1024 and 1440 wide; the first Tab stop skips to the results; the keyboard reaches 1e24 on the
 * prohibited line; the threshold count says it is counting while the data loads, never "0 models"; a lesson
 * hides the numbers that answer its question until the reveal, goes to the chart a step names and ends with a
 * wrap-up; presentation mode grows the charts' text and its bar covers no chart.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeBrowser, launch, openPage, revealBelowFold, SHOTS } from './browser';
import { appReady, openMenu } from './views';

const PHONE = { width: 390, height: 844 };

/** Scroll through the page so every chart below the fold is drawn, then back to the top. */
async function drawEverything(page: Page): Promise<void> {
  await appReady(page);
  // Charts below the fold are drawn when near the screen, or soon after the first view anyway.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  for (const drawn of ['#chart-models svg.models-svg', '#chart-overlap', '#chart-chips svg'])
    await page.locator(drawn).first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The smallest text drawn in each chart, in screen pixels. */
function smallestChartText(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const t of document.querySelectorAll<SVGTextElement>('.chart svg text')) {
      const ctm = t.getScreenCTM();
      if (!ctm || !t.textContent?.trim()) continue;
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
      const chart = t.closest('.chart')?.id ?? '?';
      out[chart] = Math.min(out[chart] ?? Number.POSITIVE_INFINITY, px);
    }
    return out;
  });
}

/** A box within the window's width (a pixel of rounding allowed). */
function inside(box: { x: number; width: number } | null, width: number): boolean {
  return box !== null && box.x >= -0.5 && box.x + box.width <= width + 0.5;
}

describeBrowser('layout at phone, tablet and desktop widths (browser)', () => {
  let browser: Browser;
  const base = () => inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  describe('on a phone (390×844)', () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await openPage(browser, base(), PHONE));
      await drawEverything(page);
    });

    it('never scrolls sideways, and the first headline card starts within a screen and a half', async () => {
      const { scrollWidth, innerWidth, cardTop } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        cardTop: document.querySelector('.summary-card')!.getBoundingClientRect().top + window.scrollY,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(cardTop).toBeLessThan(1.5 * PHONE.height);
      await page.screenshot({ path: `${SHOTS}/layout-390.png` });
      await page.screenshot({ path: `${SHOTS}/layout-390-full.png`, fullPage: true });
    });

    it('wraps the header and its menus inside the header', async () => {
      const { header, buttons } = await page.evaluate(() => {
        const bar = document.querySelector('.topbar')!.getBoundingClientRect();
        return {
          header: { top: bar.top, bottom: bar.bottom, width: bar.width },
          buttons: [...document.querySelectorAll('.topbar summary, .topbar button, .topbar select')]
            .filter((el) => el.checkVisibility())
            .map((el) => {
              const r = el.getBoundingClientRect();
              return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
            }),
        };
      });
      expect(header.width).toBeLessThanOrEqual(PHONE.width);
      for (const b of buttons) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(PHONE.width);
        expect(b.top).toBeGreaterThanOrEqual(header.top);
        expect(b.bottom).toBeLessThanOrEqual(header.bottom);
      }
    });

    it('folds the measures under a button; opened, they scroll with the page instead of staying pinned', async () => {
      const toggle = page.locator('.measures-toggle');
      await expect(page.locator('.stack-body').isVisible()).resolves.toBe(false);
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.click();
      await expect(toggle.textContent()).resolves.toBe('Hide the measures');
      const slider = page
        .locator('[data-policy="us-outbound"]')
        .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
      await slider.waitFor();
      await expect(page.locator('.stack').evaluate((el) => getComputedStyle(el).position)).resolves.toBe(
        'static',
      );
      // Scrolled to the charts, no part of the measures lies over them.
      await page.locator('#chart-companies').scrollIntoViewIfNeeded();
      const overlap = await page.evaluate(() => {
        const chart = document.querySelector('#chart-companies')!.getBoundingClientRect();
        const stack = document.querySelector('.stack')!.getBoundingClientRect();
        return stack.bottom > chart.top && stack.top < chart.bottom;
      });
      expect(overlap).toBe(false);
      // The slider's track is a finger's height, and its thumb is 24 px (the page's own style rule).
      await expect(
        slider.evaluate((el) => el.getBoundingClientRect().height),
      ).resolves.toBeGreaterThanOrEqual(24);
      const thumb = await page.evaluate(() => {
        for (const sheet of document.styleSheets)
          for (const rule of sheet.cssRules)
            if (rule instanceof CSSStyleRule && rule.selectorText.includes('::-webkit-slider-thumb'))
              return { width: rule.style.width, height: rule.style.height };
        return null;
      });
      expect(Number.parseFloat(thumb?.width ?? '0')).toBeGreaterThanOrEqual(24);
      expect(Number.parseFloat(thumb?.height ?? '0')).toBeGreaterThanOrEqual(24);
      await slider.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/layout-390-measures.png` });
      await toggle.click();
    });

    it('keeps chart text at 11 px or more (the models chart scrolls sideways in its own box)', async () => {
      const sizes = await smallestChartText(page);
      expect(Object.keys(sizes).sort()).toEqual(
        ['chart-chips', 'chart-companies', 'chart-deals', 'chart-models'].sort(),
      );
      expect(Object.entries(sizes).filter(([, px]) => px < 11)).toEqual([]);
      await page.locator('#chart-models').scrollIntoViewIfNeeded();
      await expect(page.locator('#chart-models .scroll-hint').isVisible()).resolves.toBe(true);
      await page.locator('#chart-models').screenshot({ path: `${SHOTS}/layout-390-models.png` });
      expect(errors).toEqual([]);
    });
  });

  for (const width of [390, 1024, 1440]) {
    it(`opens every menu and popover inside the window at ${width} wide`, async () => {
      const { page, errors } = await openPage(browser, base(), { width, height: 900 });
      await appReady(page);
      const outside: string[] = [];
      for (const name of ['Scenario', 'Share', 'Compare', 'Data', 'Teach', 'About']) {
        await openMenu(page, name);
        const menu = page.locator('details.menu[open]', { has: page.locator(`summary:text-is("${name}")`) });
        const body = menu.locator(':scope > .menu-body');
        await body.waitFor();
        // Placed once its content is in (some bodies render on opening).
        await expect.poll(async () => inside(await body.boundingBox(), width)).toBe(true);
        if (name === 'Share') await page.screenshot({ path: `${SHOTS}/layout-${width}-share.png` });
        if (!inside(await body.boundingBox(), width)) outside.push(name);
        await menu.locator(':scope > summary').click();
      }
      // A chart's Export menu and a parameter's help popover.
      const exportMenu = page.locator('#chart-deals details.chart-export');
      await exportMenu.locator('summary').click();
      await expect
        .poll(async () => inside(await exportMenu.locator('.menu-body').boundingBox(), width))
        .toBe(true);
      await exportMenu.locator('summary').click();
      const toggle = page.getByRole('button', { name: /Show the measures/ });
      if (await toggle.isVisible()) await toggle.click();
      for (const help of await page.locator('[data-policy="us-outbound"] details.help').all()) {
        if (!(await help.isVisible())) continue;
        await help.scrollIntoViewIfNeeded();
        await help.locator('summary').click();
        const box = await help.locator('.help-body').boundingBox();
        if (!inside(box, width)) outside.push(`help at ${JSON.stringify(box)}`);
        await help.locator('summary').click();
      }
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("keeps every chart's text at 11 px or more at tablet and desktop widths", async () => {
    const small: string[] = [];
    for (const width of [768, 1024, 1200, 1280, 1440]) {
      const { page, errors } = await openPage(browser, base(), { width, height: 900 });
      await revealBelowFold(page);
      // Charts off screen are not laid out (content-visibility): measure each in view.
      const sizes: Record<string, number> = {};
      for (const chart of ['chart-companies', 'chart-deals', 'chart-models', 'chart-chips']) {
        await page.locator(`#${chart}`).scrollIntoViewIfNeeded();
        await expect.poll(async () => (await smallestChartText(page))[chart] ?? 0).toBeGreaterThan(0);
        sizes[chart] = (await smallestChartText(page))[chart]!;
      }
      for (const [chart, px] of Object.entries(sizes)) if (px < 11) small.push(`${chart} at ${width}: ${px}`);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(small).toEqual([]);
  });

  it('makes "Skip to results" the first Tab stop; it moves the focus to the results', async () => {
    const { page, errors } = await openPage(browser, base());
    await appReady(page);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to results');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results');
    // The scenario stays in the address: the link does not replace its fragment.
    expect(page.url()).not.toMatch(/#results/);
    // The next Tab goes into the results, past the measures.
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.getElementById('results')!.contains(document.activeElement)),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches exactly 1e24 on the prohibited line with the arrow keys', async () => {
    const { page, errors } = await openPage(browser, base());
    await appReady(page);
    const card = page.locator('[data-policy="us-outbound"]');
    const slider = card.getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
    await slider.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1e24 FLOP');
    await expect
      .poll(() =>
        card.getByRole('textbox', { name: 'Prohibited compute threshold', exact: true }).inputValue(),
      )
      .toBe('1e24');
    // The scenario holds the exact value: the shared link says 1e24, not 1.0000000000000001e24.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('2e24 FLOP');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the models are being counted while the data loads, then the true count', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/dataset-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(base());
    // The first view (precomputed) is on screen before the data is.
    await page.locator('.summary-card').first().waitFor();
    const note = page.locator('[data-policy="us-outbound"] .threshold .field-note').first();
    const before = await note.textContent();
    expect(before).toMatch(/^Counting the models above this line/);
    release();
    await expect
      .poll(() => note.textContent(), { timeout: 60_000 })
      .toMatch(/^[1-9]\d* models above this line/);
    await page.close();
  });

  describe('lessons', () => {
    it('hides the numbers that answer the question until the reveal', async () => {
      const { page, errors } = await openPage(browser, `${base()}?lesson=small-yard-large-yard&step=1`);
      const player = page.getByTestId('lesson-player');
      await player.waitFor();
      const answer = page.getByTestId('summary-chip-rule-2023-stopped');
      await answer.waitFor({ state: 'attached' });
      await expect(answer.isVisible()).resolves.toBe(false);
      await expect(page.locator('.card-count').first().isVisible()).resolves.toBe(false);
      await expect(player.getByTestId('answer-hidden-note').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `${SHOTS}/layout-lesson-hidden.png` });
      await player
        .getByRole('radio')
        .first()
        .check()
        .catch(() => undefined);
      if (!(await player.getByRole('radio').count()))
        await player.getByRole('textbox', { name: /Your guess/ }).fill('3');
      // Still hidden after predicting, until the reveal.
      await expect(answer.isVisible()).resolves.toBe(false);
      await player.getByRole('button', { name: 'Reveal', exact: true }).click();
      await player.getByTestId('reveal-value').waitFor();
      await expect.poll(() => answer.isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('goes to the chart a step names, and ends with a wrap-up', async () => {
      const { page, errors } = await openPage(browser, `${base()}?lesson=chip-rule-workaround&step=5`);
      const player = page.getByTestId('lesson-player');
      await player.waitFor();
      await appReady(page);
      // Step 5: "Find it on the chips chart."
      await player.getByRole('button', { name: 'Go to the chips chart ↓' }).click();
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const r = document.getElementById('chart-chips')?.getBoundingClientRect();
              return r ? r.top < window.innerHeight && r.bottom > 0 : false;
            }),
          // The chips chart is below the fold: its code and the worker's view of the data load as it nears.
          { timeout: 15_000 },
        )
        .toBe(true);
      await player.getByRole('radio').first().check();
      await player.getByRole('button', { name: 'Reveal', exact: true }).click();
      await player.getByTestId('reveal-value').waitFor();
      await player.getByRole('button', { name: 'Finish' }).click();
      const wrapUp = page.getByTestId('lesson-wrap-up');
      await wrapUp.waitFor();
      await expect(wrapUp.getByTestId('wrap-up-score').textContent()).resolves.toMatch(
        /^You predicted 1 of 5 steps and got [01] right\.$/,
      );
      await expect(wrapUp.locator('li').count()).resolves.toBe(5);
      await page.screenshot({ path: `${SHOTS}/layout-lesson-wrap-up.png` });
      await wrapUp.getByRole('button', { name: 'Close the lesson' }).click();
      await expect(page.getByTestId('lesson-player').count()).resolves.toBe(0);
      await expect(page.getByTestId('lesson-wrap-up').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  it('grows the charts’ text in presentation mode, and its bar covers no chart', async () => {
    const textSize = (page: Page) =>
      page
        .locator('#chart-companies svg text')
        .first()
        .evaluate((t) => t.getBoundingClientRect().height);
    const { page, errors } = await openPage(browser, base());
    await appReady(page);
    const explore = await textSize(page);
    await page.goto(`${base()}?present`);
    await page.locator('.app.presenting').waitFor();
    await appReady(page);
    expect(await textSize(page)).toBeGreaterThanOrEqual(explore * 1.2);
    // At every scroll position: the bar is in the top bar's corner and scrolls away with it.
    const height = await page.evaluate(() => document.scrollingElement!.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      const covered = await page.evaluate((top) => {
        window.scrollTo(0, top);
        const bar = document.querySelector('.present-bar')!.getBoundingClientRect();
        return [...document.querySelectorAll('.chart')].some((c) => {
          const r = c.getBoundingClientRect();
          return r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top;
        });
      }, y);
      expect(covered).toBe(false);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/layout-present.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
