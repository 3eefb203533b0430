/**
 * Scenarios that travel and last (issue 5), in headless Chromium against the production build: the share link,
 * autosave, undo/redo, damaged and hostile links, files, and compare.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toBase64Url } from '../../src/scenario/base64url';
import { deflateText } from '../../src/scenario/compress';
import { scenarioToFile } from '../../src/scenario/file';
import { encodeLink } from '../../src/scenario/link';
import { presetById } from '../../src/scenario/presets';
import { describeBrowser, launch, revealBelowFold, SHOTS } from './browser';

const SUMMARY_IDS = ['combined', 'us-outbound', 'export-controls', 'distillation', 'cn-approval'];

/** Every headline number on the page, by test id. */
async function headline(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of SUMMARY_IDS)
    for (const part of ['companies', 'stopped', 'in-scope', 'horizon', 'horizon-stopped']) {
      const el = page.getByTestId(`summary-${id}-${part}`);
      if (await el.count()) out[`${id}-${part}`] = (await el.textContent()) ?? '';
    }
  return out;
}

function thresholdBox(page: Page, policy: string, label: string) {
  return page.locator(`[data-policy="${policy}"]`).getByRole('textbox', { name: label, exact: true });
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await page.locator('.summary').waitFor();
  return { page, errors };
}

/** Wait until the address bar holds a link whose scenario has this prohibited threshold. */
async function waitForHash(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).hash, { timeout: 5000 }).toMatch(pattern);
}

