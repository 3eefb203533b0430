/**
 * The address bar follows the scenario: written at start, rewritten a moment after the last edit (never per
 * frame), read back to the same scenario; empty and foreign fragments are told apart from links.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeLink } from '../../src/scenario/link';
import { presetById } from '../../src/scenario/presets';
import { createAppStore } from '../../src/state/store';
import {
  fragmentOf,
  type LocationLike,
  readAddressLink,
  shareUrl,
  startUrlSync,
  URL_SYNC_DELAY_MS,
} from '../../src/state/url-sync';

/** A fake page: a location whose hash `replaceUrl` updates, and a count of writes. */
function fakePage(hash = '') {
  const location: LocationLike & { hash: string } = {
    origin: 'https://yardstick.example',
    pathname: '/app/',
    search: '?lang=en',
    hash,
  };
  const writes: string[] = [];
  const replaceUrl = (url: string) => {
    writes.push(url);
    location.hash = new URL(url).hash;
  };
  return { location, writes, replaceUrl };
}

describe('url sync helpers', () => {
  it('builds a share URL on this page, keeping the query', () => {
    expect(shareUrl({ origin: 'https://a.b', pathname: '/x/', search: '?embed=1' }, 'v=1&p=q')).toBe(
      'https://a.b/x/?embed=1#v=1&p=q',
    );
    expect(fragmentOf('#v=1')).toBe('v=1');
    expect(fragmentOf('v=1')).toBe('v=1');
  });

  it('reads no link from an empty fragment, and a link or an error from anything else', () => {
    expect(readAddressLink('')).toEqual({ kind: 'none' });
    expect(readAddressLink('#')).toEqual({ kind: 'none' });
    const preset = presetById('us-outbound-2025')!;
    const ok = readAddressLink(`#${encodeLink(preset)}`);
    expect(ok.kind === 'link' && ok.ok && ok.scenario).toEqual(preset);
    const foreign = readAddressLink('#section-3');
    expect(foreign.kind === 'link' && !foreign.ok && foreign.error.kind).toBe('not-a-yardstick-link');
  });
});

describe('startUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the link at start, then once after a burst of edits', () => {
    const store = createAppStore();
    const page = fakePage();
    const sync = startUrlSync({
      location: page.location,
      replaceUrl: page.replaceUrl,
      read: () => store.getState().scenario,
      subscribe: (l) => store.subscribe(l),
    });
    expect(page.writes).toHaveLength(1);
    expect(fragmentOf(page.location.hash)).toBe(encodeLink(store.getState().scenario));
    for (let i = 0; i < 30; i++) {
      store.getState().setParam('us-outbound', 'prohibitedComputeFlop', 10 ** (25 - i / 30));
      vi.advanceTimersByTime(16);
    }
    expect(page.writes).toHaveLength(1);
    vi.advanceTimersByTime(URL_SYNC_DELAY_MS);
    expect(page.writes).toHaveLength(2);
    expect(page.writes[1]!.startsWith('https://yardstick.example/app/?lang=en#v=2&')).toBe(true);
    expect(fragmentOf(page.location.hash)).toBe(encodeLink(store.getState().scenario));
    sync.stop();
  });

  it('does not rewrite an address that already holds the link, and repairs one that does not', () => {
    const store = createAppStore();
    const page = fakePage(`#${encodeLink(store.getState().scenario)}`);
    const sync = startUrlSync({
      location: page.location,
      replaceUrl: page.replaceUrl,
      read: () => store.getState().scenario,
      subscribe: (l) => store.subscribe(l),
    });
    expect(page.writes).toHaveLength(0);
    page.location.hash = '#garbage';
    sync.flush();
    expect(page.writes).toHaveLength(1);
    expect(fragmentOf(page.location.hash)).toBe(encodeLink(store.getState().scenario));
    sync.stop();
  });
});
