/**
 * The Content Security Policy of the built app, and the Vite plugin that writes it into `index.html` as a
 * `<meta http-equiv="Content-Security-Policy">`, first in `<head>` (a meta policy covers only what follows it).
 * Build only: the dev server needs inline scripts (React Fast Refresh) and injected `<style>` tags.
 *
 * Why each directive: docs/SECURITY.md. Checked by test/e2e/security.test.ts (the built page carries it, and the
 * app runs under it with no violation).
 */
import type { Plugin } from 'vite';

/** Directive → sources. Order is the order written. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Anything not named below: this origin only.
  'default-src': ["'self'"],
  // Only the build's own module files: no inline script, no eval, no other origin.
  'script-src': ["'self'"],
  // Only the build's stylesheet. React and recharts set styles through the CSSOM (element.style), which CSP
  // does not govern; nothing injects a <style> element or a style="" attribute from markup.
  'style-src': ["'self'"],
  // The favicon; data: and blob: for the PNG export (an SVG drawn through a blob: URL onto a canvas).
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // No network beyond the app's origin (the service worker's precache fetches are its own, same origin).
  'connect-src': ["'self'"],
  // The dataset parser and simulation workers and the service worker: same-origin module files.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  // Yardstick frames nothing.
  'frame-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // frame-ancestors is deliberately absent: browsers ignore it in a <meta> policy (and log an error), and the
  // embed view (?embed=<chart>) is meant to be framed by any page. See docs/SECURITY.md.
};

/** The policy as one header or meta value. */
export function cspValue(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Return the page with the policy as a meta element right after `<meta charset>` (before any script or style). */
export function withCspMeta(html: string, value: string = cspValue()): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: the CSP meta goes right after it');
  const end = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${value.replaceAll('"', '&quot;')}" />`;
  return html.slice(0, end) + meta + html.slice(end);
}

/** Vite plugin: write the policy into the built page. */
export function contentSecurityPolicy(value: string = cspValue()): Plugin {
  return {
    name: 'yardstick-content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html, value) },
  };
}