describeBrowser('share, save and compare (browser)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let base: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    base = inject('baseUrl');
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  });
  afterAll(async () => browser?.close());

  describe('a link carries the scenario; autosave keeps it; undo walks it back', () => {
    let page: Page;
    let errors: string[];
    let link: string;
    let entries: number;

    beforeAll(async () => {
      ({ page, errors } = await open(context, base));
      entries = await page.evaluate(() => history.length);
    });

    it('puts the scenario in the address bar from the start, without adding history entries', async () => {
      await waitForHash(page, /^#v=2&p=april-2026-escalation&c=[0-9a-f]{8}(&d=[\w-]+)?$/);
    });

    it('copies a link that opens the same numbers and controls in a new page', async () => {
      const box = thresholdBox(page, 'us-outbound', 'Prohibited compute threshold');
      await box.fill('1e24');
      await box.press('Enter');
      await page.getByRole('switch', { name: 'US crackdown on distillation' }).click();
      await expect.poll(() => page.getByTestId('summary-distillation').count()).toBe(0);
      await waitForHash(page, /&d=/);
      await expect(page.evaluate(() => history.length)).resolves.toBe(entries);

      await page.locator('summary', { hasText: 'Share' }).click();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
      await expect(page.getByTestId('link-length').textContent()).resolves.toContain(
        `${link.length} characters`,
      );
      await page.screenshot({ path: `${SHOTS}/share-menu.png` });
      await page.locator('summary', { hasText: 'Share' }).click();

      const other = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      await other.goto(link);
      await other.locator('.summary').waitFor();
      await expect.poll(() => headline(other)).toEqual(await headline(page));
      await expect(
        thresholdBox(other, 'us-outbound', 'Prohibited compute threshold').inputValue(),
      ).resolves.toBe('1e24');
      await expect(
        other.getByRole('switch', { name: 'US crackdown on distillation' }).isChecked(),
      ).resolves.toBe(false);
      await expect(other.getByTestId('scenario-notice').count()).resolves.toBe(0);
      await other.close();
    });

    it('restores the edit on reload and in a new tab without a link (autosave)', async () => {
      const before = await headline(page);
      await page.reload();
      await page.locator('.summary').waitFor();
      await expect.poll(() => headline(page)).toEqual(before);
      const { page: fresh } = await open(context, base);
      await expect(
        thresholdBox(fresh, 'us-outbound', 'Prohibited compute threshold').inputValue(),
      ).resolves.toBe('1e24');
      await expect.poll(() => headline(fresh)).toEqual(before);
      await fresh.close();
    });

    it('undoes and redoes with the buttons and the keys', async () => {
      // After the reload the history is fresh: make two edits to walk back.
      const box = thresholdBox(page, 'us-outbound', 'Prohibited compute threshold');
      await box.fill('3e23');
      await box.press('Enter');
      await page.getByRole('switch', { name: 'US chip export controls' }).first().click();
      const value = () => box.inputValue();
      const exportOn = () =>
        page.getByRole('switch', { name: 'US chip export controls' }).first().isChecked();
      await expect.poll(exportOn).toBe(false);

      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(exportOn).toBe(true);
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(value).toBe('1e24');
      await page.getByRole('button', { name: 'Redo' }).click();
      await expect.poll(value).toBe('3e23');

      await page.locator('.intro h2').click();
      await page.keyboard.press('Control+z');
      await expect.poll(value).toBe('1e24');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(value).toBe('3e23');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+y');
      await expect.poll(value).toBe('3e23');
      await page.keyboard.press('Control+y');
      await expect.poll(exportOn).toBe(false);

      // A run of slider moves (a drag, or held arrow keys) is one step.
      const slider = page
        .locator('[data-policy="us-outbound"]')
        .getByRole('slider', { name: 'Prohibited compute threshold slider (log scale)' });
      await slider.focus();
      for (let i = 0; i < 12; i++) await slider.press('ArrowLeft');
      await expect.poll(value).not.toBe('3e23');
      await page.keyboard.press('Control+z');
      await expect.poll(value).toBe('3e23');
      await expect.poll(exportOn).toBe(false);
      await waitForHash(page, /&d=/);
      await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
      expect(errors).toEqual([]);
    });
  });

  it('opens a damaged link anyway, says what could not be read, and keeps working', async () => {
    const good = encodeLink({ ...presetById('us-outbound-2025')!, title: 'Cut short' });
    const cases = {
      truncated: `${good.slice(0, -12)}`,
      garbled: 'v=1&p=us-outbound-2025&c=00000000&d=%%%not-base64!!',
      huge: `v=1&p=us-outbound-2025&d=${'A'.repeat(1024 * 1024)}`,
      newer: 'v=99&p=us-outbound-2025',
    };
    for (const [name, fragment] of Object.entries(cases)) {
      const { page, errors } = await open(context, `${base}#${fragment}`);
      const notice = page.getByTestId('scenario-notice').first();
      await notice.waitFor();
      await expect(page.getByTestId('summary-us-outbound-companies').count()).resolves.toBe(1);
      if (name === 'truncated') await page.screenshot({ path: `${SHOTS}/damaged-link.png` });
      await expect(notice.textContent()).resolves.toMatch(
        name === 'newer' ? /newer version of Yardstick/ : /could not be opened|could not be read|may differ/,
      );
      const title = await notice.locator('.notice-title').textContent();
      await notice.getByRole('button', { name: /Dismiss/ }).click();
      await expect(page.getByTestId('scenario-notice').filter({ hasText: title! }).count()).resolves.toBe(0);
      await waitForHash(page, /^#v=2&p=/);
      expect(errors, name).toEqual([]);
      await page.close();
    }
  });

  it('names an unknown measure and out-of-range or NaN settings, and keeps the rest of the link', async () => {
    // Made by hand: the encoder never writes a measure Yardstick does not know, nor a value out of range.
    const diff = JSON.stringify({
      policies: [
        'us-outbound',
        { '+': 'tariffs' },
        {
          '@': 'us-outbound',
          id: 'second',
          params: { prohibitedComputeFlop: 1e40, notifiableComputeFlop: 'NaN' },
        },
      ],
    });
    const fragment = `v=1&p=us-outbound-2025&d=${toBase64Url(deflateText(diff))}`;
    const { page, errors } = await open(context, `${base}#${fragment}`);
    const notice = page
      .getByTestId('scenario-notice')
      .filter({ hasText: 'Some of this link could not be read' });
    const text = await notice.textContent();
    expect(text).toContain("Measure 2 ('tariffs') is not one Yardstick knows, so it was left out.");
    expect(text).toMatch(
      /'Prohibited compute threshold' could not be used \(must be at most 1e\+28, got 1e\+40\)/,
    );
    expect(text).toMatch(/'Notifiable compute threshold' could not be used \(expected number, got "NaN"\)/);
    await expect(thresholdBox(page, 'second', 'Prohibited compute threshold').inputValue()).resolves.toBe(
      '1e25',
    );
    await expect(page.getByTestId('summary-second').count()).resolves.toBe(1);
    await page.screenshot({
      path: `${SHOTS}/repaired-link.png`,
      clip: { x: 0, y: 0, width: 1440, height: 420 },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the file instead of a link over 8 KB', async () => {
    // Text that does not compress: a seeded stream of letters.
    let seed = 7;
    const noise = (n: number) =>
      Array.from({ length: n }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(97 + (seed % 26));
      }).join('');
    const big = { ...presetById('april-2026-escalation')!, description: noise(5000), title: noise(200) };
    const policies = Array.from({ length: 28 }, (_, i) => ({
      ...big.policies[0]!,
      id: `m-${i}`,
      title: noise(200),
    }));
    const { page, errors } = await open(context, `${base}#${encodeLink({ ...big, policies })}`);
    await page.locator('.share-menu > summary').click();
    const note = (await page.getByTestId('link-length').textContent()) ?? '';
    const length = Number(/^[\d,]+/.exec(note)?.[0].replace(/,/g, ''));
    expect(length).toBeGreaterThan(8000);
    await expect(page.getByRole('note').textContent()).resolves.toContain(
      'Share the scenario as a file instead',
    );
    await page.screenshot({
      path: `${SHOTS}/long-link.png`,
      clip: { x: 0, y: 0, width: 740, height: 420 },
    });
    // Long unbroken titles wrap instead of pushing the page wider than the window.
    await page.screenshot({ path: `${SHOTS}/long-titles.png` });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      1440,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the scenario file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('april-2026-escalation.json');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows markup in a title as text, never running it', async () => {
    const title = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const fragment = encodeLink({ ...presetById('us-outbound-2025')!, title });
    const { page, errors } = await open(context, `${base}#${fragment}`);
    await expect(page.locator('.intro h2').textContent()).resolves.toBe(title);
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.locator('.intro img, .intro script').count()).resolves.toBe(0);
    await page.screenshot({
      path: `${SHOTS}/markup-title.png`,
      clip: { x: 0, y: 0, width: 1440, height: 300 },
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves, renames and deletes scenarios; downloads one as a file; opens files strictly, then leniently', async () => {
    const { page, errors } = await open(context, `${base}#${encodeLink(presetById('tougher-us-rule')!)}`);
    const menu = page.locator('.scenario-menu');
    const heading = () => page.locator('.intro h2').textContent();
    await menu.locator('summary').click();
    await menu.getByLabel('Title').fill('My tougher rule');
    await menu.getByLabel('Title').press('Enter');
    await expect.poll(heading).toBe('My tougher rule');
    await menu.getByLabel('Save as').fill('Tough one');
    await menu.getByRole('button', { name: 'Save', exact: true }).click();
    await menu.getByRole('button', { name: 'Rename Tough one' }).click();
    await menu.getByLabel('New name for Tough one').fill('Toughest');
    await menu.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => menu.locator('.saved-name').allTextContents()).toEqual(['Toughest']);
    await page.screenshot({
      path: `${SHOTS}/scenario-menu.png`,
      clip: { x: 0, y: 0, width: 740, height: 700 },
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Download as a file (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tougher-us-rule.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.title).toBe('My tougher rule');
    expect(file.policies[0].params.prohibitedComputeFlop).toBeGreaterThan(0);

    file.title = 'From a file';
    file.policies[0].params.prohibitedComputeFlop = 1e40;
    await menu.getByLabel('Open a scenario file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const notice = page.getByTestId('scenario-notice').filter({ hasText: 'broken.json could not be opened' });
    await expect(notice.textContent()).resolves.toContain(
      'broken.json: policies[0].params.prohibitedComputeFlop',
    );
    await expect(heading()).resolves.toBe('My tougher rule');
    await page.screenshot({
      path: `${SHOTS}/file-problems.png`,
      clip: { x: 0, y: 0, width: 1440, height: 400 },
    });
    await notice.getByRole('button', { name: 'Open the parts that can be read' }).click();
    await expect.poll(heading).toBe('From a file');
    await expect(
      page.getByTestId('scenario-notice').filter({ hasText: 'readable parts of broken.json' }).count(),
    ).resolves.toBe(1);

    await menu.locator('summary').click();
    await menu.getByRole('button', { name: 'Delete Toughest' }).click();
    await menu.getByRole('button', { name: 'Delete for good' }).click();
    await expect(menu.getByText('Nothing saved yet').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a scenario file dropped anywhere on the page', async () => {
    const { page, errors } = await open(context, base);
    const file = scenarioToFile({ ...presetById('allied-coordination')!, title: 'Dropped in' });
    const drop = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, file);
    const target = page.locator('.charts');
    await target.dispatchEvent('dragenter', { dataTransfer: drop });
    await target.dispatchEvent('dragover', { dataTransfer: drop });
    await expect(page.locator('.drop-hint').count()).resolves.toBe(1);
    await page.screenshot({ path: `${SHOTS}/drop-hint.png` });
    await target.dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => page.locator('.intro h2').textContent()).toBe('Dropped in');
    await expect(page.locator('.drop-hint').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares with a baseline: the difference in words, numbers and charts', async () => {
    const preset = presetById('april-2026-escalation')!;
    const policies = preset.policies.map((p) =>
      p.id === 'us-outbound'
        ? { ...p, params: { ...p.params, prohibitedComputeFlop: 1e24 } }
        : { ...p, enabled: p.id !== 'export-controls' },
    );
    const edited = { ...preset, basePreset: preset.id, title: 'Lower line, no chip rule', policies };
    const { page, errors } = await open(context, `${base}#${encodeLink(edited)}`);
    await page.locator('summary', { hasText: 'Compare' }).click();
    await page.getByLabel('Baseline to compare with').selectOption('preset:april-2026-escalation');
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('US outbound investment rule: Prohibited compute threshold 1e25 → 1e24 FLOP');
    expect(text).toContain('US chip export controls: switched off');
    expect(text).toMatch(/Deals captured by \d{4}Q\d \(with projection\): [\d,]+ → [\d,]+ \([+−][\d,]+\)/);
    // The yard is among the headlines that changed.
    expect(text).toMatch(/Companies in scope at \d{4}Q\d whose deals would be stopped: [\d,]+ → [\d,]+/);
    const legend = () => page.locator('#chart-companies .chart-legend-item-text').allTextContents();
    await expect.poll(legend).toContain(`Baseline: ${preset.title}`);
    await revealBelowFold(page);
    await page.screenshot({ path: `${SHOTS}/compare.png`, fullPage: true });
    await expect(page.locator('#chart-models .baseline-line').textContent()).resolves.toBe(
      'baseline: prohibited 1e25',
    );
    await page.locator('#chart-models').screenshot({ path: `${SHOTS}/compare-models.png` });

    await page.locator('#chart-companies').getByRole('button', { name: 'Difference' }).click();
    await expect.poll(legend).toContain('US outbound investment rule: change');
    await page.locator('#chart-deals').getByRole('button', { name: 'Difference' }).click();
    await page.locator('#chart-companies').screenshot({ path: `${SHOTS}/compare-difference.png` });
    await page.locator('#chart-deals').screenshot({ path: `${SHOTS}/compare-difference-deals.png` });
    await summary.getByRole('button', { name: 'Stop comparing' }).click();
    await expect(page.getByTestId('compare-summary').count()).resolves.toBe(0);

    // A pasted link works as a baseline too.
    await page.locator('.compare-menu > summary').click();
    await page.getByLabel('Or paste a link').fill(`${base}#${encodeLink(presetById('no-measures')!)}`);
    await page.locator('.compare-menu').getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(summary.locator('h2').textContent()).resolves.toBe(
      `This scenario, edited from the preset '${preset.title}', compared with the linked scenario 'No measures'`,
    );
    await expect(summary.textContent()).resolves.toContain('Added: US outbound investment rule (US)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
