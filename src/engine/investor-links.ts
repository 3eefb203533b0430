/**
 * Investors linked to a country other than their own: a controlled foreign entity (`controlledBy`, 31 CFR
 * 850.206) or an investor whose deal a person knowingly directs (`directedBy`, 31 CFR 850.303). Few records
 * carry these fields, so the deals that do are found once per index and merged into a measure's positions.
 */
import { KIND_CODE } from './dataset/codes';
import type { DatasetIndex } from './dataset/index-dataset';

interface Link {
  readonly t: number;
  readonly controlledBy: readonly string[];
  readonly directedBy: readonly string[];
}

const cache = new WeakMap<DatasetIndex, readonly Link[]>();

/** Return the investments (positions in date order) with an investor recording `controlledBy` or `directedBy`. */
function linksOf(index: DatasetIndex): readonly Link[] {
  let links = cache.get(index);
  if (!links) {
    const out: Link[] = [];
    const investments = index.tx.ofKind[KIND_CODE.investment] ?? new Int32Array(0);
    for (const t of investments) {
      const record = index.dataset.transactions[index.tx.source[t]!];
      if (record?.kind !== 'investment') continue;
      const controlledBy = record.investors.flatMap((i) => (i.controlledBy ? [i.controlledBy] : []));
      const directedBy = record.investors.flatMap((i) => (i.directedBy ? [i.directedBy] : []));
      if (controlledBy.length || directedBy.length) out.push({ t, controlledBy, directedBy });
    }
    links = out;
    cache.set(index, links);
  }
  return links;
}

export interface InvestorLinks {
  /** Say whether deal t counts as an investor-country deal through a controlled or directed investor. */
  has(t: number): boolean;
  /** Say whether deal t records any controlled or directed investor. */
  recorded(t: number): boolean;
  /** The links of deal t, in words. */
  describe(t: number): string;
  /** Merge the counted deals into date-ordered positions (returns `positions` itself when there are none). */
  merged(positions: Int32Array): Int32Array;
}

/** Return the deals that count for `countries` through controlled foreign entities and directed investors. */
export function investorLinks(
  index: DatasetIndex,
  countries: readonly string[],
  controlled: boolean,
  directed: boolean,
): InvestorLinks {
  const all = linksOf(index);
  const byT = new Map(all.map((l) => [l.t, l]));
  const counted = new Set<number>();
  for (const l of all) {
    if (
      (controlled && l.controlledBy.some((c) => countries.includes(c))) ||
      (directed && l.directedBy.some((c) => countries.includes(c)))
    )
      counted.add(l.t);
  }
  return {
    has: (t) => counted.has(t),
    recorded: (t) => byT.has(t),
    describe(t) {
      const l = byT.get(t);
      if (!l) return 'none recorded';
      return [
        ...l.controlledBy.map((c) => `controlled from ${c}`),
        ...l.directedBy.map((c) => `directed from ${c}`),
      ].join('; ');
    },
    merged(positions) {
      if (counted.size === 0) return positions;
      return Int32Array.from(new Set([...positions, ...counted])).sort();
    },
  };
}
