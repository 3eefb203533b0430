/**
 * The chart a lesson step's words point to ("Look at the chips chart"): the first one named, so the player can
 * offer to go to it. The names are the charts' own, from the registry (src/ui/charts/registry.tsx).
 */
import { CHARTS, type ChartId } from '../charts/registry';

export interface NamedChart {
  readonly id: ChartId;
  readonly name: string;
}

const CHART = new RegExp(`\\b(${CHARTS.map((c) => c.spoken.en).join('|')}) chart\\b`, 'i');
/** The charts' names in the Chinese lessons (docs/TERMINOLOGY.zh-CN.md). */
const CHART_ZH = new RegExp(`(${CHARTS.map((c) => c.spoken.zh).join('|')})图表`);

function byName(name: string, lang: 'en' | 'zh'): ChartId {
  return CHARTS.find((c) => c.spoken[lang] === name)!.id;
}

/** The first chart the text names (in English or Chinese), or null. */
export function namedChart(text: string): NamedChart | null {
  const en = CHART.exec(text);
  const zh = CHART_ZH.exec(text);
  if (!en && !zh) return null;
  const id = en && (!zh || en.index <= zh.index) ? byName(en[1]!.toLowerCase(), 'en') : byName(zh![1]!, 'zh');
  return { id, name: `${id} chart` };
}
