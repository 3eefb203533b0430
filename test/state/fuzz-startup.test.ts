/**
 * Fuzzing the app's start-up path (issue 8): what local storage holds (`decodeStored`, read by `startSession`
 * through the autosave) and the link in the address bar (read by `startSession`, and by `openAddressLink` when a
 * link is pasted into an open tab), 10,000 cases each, on a real store with a stand-in window. Whatever they hold,
 * start-up never throws or takes a second, the store holds a valid scenario that still takes edits and undo, the
 * address bar is rewritten to a link that opens the same scenario, and nothing is lost: a refused link or unreadable
 * storage leaves the scenario that would otherwise open, and a link that replaces autosaved work keeps it one undo
 * away.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/scenario/json';
import { decodeLink, encodeLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { presets } from '../../src/scenario/presets';
import type { Scenario } from '../../src/scenario/schema';
import {
  type DecodedStore,
  decodeStored,
  encodeStored,
  STORAGE_KIND,
  STORAGE_LIMITS,
} from '../../src/scenario/storage';
import { AUTOSAVE_KEY } from '../../src/state/autosave';
import { noticesStore } from '../../src/state/notices-store';
import { savedStore } from '../../src/state/saved-store';
import { chooseStart, LINK_FAILED_TITLE, openAddressLink, startSession } from '../../src/state/session';
import { type AppStore, createAppStore } from '../../src/state/store';
import { readAddressLink } from '../../src/state/url-sync';
import { CASE_BUDGET_MS, expectNoPollution, Timings } from '../data/fuzz-support';
import { anyTextArb, damagedArb, hostileTextsOf, rawJunkArb } from '../scenario/hostile-arbitraries';
import { craftLink } from '../scenario/link-helpers';
import { editedScenarioArb, junkArb, mutateJson, mutationArb } from '../scenario/scenario-arbitraries';

const CASES = 10_000;

// Start-up runs the whole path per case (decode, choose, encode the address, autosave), a few ms each: the valid
// scenarios to start from and damage are drawn once, from the presets and 200 random user edits.
const POOL: readonly Scenario[] = [
  ...presets(),
  ...fc.sample(editedScenarioArb, { numRuns: 200, seed: 20260801 }),
];
const scenarioArb = fc.constantFrom(...POOL);
const brokenDocArb = fc
  .tuple(scenarioArb, mutationArb)
  .map(([scenario, [pick, how, junk, key]]) => mutateJson(scenario, pick, how, junk, key));
/** Check that the address bar opens what is shown on every this-many cases (decoding costs as much as starting). */
const ROUND_TRIP_EVERY = 4;
let starts = 0;

/** A browser window as `startSession` sees it: address, history, local storage, events. */
function standInWindow(hash: string, stored: string | null) {
  const storage = new Map<string, string>();
  if (stored !== null) storage.set(AUTOSAVE_KEY, stored);
  const location = { origin: 'https://yardstick.example', pathname: '/', search: '', hash };
  const addresses: string[] = [];
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, href: string) => {
        addresses.push(href);
        location.hash = new URL(href).hash;
      },
    },
    localStorage: {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  } as Record<string, unknown>;
  win.top = win;
  win.self = win;
  return { win: win as unknown as Window, storage, addresses };
}

function isValid(scenario: Scenario | null | undefined): boolean {
  return !!scenario && parseScenario(scenario).ok;
}

/** The store takes an edit and an undo (a crashed or frozen store would not). */
function expectWorkingStore(store: AppStore): void {
  const before = store.getState().scenario;
  const first = before.policies[0];
  if (first) store.getState().setEnabled(first.id, !first.enabled);
  else store.getState().addPolicy('us-outbound');
  expect(store.getState().scenario).not.toBe(before);
  expect(isValid(store.getState().scenario)).toBe(true);
  store.getState().undo();
  expect(jsonEqual(store.getState().scenario, before)).toBe(true);
}

/** Start the session as the page does, check what every start must give, and stop it. */
function start(hash: string, stored: string | null, startTimings: number[]) {
  noticesStore.setState({ notices: [] });
  savedStore.setState({ saved: [] });
  const store = createAppStore();
  const initial = store.getState().scenario;
  const page = standInWindow(hash, stored);
  const t0 = performance.now();
  const stop = startSession(store, page.win);
  startTimings.push(performance.now() - t0);
  const scenario = store.getState().scenario;
  expect(isValid(scenario)).toBe(true);
  // The address bar holds a link to exactly what is shown (not rewritten when it held exactly that link).
  if (starts++ % ROUND_TRIP_EVERY === 0) {
    const written = decodeLink(page.addresses.length ? new URL(page.addresses.at(-1)!).hash : hash);
    expect(written.ok && jsonEqual(written.scenario, scenario)).toBe(true);
  }
  expectWorkingStore(store);
  stop();
  expectNoPollution();
  return { store, initial, page };
}

