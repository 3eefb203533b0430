/**
 * The address bar holds the working scenario's share link (in the fragment, see `scenarios/README.md`). It is
 * rewritten with `history.replaceState` a moment after each edit, so editing never piles up browser history, and
 * read at start-up and whenever the user pastes another link into the address bar of an open tab.
 */
import { type DecodeLinkResult, decodeLink, encodeLink } from '../scenario/link';
import type { Scenario } from '../scenario/schema';

/** Wait this long (ms) after the last edit before rewriting the address bar. */
export const URL_SYNC_DELAY_MS = 150;

/** The parts of `location` a link is built from. */
export interface LocationLike {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** Return the fragment without its '#'. */
export function fragmentOf(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/** Return the full share URL for a fragment: this page's address (query kept) with the fragment. */
export function shareUrl(location: Omit<LocationLike, 'hash'>, fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}

/** Return the share URL of a scenario from this page. */
export function scenarioUrl(location: Omit<LocationLike, 'hash'>, scenario: Scenario): string {
  return shareUrl(location, encodeLink(scenario));
}

/** What the address bar held: no link at all, or what reading it gave. */
export type AddressLink = { readonly kind: 'none' } | ({ readonly kind: 'link' } & DecodeLinkResult);

/** Read the address bar's fragment. An empty fragment is no link; anything else is read as one (never throws). */
export function readAddressLink(hash: string): AddressLink {
  const fragment = fragmentOf(hash).trim();
  if (!fragment) return { kind: 'none' };
  return { kind: 'link', ...decodeLink(fragment) };
}

/** What the sync needs from the page (tests pass fakes). */
export interface UrlSyncTarget {
  readonly location: LocationLike;
  readonly replaceUrl: (url: string) => void;
  readonly read: () => Scenario;
  /** Call `listener` when the scenario may have changed; returns an unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly delayMs?: number;
}

/**
 * Keep the address bar on the scenario's link. Writes once at start; then a moment after the last change.
 * Returns `flush` (write now) and `stop`.
 */
export function startUrlSync(target: UrlSyncTarget): { flush: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written: { scenario: Scenario; fragment: string } | null = null;
  // Encoding is cheap but not free: a scenario already written is not encoded again.
  const encode = () => {
    const scenario = target.read();
    if (written?.scenario !== scenario) written = { scenario, fragment: encodeLink(scenario) };
    return written;
  };
  const write = () => {
    const { fragment } = encode();
    if (fragmentOf(target.location.hash) !== fragment) target.replaceUrl(shareUrl(target.location, fragment));
  };
  const flush = () => {
    clearTimeout(timer);
    write();
  };
  const unsubscribe = target.subscribe(() => {
    if (target.read() === written?.scenario) return;
    clearTimeout(timer);
    // After the edits: encode the link in one task and write it in the next, so that neither holds the page
    // for long (each took 10–50 ms in page profiles on a busy machine).
    timer = setTimeout(() => {
      encode();
      timer = setTimeout(write, 0);
    }, target.delayMs ?? URL_SYNC_DELAY_MS);
  });
  flush();
  return {
    flush,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
