/**
 * The Content Security Policy written into the built page (src/build/csp.ts): what it allows, and where the meta
 * element goes (right after <meta charset>, before any script or stylesheet, since a meta policy covers only what
 * follows it).
 */
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspValue, withCspMeta } from '../../src/build/csp';

describe('the policy', () => {
  const value = cspValue();

  it('allows only this origin for scripts, styles and connections, and never inline code or eval', () => {
    expect(value).toContain("default-src 'self'");
    expect(value).toContain("script-src 'self';");
    expect(value).toContain("connect-src 'self';");
    expect(value).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('frames, embeds and posts nothing', () => {
    for (const name of ['frame-src', 'object-src', 'base-uri', 'form-action'])
      expect(CSP_DIRECTIVES[name]).toEqual(["'none'"]);
  });

  it('leaves out frame-ancestors (ignored in a meta policy; the embed view is meant to be framed)', () => {
    expect(value).not.toContain('frame-ancestors');
  });
});

describe('withCspMeta', () => {
  const page =
    '<!doctype html><html><head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/a.js"></script>\n  </head></html>';

  it('puts the meta right after <meta charset>, before the first script', () => {
    const html = withCspMeta(page, "script-src 'self'");
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="script-src 'self'"`);
  });

  it('escapes double quotes in the value', () => {
    expect(withCspMeta(page, 'a "b"')).toContain('content="a &quot;b&quot;"');
  });

  it('refuses a page without <meta charset> rather than placing the policy where it would not cover everything', () => {
    expect(() => withCspMeta('<html><head><script></script></head></html>')).toThrow(/meta charset/);
  });
});
