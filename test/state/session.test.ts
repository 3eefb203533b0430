/**
 * Start-up: a link wins over the autosave, which wins over the default; a bad link still opens the app, with a
 * plain-words notice, the preset it names when there is one, and the autosaved work one undo away.
 */
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/scenario/link';
import { presetById } from '../../src/scenario/presets';
import type { DecodedStore } from '../../src/scenario/storage';
import { noticesStore } from '../../src/state/notices-store';
import {
  chooseStart,
  LINK_FAILED_TITLE,
  LINK_REPAIRED_TITLE,
  openAddressLink,
} from '../../src/state/session';
import { createAppStore } from '../../src/state/store';
import { readAddressLink } from '../../src/state/url-sync';

const current = presetById('april-2026-escalation')!;
const mine = { ...presetById('tougher-us-rule')!, title: 'My work' };
const nothing: DecodedStore = { working: null, saved: [], notices: [] };
const stored: DecodedStore = { working: mine, saved: [], notices: [] };
const link = (hash: string) => readAddressLink(hash);

describe('chooseStart', () => {
  it('opens the autosave without a link, and the default without either', () => {
    expect(chooseStart(link(''), stored, current)).toEqual({ scenario: mine, replaced: null, notices: [] });
    expect(chooseStart(link(''), nothing, current).scenario).toBeNull();
  });

  it('opens a valid link over the autosave, keeping the autosave one undo away', () => {
    const shared = presetById('us-outbound-2025')!;
    const choice = chooseStart(link(`#${encodeLink(shared)}`), stored, current);
    expect(choice.scenario).toEqual(shared);
    expect(choice.replaced).toEqual(mine);
    expect(choice.notices.map((n) => n.title)).toEqual(['Your earlier work is one Undo away']);
    expect(chooseStart(link(`#${encodeLink(mine)}`), stored, current).replaced).toBeNull();
  });

  it('says what a repaired link could not read', () => {
    const choice = chooseStart(link('#v=99&p=us-outbound-2025'), nothing, current);
    expect(choice.scenario?.id).toBe('us-outbound-2025');
    expect(choice.notices[0]!.title).toBe(LINK_REPAIRED_TITLE);
    expect(choice.notices[0]!.items.join(' ')).toMatch(/newer version/);
  });

  it('opens the preset a damaged link names, else the autosave, else the default, with an error notice', () => {
    const cut = encodeLink({ ...presetById('us-outbound-2025')!, title: 'x' }).slice(0, -10);
    const named = chooseStart(link(`#${cut}`), nothing, current);
    expect(named.scenario?.id).toBe('us-outbound-2025');
    expect(named.notices[0]).toMatchObject({ tone: 'error', title: LINK_FAILED_TITLE });
    expect(named.notices[0]!.items[1]).toMatch(/the preset the link starts from/);
    const huge = `#v=1&d=${'A'.repeat(1 << 20)}`;
    expect(chooseStart(link(huge), stored, current).scenario).toEqual(mine);
    const none = chooseStart(link(huge), nothing, current);
    expect(none.scenario).toBeNull();
    expect(none.notices[0]!.items).toEqual([
      expect.stringMatching(/too long/),
      expect.stringMatching(/starting preset/),
    ]);
  });

  it('passes on what the autosave could not read', () => {
    const damaged: DecodedStore = {
      ...nothing,
      notices: [{ path: '', message: 'Your autosaved work is damaged' }],
    };
    expect(chooseStart(link(''), damaged, current).notices[0]!.items).toEqual([
      'Your autosaved work is damaged',
    ]);
  });
});

describe('openAddressLink', () => {
  it('loads a pasted link as an undoable step, and leaves the scenario alone for a bad one', () => {
    const store = createAppStore();
    const before = store.getState().scenario;
    openAddressLink(store, `#${encodeLink(mine)}`);
    expect(store.getState().scenario).toEqual(mine);
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
    openAddressLink(store, '#v=1&p=x&d=***');
    expect(store.getState().scenario).toBe(before);
    expect(noticesStore.getState().notices.at(-1)!.title).toBe(LINK_FAILED_TITLE);
  });
});
