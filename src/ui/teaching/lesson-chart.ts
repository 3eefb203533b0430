/**
 * The chart a lesson step's words point to ("Look at the chips chart"): the first one named, so the player can
 * offer to go to it. The names are the charts' own (src/ui/charts/*, `chart-<id>` on the page).
 */

export interface NamedChart {
  readonly id: 'companies' | 'deals' | 'models' | 'overlap' | 'chips';
  readonly name: string;
}

const CHART = /\b(companies|deals|models|overlap|chips) chart\b/i;
/** The charts' names in the Chinese lessons (docs/TERMINOLOGY.zh-CN.md). */
const CHART_ZH = /(企业|交易|模型|重叠|芯片)图表/;
const ZH_IDS: Readonly<Record<string, NamedChart['id']>> = {
  企业: 'companies',
  交易: 'deals',
  模型: 'models',
  重叠: 'overlap',
  芯片: 'chips',
};

/** The first chart the text names (in English or Chinese), or null. */
export function namedChart(text: string): NamedChart | null {
  const en = CHART.exec(text);
  const zh = CHART_ZH.exec(text);
  if (!en && !zh) return null;
  const id =
    en && (!zh || en.index <= zh.index) ? (en[1]!.toLowerCase() as NamedChart['id']) : ZH_IDS[zh![1]!]!;
  return { id, name: `${id} chart` };
}
