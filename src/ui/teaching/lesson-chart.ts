/**
 * The chart a lesson step's words point to ("Look at the chips chart"): the first one named, so the player can
 * offer to go to it. The names are the charts' own (src/ui/charts/*, `chart-<id>` on the page).
 */

export interface NamedChart {
  readonly id: 'companies' | 'deals' | 'models' | 'overlap' | 'chips';
  readonly name: string;
}

const CHART = /\b(companies|deals|models|overlap|chips) chart\b/i;

/** The first chart the text names, or null. */
export function namedChart(text: string): NamedChart | null {
  const match = CHART.exec(text);
  if (!match) return null;
  const id = match[1]!.toLowerCase() as NamedChart['id'];
  return { id, name: `${id} chart` };
}
