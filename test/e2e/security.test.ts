/**
 * The Content Security Policy in a real headless Chromium against the production build (issue 8): the built page
 * carries the policy, first in <head>, and every main view, dialog and export runs under it with no violation
 * (`securitypolicyviolation` events, and the console errors Chromium logs for them) and no console error at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { CSP_DIRECTIVES, cspValue } from '../../src/build/csp';
import { describeBrowser, launch } from './browser';
import { openView, VIEWS } from './views';

/** Record every violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describeBrowser('Content Security Policy (browser)', () => {
  let browser: Browser;
  const base = () => inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('is in the built index.html, before any script or stylesheet, and served as built', async () => {
    const html = readFileSync(join(inject('outDir'), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(cspValue());
    expect(meta!.index).toBeLessThan(html.indexOf('<script'));
    expect(meta!.index).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    // No inline script, no inline style, no event-handler attribute in the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const served = await (await fetch(base())).text();
    expect(served).toContain(`content="${cspValue()}"`);
  });

  it('is the policy the app was built to run under', () => {
    const policy = cspValue();
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|https?:|\*/);
    // Eval cannot be tried from here (DevTools evaluation is exempt from the policy): the policy must not allow it.
    // Browsers ignore frame-ancestors in a <meta> policy and log an error for it: left to the host's headers.
    expect(Object.keys(CSP_DIRECTIVES)).not.toContain('frame-ancestors');
  });

  it('blocks what it should: inline script, an inline handler and a request to another origin', async () => {
    const { page } = await openView(browser, base(), VIEWS[0]!, watchViolations);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      let fetched = 'no';
      try {
        await fetch('https://example.com/');
        fetched = 'yes';
      } catch {
        fetched = 'refused';
      }
      // An inline event handler is inline script too.
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__clicked = true');
      document.body.append(button);
      button.click();
      button.remove();
      const w = window as { __ran?: boolean; __clicked?: boolean };
      return { ran: w.__ran === true, clicked: w.__clicked === true, fetched };
    });
    expect(outcome).toEqual({ ran: false, clicked: false, fetched: 'refused' });
    const seen = await violations(page);
    expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('connect-src blocked https://example.com'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
    await page.close();
  });

  it.each(VIEWS.map((v) => [v.name, v] as const))(
    '%s: runs with no violation and no console error',
    async (_, view) => {
      const { page, errors } = await openView(browser, base(), view, watchViolations);
      // Let anything started by the view (renders, workers, the service worker's precache) settle.
      await page.waitForTimeout(300);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
