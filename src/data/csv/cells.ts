/**
 * The cell mini-syntaxes of the CSV format (docs/DATA.md §5): numbers, booleans, semicolon lists and the
 * structured list items (`CC=share`, `date CC`, `use:exclusive`, `list from [to] [(notes)]`, `date usd`,
 * `chipId [units]`, `Name (CC)`). Each codec reads a non-empty cell and writes a value back, so the exporter and
 * the importer share one definition and a round trip is exact wherever the format can express the value.
 */

/** A cell read: the value, or what is wrong (with the 0-based list item at fault, if any). */
export type CellRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly item?: number };

/** How one kind of cell is read and written. `read` is only called on a cell that is not blank. */
export interface CellCodec<T> {
  readonly read: (cell: string) => CellRead<T>;
  readonly write: (value: T) => string;
}

const okValue = <T>(value: T): CellRead<T> => ({ ok: true, value });
const bad = <T>(message: string, item?: number): CellRead<T> =>
  item === undefined ? { ok: false, message } : { ok: false, message, item };

/** Quote a cell (or part of one) for a message, shortened like the engine's messages. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/**
 * Split a list cell at semicolons, trim the items and drop empty ones. A semicolon inside round brackets does
 * not split, so `Epoch AI (https://epoch.ai/data/ai-models; snapshot 2026-08-19)` stays one item — the same
 * rule as the repository's own source tables (scripts/data/lib/csv.ts). Elsewhere `\;` is a semicolon that
 * belongs to the item (`pulsestacks.com\; moomoo`).
 */
export function splitList(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let start = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 40 /* ( */) depth++;
    else if (ch === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (ch === 92 /* \ */ && cell.charCodeAt(i + 1) === 59) {
      current += `${cell.slice(start, i)};`;
      start = i + 2;
      i++;
    } else if (ch === 59 /* ; */ && depth === 0) {
      parts.push(current + cell.slice(start, i));
      current = '';
      start = i + 1;
    }
  }
  parts.push(current + cell.slice(start));
  return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Escape the semicolons of an item that would split it (those outside brackets) as `\;`. */
function escapeItem(item: string): string {
  if (!item.includes(';')) return item;
  let depth = 0;
  let out = '';
  for (const ch of item) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    out += ch === ';' && depth === 0 ? '\\;' : ch;
  }
  return out;
}

