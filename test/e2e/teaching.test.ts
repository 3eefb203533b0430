/**
 * Teaching and communicating in a real headless Chromium against the production build (issue 7): every lesson
 * stepped through with each reveal checked against the engine run in Node on the same built-in dataset; the
 * glossary from a parameter's help; event markers; presentation mode; the one-page brief (one PDF page on A4
 * and on Letter); PNG, SVG and CSV exports; and the embed view. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IndexCache } from '../../src/data/pipeline';
import { projectDataset } from '../../src/data/projection';
import { lessons } from '../../src/lessons/registry';
import { revealHeadline } from '../../src/lessons/reveal';
import { LessonRunner } from '../../src/lessons/runner';
import type { Lesson } from '../../src/lessons/schema';
import { decodeLink } from '../../src/scenario/link';
import { defaultDataset } from '../data/helpers';
import { describeBrowser, launch, openPage, SHOTS } from './browser';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages in a PDF made by Chromium: one `/Type /Page` object each. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await (file as Download).path();
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(path!) };
}

async function openExport(page: Page, chart: string) {
  const menu = page.locator(`#chart-${chart} details.chart-export`);
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return menu;
}

describeBrowser('teaching and communicating (browser)', () => {
  let browser: Browser;
  let runner: LessonRunner;
  const base = () => inject('baseUrl');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    runner = new LessonRunner(await defaultDataset(), new IndexCache(projectDataset));
  });
  afterAll(async () => browser?.close());

  describe('lessons', () => {
    /** Step through a whole lesson: predict, reveal, compare with the engine in Node, next. */
    async function playLesson(page: Page, lesson: Lesson, shots: boolean) {
      const player = page.getByTestId('lesson-player');
      for (let i = 0; i < lesson.steps.length; i++) {
        const step = lesson.steps[i]!;
        await expect
          .poll(() => player.getByTestId('lesson-progress').textContent())
          .toBe(`Step ${i + 1} of ${lesson.steps.length}`);
        await expect(player.locator('.step-title').textContent()).resolves.toBe(step.title);
        // Predict first, as a class would.
        if (step.question.kind === 'choice') await player.getByRole('radio').first().check();
        else await player.getByRole('textbox', { name: /Your guess/ }).fill('10');
        await player.getByRole('button', { name: 'Reveal', exact: true }).click();
        const expected = runner.reveal(lesson, i);
        if (!expected.ok) throw new Error(JSON.stringify(expected.issues));
        await expect(player.getByTestId('reveal-value').textContent()).resolves.toBe(
          revealHeadline(step, expected.value),
        );
        await expect(player.getByTestId('reveal-text').textContent()).resolves.toBe(expected.value.text);
        await expect(player.locator('.verdict').count()).resolves.toBe(1);
        if (shots) await page.screenshot({ path: `${SHOTS}/lesson-${lesson.id}-step-${i + 1}.png` });
        if (i < lesson.steps.length - 1) await player.getByRole('button', { name: 'Next →' }).click();
      }
    }

    it('steps through every lesson; each reveal equals the engine on the built-in dataset', async () => {
      const { page, errors } = await openPage(browser, `${base()}#lesson=chip-rule-workaround&step=1`);
      await page.getByTestId('lesson-player').waitFor();
      // The fragment form was moved to the query; the fragment now holds the step's scenario link.
      await expect.poll(() => page.url()).toMatch(/\?lesson=chip-rule-workaround&step=1#v=2&p=/);
      await expect(page.getByTestId('scenario-notice').count()).resolves.toBe(0);
      for (const [n, lesson] of lessons().entries()) {
        if (n > 0) {
          await page.locator('details.teach-menu > summary').click();
          if (n === 1) await page.screenshot({ path: `${SHOTS}/teach-menu.png` });
          await page.getByRole('button', { name: new RegExp(`^${lesson.title}`) }).click();
        }
        await playLesson(page, lesson, n === 0);
      }
      expect(errors).toEqual([]);
    });

    it('loads each step’s scenario into the app: charts and summary follow the lesson', async () => {
      const { page, errors } = await openPage(browser, `${base()}?lesson=small-yard-large-yard&step=1`);
      const lesson = lessons().find((l) => l.id === 'small-yard-large-yard')!;
      await page.getByTestId('summary-chip-rule-2023').waitFor();
      // Step 1's answer is the 2023 rule's companies with a purchase denied: the summary card shows the same.
      const step1 = runner.reveal(lesson, 0);
      if (!step1.ok) throw new Error('reveal');
      await expect(page.getByTestId('summary-chip-rule-2023-stopped').textContent()).resolves.toBe(
        step1.value.answer.text,
      );
      await page.getByRole('button', { name: /^Step 3:/ }).click();
      await page.getByTestId('summary-us-outbound').waitFor();
      const step3 = runner.reveal(lesson, 2);
      if (!step3.ok) throw new Error('reveal');
      await expect(page.getByTestId('summary-us-outbound-in-scope').textContent()).resolves.toBe(
        step3.value.answer.text,
      );
      await expect.poll(() => page.url()).toMatch(/\?lesson=small-yard-large-yard&step=3#/);
      // A reload comes back to the same step.
      await page.reload();
      await expect
        .poll(() => page.getByTestId('lesson-progress').textContent())
        .toBe(`Step 3 of ${lesson.steps.length}`);
      await page.getByRole('button', { name: 'Exit lesson' }).click();
      await expect(page.getByTestId('lesson-player').count()).resolves.toBe(0);
      await expect.poll(() => page.url()).not.toMatch(/lesson=/);
      expect(errors).toEqual([]);
    });
  });

  describe('glossary, key dates and presentation', () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await openPage(browser, base()));
      await page.getByTestId('summary-us-outbound').waitFor();
    });

    it('links a parameter’s help to the glossary term', async () => {
      const card = page.locator('[data-policy="us-outbound"]');
      await card.locator('details.help').first().locator('summary').click();
      await card.getByRole('button', { name: 'FLOP vs FLOP/s' }).first().click();
      const panel = page.getByTestId('glossary-panel');
      await panel.waitFor();
      await expect(panel.locator('.glossary-term.current dt').textContent()).resolves.toBe('FLOP vs FLOP/s');
      await expect(panel.locator('.glossary-term.current').textContent()).resolves.toMatch(
        /total count, not a speed/,
      );
      await page.screenshot({ path: `${SHOTS}/glossary-from-help.png` });
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('glossary-panel').count()).resolves.toBe(0);
      await card.locator('details.help').first().locator('summary').click();
    });

    it('shows an event’s note and source on hover and on focus, and lists all dates', async () => {
      await page.locator('#chart-companies').evaluate((e) => e.scrollIntoView({ block: 'center' }));
      const marker = page.locator('#chart-companies .event-marker.major').first();
      await marker.hover();
      const tip = page.locator('.event-tip');
      await tip.waitFor();
      await expect(tip.textContent()).resolves.toMatch(/Oct 2022 chip rule.*Source: BIS/);
      await page.screenshot({ path: `${SHOTS}/event-marker-tooltip.png` });
      await page.mouse.move(5, 5);
      await expect(page.locator('.event-tip').count()).resolves.toBe(0);
      await marker.focus();
      await page.locator('.event-tip').waitFor();
      await marker.blur();
      await page.locator('#chart-companies').getByRole('button', { name: 'All key dates' }).click();
      const panel = page.getByTestId('timeline-panel');
      await panel.waitFor();
      await expect(panel.locator('.timeline-list li').count()).resolves.toBeGreaterThanOrEqual(15);
      await page.screenshot({ path: `${SHOTS}/timeline-panel.png` });
      await panel.getByRole('button', { name: 'Close the key dates' }).click();
    });

    it('presents in large type without editing controls, from the menu and from #present', async () => {
      const height = () => page.locator('.intro h2').evaluate((h) => h.getBoundingClientRect().height);
      const normal = await height();
      await page.locator('details.teach-menu > summary').click();
      await page.getByRole('button', { name: 'Presentation mode' }).click();
      await expect.poll(() => page.url()).toMatch(/\?present#v=2/);
      await expect(page.locator('.stack').isVisible()).resolves.toBe(false);
      await expect(page.locator('.chart-controls').first().isVisible()).resolves.toBe(false);
      expect(await height()).toBeGreaterThanOrEqual(1.25 * normal);
      await page.keyboard.press('Escape');
      await expect(page.locator('.app.presenting').count()).resolves.toBe(0);
      await expect.poll(() => page.url()).not.toMatch(/present/);
      const { page: p2, errors: e2 } = await openPage(browser, `${base()}#present`);
      await p2.locator('.app.presenting').waitFor();
      await p2.getByTestId('summary-us-outbound').waitFor();
      await p2.waitForTimeout(300);
      await p2.screenshot({ path: `${SHOTS}/presentation-mode.png` });
      expect(e2).toEqual([]);
      await p2.close();
      expect(errors).toEqual([]);
    });

    it('moves between lesson steps with a presentation clicker (Page Down / Page Up)', async () => {
      const { page: p3, errors: e3 } = await openPage(
        browser,
        `${base()}?lesson=chip-rule-workaround&step=1&present`,
      );
      const progress = p3.getByTestId('lesson-progress');
      await expect.poll(() => progress.textContent()).toBe('Step 1 of 5');
      await p3.keyboard.press('PageDown');
      await expect.poll(() => progress.textContent()).toBe('Step 2 of 5');
      await p3.keyboard.press('PageUp');
      await expect.poll(() => progress.textContent()).toBe('Step 1 of 5');
      expect(e3).toEqual([]);
      await p3.close();
    });
  });

  describe('the one-page brief', () => {
    it('renders the scenario on one printed page (A4 and Letter), with the link as text and a QR code', async () => {
      const { page, errors } = await openPage(browser, `${base()}?brief`);
      const brief = page.getByTestId('brief');
      await brief.waitFor();
      await page.getByTestId('brief-combined').waitFor();
      await page.locator('.brief svg.time-chart').first().waitFor();
      await expect(brief.locator('h1').textContent()).resolves.toBe(
        'Both sides after the April 2026 escalation',
      );
      await expect(brief.textContent()).resolves.toContain("Epoch AI, 'Data on AI Models' (CC BY 4.0)");
      await expect(brief.locator('svg.qr path').count()).resolves.toBe(1);
      const link = (await page.getByTestId('brief-link').textContent())!;
      const decoded = decodeLink(link);
      expect(decoded.ok && decoded.scenario.id).toBe('april-2026-escalation');
      await page.screenshot({ path: `${SHOTS}/brief-screen.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
        expect(pdfPages(pdf), format).toBe(1);
      }
      // What the printer gets, as an image to look at.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: `${SHOTS}/brief-print.png` });
      expect(errors).toEqual([]);
    });
  });

  describe('exports and embedding', () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await openPage(browser, base()));
      await page.getByTestId('summary-us-outbound').waitFor();
      await page.locator('#chart-companies svg.time-chart[role="application"]').waitFor();
    });

    it('exports a chart as SVG and as a PNG of twice its size', async () => {
      let menu = await openExport(page, 'companies');
      const svg = await download(page, () => menu.getByRole('button', { name: 'Image (SVG)' }).click());
      expect(svg.name).toBe('yardstick-companies-april-2026-escalation.svg');
      const text = svg.bytes.toString('utf8');
      const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
      const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
      expect(width).toBeGreaterThan(500);
      expect(text).toContain('Companies captured over time');
      expect(text).toContain('CC BY 4.0');
      menu = await openExport(page, 'companies');
      const png = await download(page, () => menu.getByRole('button', { name: 'Image (PNG)' }).click());
      expect(png.name).toBe('yardstick-companies-april-2026-escalation.png');
      expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
      expect(png.bytes.length).toBeGreaterThan(20_000);
      // Keep it to look at.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${SHOTS}/export-companies.png`, png.bytes);
      // The models chart is hand-drawn SVG; the overlap chart is HTML redrawn for the file.
      for (const chart of ['models', 'overlap']) {
        const m = await openExport(page, chart);
        const file = await download(page, () => m.getByRole('button', { name: 'Image (PNG)' }).click());
        expect(pngSize(file.bytes).width).toBeGreaterThan(1000);
        writeFileSync(`${SHOTS}/export-${chart}.png`, file.bytes);
      }
      expect(errors).toEqual([]);
    });

    it('exports the data behind a chart as CSV with a provenance header', async () => {
      const menu = await openExport(page, 'companies');
      const csv = await download(page, () => menu.getByRole('button', { name: 'Data (CSV)' }).click());
      const text = csv.bytes.toString('utf8');
      const header = text.split('\n').filter((l) => l.startsWith('#'));
      expect(header.join('\n')).toMatch(/Scenario: Both sides after the April 2026 escalation/);
      expect(header.join('\n')).toMatch(/Dataset: Default, as of \d{4}-\d{2}-\d{2}/);
      expect(header.join('\n')).toMatch(/Epoch AI, 'Data on AI Models' \(CC BY 4\.0\)/);
      expect(header.join('\n')).toMatch(/Licence:/);
      const parsed = Papa.parse<Record<string, string>>(text, {
        header: true,
        comments: '#',
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields?.[0]).toBe('Quarter');
      expect(parsed.data.length).toBe(64);
    });

    it('gives embed code, and the embed view shows only the chart', async () => {
      const menu = await openExport(page, 'companies');
      await menu.getByRole('button', { name: 'Embed code' }).click();
      const code = await menu.locator('textarea').inputValue();
      expect(code).toMatch(/^<iframe src="[^"]+\?embed=companies#v=2&amp;p=april-2026-escalation/);
      const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
      const { page: embed, errors: e2 } = await openPage(browser, src, { width: 800, height: 520 });
      await embed.getByTestId('embed-view').waitFor();
      await embed.locator('#chart-companies svg.time-chart[role="application"]').waitFor();
      await expect(embed.locator('figure.chart').count()).resolves.toBe(1);
      await expect(embed.locator('.topbar, .stack, .summary, .chart-controls:visible').count()).resolves.toBe(
        0,
      );
      await embed.waitForTimeout(300);
      await embed.screenshot({ path: `${SHOTS}/embed-companies.png` });
      expect(e2).toEqual([]);
      await embed.close();
      expect(errors).toEqual([]);
    });
  });
});
