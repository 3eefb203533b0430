/** Debian's Chromium and the flags the end-to-end tests and `npm run bench:browser` launch it with (no downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