/** Join list items with `; ` (the exporter's spelling), escaping semicolons that would split an item. */
export function joinList(items: readonly string[]): string {
  return items.map(escapeItem).join('; ');
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Read a number as written in a cell (`2048`, `0.55`, `3.6e25`); no thousands separators, NaN or Infinity. */
export function readNumber(text: string): CellRead<number> {
  const t = text.trim();
  if (!NUMBER.test(t)) return bad(`expected a number such as 2048 or 3.6e25, got ${quoted(t)}`);
  const value = Number(t);
  if (!Number.isFinite(value)) return bad(`${quoted(t)} is too large a number`);
  return okValue(value);
}

/** Free text: taken exactly as written (quotes, commas and line breaks kept). */
export const text: CellCodec<string> = { read: (cell) => okValue(cell), write: (v) => v };

/** A code, date, id or enum value: surrounding spaces are ignored; the schema checks the value. */
export const code: CellCodec<string> = { read: (cell) => okValue(cell.trim()), write: (v) => v };

/** A number (see `readNumber`). */
export const number: CellCodec<number> = { read: readNumber, write: (v) => String(v) };

/** `true` or `false` (any letter case, as spreadsheets write TRUE and FALSE). */
export const boolean: CellCodec<boolean> = {
  read: (cell) => {
    const t = cell.trim().toLowerCase();
    if (t === 'true') return okValue(true);
    if (t === 'false') return okValue(false);
    return bad(`expected true or false, got ${quoted(cell.trim())}`);
  },
  write: (v) => String(v),
};

/** Build a list codec from one item's reader and writer. */
function listOf<T>(readItem: (item: string) => CellRead<T>, writeItem: (value: T) => string): CellCodec<T[]> {
  return {
    read: (cell) => {
      const items = splitList(cell);
      const out: T[] = [];
      for (let i = 0; i < items.length; i++) {
        const r = readItem(items[i]!);
        if (!r.ok) return bad(r.message, i);
        out.push(r.value);
      }
      return okValue(out);
    },
    write: (values) => joinList(values.map(writeItem)),
  };
}

/** A list of strings: `ai; semiconductors`. */
export const stringList: CellCodec<string[]> = listOf(
  (item) => okValue(item),
  (v) => v,
);

const COUNTRY = /^[A-Z]{2}$/;
const countryMessage = (got: string) => `expected a two-letter country code such as CN, got ${quoted(got)}`;

/** Equity shares by holder's country: `CN=0.55; US=0.45`. */
export const ownership: CellCodec<Record<string, number>> = {
  read: (cell) => {
    const items = splitList(cell);
    const entries: [string, number][] = [];
    const seen = new Set<string>();
    for (let i = 0; i < items.length; i++) {
      const m = /^([^=]*)=(.*)$/.exec(items[i]!);
      if (!m) return bad(`expected CC=share such as CN=0.55, got ${quoted(items[i]!)}`, i);
      const cc = m[1]!.trim();
      if (!COUNTRY.test(cc)) return bad(countryMessage(cc), i);
      if (seen.has(cc)) return bad(`${cc} is given twice`, i);
      seen.add(cc);
      const share = readNumber(m[2]!);
      if (!share.ok) return bad(share.message, i);
      entries.push([cc, share.value]);
    }
    // fromEntries defines own properties, so even a hostile key could never reach a prototype.
    return okValue(Object.fromEntries(entries));
  },
  write: (v) => joinList(Object.entries(v).map(([cc, share]) => `${cc}=${share}`)),
};

/** Two space-separated parts: `2025-07-01 SG`, `2025-04-01 500000000`. */
function pair(item: string): [string, string] | null {
  const m = /^(\S+)\s+(\S+)$/.exec(item);
  return m ? [m[1]!, m[2]!] : null;
}

/** Headquarters changes: `2025-07-01 SG`. */
export const relocations: CellCodec<{ date: string; hq: string }[]> = listOf(
  (item) => {
    const p = pair(item);
    return p
      ? okValue({ date: p[0], hq: p[1] })
      : bad(`expected "date CC" such as "2025-07-01 SG", got ${quoted(item)}`);
  },
  (v) => `${v.date} ${v.hq}`,
);

/** Valuations: `2025-04-01 500000000`. */
export const valuations: CellCodec<{ date: string; usd: number }[]> = listOf(
  (item) => {
    const p = pair(item);
    if (!p) return bad(`expected "date usd" such as "2025-04-01 500000000", got ${quoted(item)}`);
    const usd = readNumber(p[1]);
    return usd.ok ? okValue({ date: p[0], usd: usd.value }) : bad(usd.message);
  },
  (v) => `${v.date} ${v.usd}`,
);

/** End uses: `general; surveillance:exclusive`. */
export const endUses: CellCodec<{ use: string; exclusive: boolean }[]> = listOf(
  (item) => {
    const m = /^([^:]*?)\s*(?::\s*(.*))?$/.exec(item)!;
    if (m[2] !== undefined && m[2] !== 'exclusive')
      return bad(`expected "use" or "use:exclusive" such as "surveillance:exclusive", got ${quoted(item)}`);
    return okValue({ use: m[1]!, exclusive: m[2] !== undefined });
  },
  (v) => (v.exclusive ? `${v.use}:exclusive` : v.use),
);

/** A listing: `entity-list 2019-10-09`, `ns-cmic 2021-06-03 2024-01-01`, `entity-list 2025-03-25 (six subsidiaries)`. */
export interface ListingCell {
  list: string;
  from: string;
  to?: string;
  notes?: string;
}

/** Listings: `list from [to] [(notes)]` items; the notes run to the item's last closing bracket. */
export const listings: CellCodec<ListingCell[]> = listOf(
  (item) => {
    const m = /^(\S+)\s+(\S+)(?:\s+([^\s(]\S*))?(?:\s*\((.*)\))?$/s.exec(item);
    if (!m)
      return bad(`expected "list from [to] [(notes)]" such as "entity-list 2019-10-09", got ${quoted(item)}`);
    const out: ListingCell = { list: m[1]!, from: m[2]! };
    if (m[3] !== undefined) out.to = m[3];
    if (m[4] !== undefined) out.notes = m[4];
    return okValue(out);
  },
  (v) =>
    `${v.list} ${v.from}${v.to === undefined ? '' : ` ${v.to}`}${v.notes === undefined ? '' : ` (${v.notes})`}`,
);

/** Training hardware: `h800 2048; ascend-910b` (units may be left out: unknown). */
export const trainingChips: CellCodec<{ chipId: string; units: number | null }[]> = listOf(
  (item) => {
    const m = /^(\S+)(?:\s+(\S+))?$/.exec(item);
    if (!m) return bad(`expected "chipId [units]" such as "h800 2048", got ${quoted(item)}`);
    if (m[2] === undefined) return okValue({ chipId: m[1]!, units: null });
    const units = readNumber(m[2]);
    return units.ok ? okValue({ chipId: m[1]!, units: units.value }) : bad(units.message);
  },
  (v) => (v.units === null ? v.chipId : `${v.chipId} ${v.units}`),
);

/** Investors: `Benchmark (US); Tencent (CN)` — the country is the item's last bracket. */
type InvestorCell = { name: string; country: string; controlledBy?: string; directedBy?: string };

/**
 * Investors: "Name (CC)", with optional links after semicolons inside the brackets: "Fund (CN; controlled by US)"
 * for a controlled foreign entity, "Fund (HK; directed by US)" for a knowingly directed deal.
 */
export const investors: CellCodec<InvestorCell[]> = listOf(
  (item) => {
    const m = /^(.*\S)\s*\(([^()]*)\)$/s.exec(item);
    if (!m) return bad(`expected "Name (CC)" such as "Benchmark (US)", got ${quoted(item)}`);
    const [country, ...links] = m[2]!.split(';').map((part) => part.trim());
    const out: InvestorCell = { name: m[1]!, country: country! };
    for (const link of links) {
      const l = /^(controlled|directed) by (.+)$/.exec(link);
      if (!l)
        return bad(`expected "controlled by CC" or "directed by CC" after the country, got ${quoted(link)}`);
      if (l[1] === 'controlled') out.controlledBy = l[2]!;
      else out.directedBy = l[2]!;
    }
    return okValue(out);
  },
  (v) =>
    `${v.name} (${[v.country, ...(v.controlledBy ? [`controlled by ${v.controlledBy}`] : []), ...(v.directedBy ? [`directed by ${v.directedBy}`] : [])].join('; ')})`,
);
