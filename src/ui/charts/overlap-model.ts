/**
 * Model of the overlap chart (UpSet style): for every combination of enabled measures that caught anything, how
 * many companies and deals were caught by exactly that combination.
 */
import type { ResultSummary } from '../../engine';
import { colourOf } from '../styles/tokens';

export interface OverlapRow {
  readonly key: string;
  readonly label: string;
  /** Which measures (by position) are in the combination. */
  readonly members: boolean[];
  readonly companies: number;
  readonly deals: number;
}

export interface OverlapModel {
  readonly measures: { readonly id: string; readonly title: string; readonly colour: string }[];
  readonly rows: OverlapRow[];
}

/** Build rows sorted by the chosen count, largest first, leaving out empty combinations. */
export function overlapModel(result: ResultSummary, by: 'companies' | 'deals'): OverlapModel {
  const measures = result.measures.map((m, i) => ({ id: m.policyId, title: m.title, colour: colourOf(i) }));
  const titles = new Map(measures.map((m) => [m.id, m.title]));
  const rows = result.overlaps
    .filter((o) => o[by] > 0)
    .map((o) => ({
      key: o.measures.join('+'),
      label:
        o.measures.length === 1
          ? `${titles.get(o.measures[0]!)} only`
          : o.measures.map((id) => titles.get(id)).join(' + '),
      members: measures.map((m) => o.measures.includes(m.id)),
      companies: o.companies,
      deals: o.deals,
    }))
    .sort((a, b) => b[by] - a[by] || a.key.localeCompare(b.key));
  return { measures, rows };
}