const startTimes: number[] = [];
afterAll(() => {
  const sorted = [...startTimes].sort((a, b) => a - b);
  console.info(
    `[fuzz] startSession: ${sorted.length} starts, median ${sorted[sorted.length >> 1]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
  );
  expect(sorted.at(-1) ?? 0).toBeLessThan(CASE_BUDGET_MS);
});

/** Autosave envelopes: valid, odd in every field, and damaged. */
const envelopeArb = fc
  .tuple(
    fc.option(scenarioArb, { nil: null }),
    fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 100 }), scenarioArb), { maxLength: 3 }),
  )
  .map(
    ([working, saved]) =>
      JSON.parse(
        encodeStored({ working, saved: saved.map(([name, scenario]) => ({ name, scenario })) }),
      ) as unknown,
  );

const oddEnvelopeArb = fc
  .record(
    {
      kind: fc.oneof({ weight: 4, arbitrary: fc.constant(STORAGE_KIND) }, { weight: 1, arbitrary: junkArb }),
      version: fc.constantFrom<unknown>(1, 1, 2, 0, -1, '1', 1.5, null, 1e308),
      working: fc.oneof(scenarioArb, brokenDocArb, junkArb, fc.constant(null)),
      saved: fc.oneof(
        fc.array(
          fc.oneof(
            fc.record({
              name: fc.oneof(fc.string({ maxLength: 200 }), junkArb),
              scenario: fc.oneof(scenarioArb, brokenDocArb),
            }),
            junkArb,
          ),
          { maxLength: 4 },
        ),
        junkArb,
      ),
    },
    { requiredKeys: [] },
  )
  .map((doc) => JSON.stringify(doc) ?? '');

const storedArb: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom<string | null>(null, '') },
  { weight: 20, arbitrary: anyTextArb },
  { weight: 60, arbitrary: hostileTextsOf(envelopeArb, (doc) => JSON.stringify(doc) ?? '') },
  { weight: 40, arbitrary: oddEnvelopeArb },
  // Rare (each costs a few hundred ms): over the size limit, and more saved scenarios than are kept.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `"${'x'.repeat(STORAGE_LIMITS.maxChars)}"`,
      JSON.stringify({
        kind: STORAGE_KIND,
        version: 1,
        working: null,
        saved: Array.from({ length: 260 }, (_, i) => ({
          name: `n${i}`,
          scenario: presets()[i % presets().length],
        })),
      }),
    ),
  },
);

describe('stored local state fuzz', () => {
  const timings = new Timings('stored local state (decodeStored, then startSession)');
  afterAll(() => timings.report());

  it(`starts from ${CASES.toLocaleString('en-US')} hostile autosaves with a working store and nothing worse than a notice`, {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(storedArb, (stored) => {
        const decoded: DecodedStore = timings.time(
          () => decodeStored(stored),
          () => `${stored?.length ?? 'null'} chars: ${stored?.slice(0, 80)}`,
        );
        for (const s of [decoded.working, ...decoded.saved.map((x) => x.scenario)])
          if (s !== null) expect(isValid(s)).toBe(true);
        expect(decoded.saved.length).toBeLessThanOrEqual(STORAGE_LIMITS.maxSaved);
        for (const s of decoded.saved) expect(s.name.length).toBeGreaterThan(0);
        for (const n of decoded.notices) {
          expect(n.message.length).toBeGreaterThan(0);
          expect(n.message).not.toContain('[object Object]');
        }
        if (decoded.working) timings.ok++;
        else timings.failed++;

        const { store, initial, page } = start('', stored, startTimes);
        // What was readable is open; otherwise the app's own starting scenario, untouched.
        if (decoded.working) expect(jsonEqual(store.getState().scenario, decoded.working)).toBe(true);
        else expect(store.getState().scenario).toBe(initial);
        expect(jsonEqual(savedStore.getState().saved, decoded.saved)).toBe(true);
        if (decoded.notices.length)
          expect(noticesStore.getState().notices.map((n) => n.title)).toContain(
            'Some of your autosaved work could not be read',
          );
        // The autosave written back (if anything was written) reads as what the store holds.
        const rewritten = page.storage.get(AUTOSAVE_KEY);
        if (rewritten !== undefined && rewritten !== stored)
          expect(jsonEqual(decodeStored(rewritten).working, store.getState().scenario)).toBe(true);
      }),
      { numRuns: CASES },
    );
    expect(timings.ms.length).toBe(CASES);
    expect(timings.ok).toBeGreaterThan(CASES / 10);
    expect(timings.failed).toBeGreaterThan(CASES / 10);
  });
});

/** Links: valid, damaged in transit, hand-made with hostile payloads, in every form an address bar shows. */
const validLinkArb = fc.constantFrom(...POOL.map((s) => encodeLink(s)));
const payloadArb = fc.oneof(
  hostileTextsOf(
    scenarioArb.map((s) => JSON.parse(JSON.stringify(s)) as unknown),
    (doc) => JSON.stringify(doc) ?? '',
  ),
  rawJunkArb,
);
const linkArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 2, arbitrary: anyTextArb },
      { weight: 2, arbitrary: validLinkArb },
      { weight: 4, arbitrary: damagedArb(validLinkArb) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            payloadArb,
            fc.constantFrom(...presets().map((p) => p.id), '__proto__', 'nope', ''),
            fc.constantFrom('1', '2', '0', '99'),
          )
          .map(([payload, p, v]) => craftLink(payload, { p, v })),
      },
    ),
    fc.constantFrom('#', '#', '#?', ''),
  )
  .map(([link, prefix]) => prefix + link);

const storedForLinksArb = fc.oneof(
  fc.constant<string | null>(null),
  scenarioArb.map((working) => encodeStored({ working, saved: [] })),
);

describe('links through start-up fuzz', () => {
  const timings = new Timings(
    'links through start-up (readAddressLink, then startSession and openAddressLink)',
  );
  afterAll(() => timings.report());

  it(`starts from ${CASES.toLocaleString('en-US')} hostile links with a working store, keeping what a refused link would replace`, {
    timeout: 600_000,
  }, () => {
    fc.assert(
      fc.property(linkArb, storedForLinksArb, (hash, stored) => {
        const link = timings.time(
          () => readAddressLink(hash),
          () => `${hash.length} chars: ${hash.slice(0, 80)}`,
        );
        const failed = link.kind === 'link' && !link.ok;
        if (failed) timings.failed++;
        else timings.ok++;
        const decoded = decodeStored(stored);
        const { store, initial } = start(hash, stored, startTimes);
        const choice = chooseStart(link, decoded, initial);
        const shown = store.getState().scenario;
        if (choice.scenario) expect(jsonEqual(shown, choice.scenario)).toBe(true);
        else expect(shown).toBe(initial);
        if (link.kind === 'link' && link.ok) {
          expect(jsonEqual(shown, link.scenario)).toBe(true);
          // Autosaved work the link replaced is one undo away.
          if (decoded.working && !jsonEqual(decoded.working, link.scenario))
            expect(jsonEqual(store.getState().history.past.at(-1), decoded.working)).toBe(true);
        }
        if (failed) {
          const notice = noticesStore.getState().notices.find((n) => n.title === LINK_FAILED_TITLE);
          expect(notice?.items[0]?.length).toBeGreaterThan(0);
          // Refused: the preset the link names, else the autosaved work, else the app's own start.
          if (!link.error.presetId || !presets().some((p) => p.id === link.error.presetId))
            expect(jsonEqual(shown, decoded.working ?? initial)).toBe(true);
        }

        // The same link pasted into the address bar of an open tab.
        const before = store.getState().scenario;
        openAddressLink(store, hash);
        if (link.kind === 'none' || failed) expect(store.getState().scenario).toBe(before);
        else {
          expect(jsonEqual(store.getState().scenario, link.scenario)).toBe(true);
          if (store.getState().scenario !== before) {
            store.getState().undo();
            expect(store.getState().scenario).toBe(before);
          }
        }
      }),
      { numRuns: CASES },
    );
    expect(timings.ms.length).toBe(CASES);
    expect(timings.ok).toBeGreaterThan(CASES / 10);
    expect(timings.failed).toBeGreaterThan(CASES / 10);
  });
});
