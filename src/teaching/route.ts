/**
 * Teaching routes in the address: a lesson and its step, presentation mode, the printable brief, and a single
 * chart for embedding. They live in the query string (`?lesson=chip-rule-workaround&step=2`, `?present`,
 * `?brief`, `?embed=companies`), because the fragment holds the scenario's share link and is rewritten after
 * every edit while the query is kept. The fragment forms (`#present`, `#lesson=…&step=…`) are accepted too and
 * moved to the query before the scenario link is read. Pure: tests and the page share it.
 */

/** A route; `C` is the charts' ids (the page's registry, src/ui/charts/registry.tsx, gives them). */
export interface TeachingRoute<C extends string = string> {
  /** The lesson to open and its step, counting from 1 as links do. */
  readonly lesson: { readonly id: string; readonly step: number } | null;
  readonly present: boolean;
  readonly brief: boolean;
  /** A chart to show alone (embed view), or null. */
  readonly embed: C | null;
  /** What in the address could not be read, in words for a notice (the rest of the route still applies). */
  readonly problems: readonly string[];
}

/** The query keys this module owns; everything else in the address is left alone. */
export const TEACHING_KEYS = ['lesson', 'step', 'present', 'brief', 'embed'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function paramsOf(text: string): URLSearchParams {
  return new URLSearchParams(text.startsWith('?') || text.startsWith('#') ? text.slice(1) : text);
}

/**
 * Read the teaching route from a query string and a fragment (either may hold the keys; the query wins); `embed`
 * names one of `charts`, the ids of the charts that can be embedded.
 */
export function readRoute<C extends string = never>(
  search: string,
  hash = '',
  charts: readonly C[] = [],
): TeachingRoute<C> {
  const fromHash = paramsOf(hash);
  const fromQuery = paramsOf(search);
  const get = (key: string) => fromQuery.get(key) ?? fromHash.get(key);
  const has = (key: string) => fromQuery.has(key) || fromHash.has(key);
  const flag = (key: string) => has(key) && !['0', 'false', 'no'].includes(get(key) ?? '');
  const id = get('lesson');
  const stepText = get('step');
  const step = Number(stepText ?? '1');
  const embed = get('embed');
  const problems: string[] = [];
  const lessonOk = id !== null && KEBAB.test(id) && id.length <= 80;
  const stepOk = Number.isInteger(step) && step >= 1 && step <= 99;
  const embedOk = charts.includes(embed as C);
  if (id !== null && !lessonOk)
    problems.push(
      `'lesson=${clip(id)}' in the address is not a lesson name. Choose a lesson from the Teach menu.`,
    );
  if (lessonOk && stepText !== null && !stepOk)
    problems.push(
      `'step=${clip(stepText)}' in the address is not a step number, so the lesson starts at step 1.`,
    );
  if (embed !== null && !embedOk)
    problems.push(
      `'embed=${clip(embed)}' in the address names no chart (the charts are ${charts.join(', ')}), so the whole app is shown.`,
    );
  return {
    lesson: lessonOk ? { id, step: stepOk ? step : 1 } : null,
    present: flag('present'),
    brief: flag('brief'),
    embed: embedOk ? (embed as C) : null,
    problems,
  };
}

/** At most 40 characters of an address value, for a notice. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * If the fragment holds teaching keys, return the address with them moved to the query (the rest of the fragment
 * kept), else null. `#lesson=a&step=2` → `?lesson=a&step=2`; `#v=1&p=x&present` → `?present#v=1&p=x`.
 */
export function moveTeachingKeys(location: {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}): string | null {
  const fragment = paramsOf(location.hash);
  const moved = TEACHING_KEYS.filter((k) => fragment.has(k));
  if (!moved.length) return null;
  const query = paramsOf(location.search);
  for (const key of moved) {
    if (!query.has(key)) query.set(key, fragment.get(key) ?? '');
    fragment.delete(key);
  }
  const rest = fragment.toString();
  return `${location.pathname}${queryString(query)}${rest ? `#${rest}` : ''}`;
}

/** Write a query without `=` after empty flags (`?present`, not `?present=`). */
export function queryString(query: URLSearchParams): string {
  const parts = [...query.entries()].map(([k, v]) =>
    v === '' ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
  );
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Return a query string with teaching keys set (a string value), switched on (`true`) or removed (`null`). */
export function withQuery(search: string, patch: Readonly<Record<string, string | true | null>>): string {
  const query = paramsOf(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) query.delete(key);
    else query.set(key, value === true ? '' : value);
  }
  return queryString(query);
}

/** The address of a lesson's step (1-based), to share with a class. */
export function lessonUrl(base: string, id: string, step: number): string {
  return `${base}?lesson=${encodeURIComponent(id)}&step=${step}`;
}

/** The address of one chart alone, on the scenario of a share-link fragment. */
export function embedUrl(base: string, chart: string, fragment: string): string {
  return `${base}?embed=${chart}${fragment ? `#${fragment}` : ''}`;
}

/** An iframe snippet for a chart: plain text for the user to paste into a page. */
export function embedCode(url: string, title: string, width = 800, height = 520): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(url)}" title="${attr(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
