/**
 * The teaching route of this page. It is read once, when this module is first evaluated: main.tsx imports the
 * app, which imports this, so it runs before main starts the session that reads (and rewrites) the fragment.
 * Teaching keys typed into the fragment (`#present`, `#lesson=…&step=…`) are first moved to the query, so the
 * session never mistakes them for a broken scenario link; the query survives the session's rewrites of the
 * fragment, so a reload keeps the lesson step and the mode.
 */
import { moveTeachingKeys, readRoute, type TeachingRoute, withQuery } from '../../teaching/route';
import { CHART_IDS, type ChartId } from '../charts/registry';

const NO_ROUTE: TeachingRoute<ChartId> = {
  lesson: null,
  present: false,
  brief: false,
  embed: null,
  problems: [],
};

/** A route of this page: `embed` names a chart of the registry. */
export function readPageRoute(search: string, hash = ''): TeachingRoute<ChartId> {
  return readRoute(search, hash, CHART_IDS);
}

/** Move fragment teaching keys to the query (no history entry); return the route the address now holds. */
function adopt(win: Window): TeachingRoute<ChartId> {
  const moved = moveTeachingKeys(win.location);
  if (moved) win.history.replaceState(win.history.state, '', moved);
  return readPageRoute(win.location.search);
}

/** The route the page was opened with. */
export const INITIAL_ROUTE: TeachingRoute<ChartId> = typeof window === 'undefined' ? NO_ROUTE : adopt(window);

type Listener = (route: TeachingRoute) => void;
const listeners = new Set<Listener>();

if (typeof window !== 'undefined') {
  // Registered before the session's own listener (module order), so a pasted `#present` is moved first and the
  // session then sees an empty fragment instead of a broken link.
  window.addEventListener('hashchange', () => {
    if (!moveTeachingKeys(window.location)) return;
    const route = adopt(window);
    for (const listener of listeners) listener(route);
  });
}

/** Call `listener` when a teaching route is pasted into the address bar of the open tab. */
export function onPastedRoute(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Set or clear teaching keys in the address bar's query, keeping the path and the fragment (no history entry). */
export function setRouteQuery(patch: Readonly<Record<string, string | true | null>>): void {
  if (typeof window === 'undefined') return;
  const { pathname, search, hash } = window.location;
  const next = withQuery(search, patch);
  if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
}

/** This page's address without query or fragment: the base of the links the teaching tools build. */
export function pageBase(): string {
  return typeof window === 'undefined' ? '' : `${window.location.origin}${window.location.pathname}`;
}
