/**
 * Model of the "models vs thresholds" chart (Epoch style): every model with a training-compute estimate, by
 * date and compute on a log axis, and a line for each active compute threshold. Points are computed once per
 * dataset; lines per scenario, so moving a line never recomputes the cloud.
 */
import { type Company, type Model, type PolicyInstance, type Provenance, templateOf } from '../../engine';
import { type Locale, SOURCE_LOCALE } from '../../i18n/locales';
import type { Scenario } from '../../scenario/schema';
import { companyName } from '../company-name';
import { type ChartWords, confidenceLabel, ENGLISH_CHART_WORDS, lineName } from './chart-words';

export interface ModelPoint {
  readonly id: string;
  readonly name: string;
  readonly company: string;
  /** Decimal year of release, e.g. 2024.66. */
  readonly x: number;
  /** log10 of training compute in FLOP. */
  readonly y: number;
  readonly flop: number;
  readonly modeled: boolean;
  /** The figure is an imputed estimate (given only in the source's notes). */
  readonly imputed: boolean;
  readonly confidence: string;
}

export interface ThresholdLine {
  readonly policyId: string;
  readonly param: string;
  /** "US outbound rule: prohibited": the measure's title and the line's name. */
  readonly label: string;
  /** The measure's title. */
  readonly title: string;
  /** The line's short name as the engine gives it ("prohibited"; chart-words.ts translates it). */
  readonly name: string;
  readonly value: number;
  readonly colour: string;
  readonly dash: boolean;
}

/** What the points are read from: a dataset index, or the small view of one the simulation worker sends. */
export interface ModelSource {
  readonly dataset: {
    readonly models: readonly (Pick<
      Model,
      'id' | 'name' | 'companyId' | 'date' | 'trainingComputeFlop' | 'trainingComputeImputed'
    > & {
      readonly provenance: Pick<Provenance, 'kind' | 'confidence'>;
    })[];
    readonly companies: readonly Pick<Company, 'id' | 'name' | 'nameZh'>[];
  };
}

/** Return every model with a compute estimate as a point. */
export function modelPoints(index: ModelSource, locale: Locale = SOURCE_LOCALE): ModelPoint[] {
  const companies = new Map(index.dataset.companies.map((c) => [c.id, companyName(c, locale)]));
  return index.dataset.models.flatMap((m) => {
    if (m.trainingComputeFlop === null) return [];
    const year = Number(m.date.slice(0, 4));
    const dayOfYear = (Number(m.date.slice(5, 7)) - 1) * 30.4 + Number(m.date.slice(8, 10));
    return [
      {
        id: m.id,
        name: m.name,
        company: companies.get(m.companyId) ?? m.companyId,
        x: year + dayOfYear / 365.25,
        y: Math.log10(m.trainingComputeFlop),
        flop: m.trainingComputeFlop,
        modeled: m.provenance.kind === 'modeled',
        imputed: m.trainingComputeImputed === true,
        confidence: m.provenance.confidence ?? (m.provenance.kind === 'modeled' ? 'modeled' : 'unstated'),
      },
    ];
  });
}

/** The compute lines a template draws: its parameters that declare a chart line (engine/params.ts, `chartLine`). */
function linesOf(template: string): { param: string; label: string; dash: boolean; enabledBy?: string }[] {
  return (templateOf(template)?.params ?? []).flatMap((s) =>
    s.chartLine ? [{ param: s.key, ...s.chartLine }] : [],
  );
}

/** Return the active compute lines of a scenario's enabled measures. */
export function thresholdLines(
  scenario: Pick<Scenario, 'policies'>,
  colourOf: (policy: PolicyInstance, position: number) => string,
): ThresholdLine[] {
  const enabled = scenario.policies.filter((p) => p.enabled);
  return enabled.flatMap((policy, position) =>
    linesOf(policy.template)
      .filter((line) => !line.enabledBy || policy.params[line.enabledBy] !== false)
      .map((line) => ({
        policyId: policy.id,
        param: line.param,
        label: `${policy.title}: ${line.label}`,
        title: policy.title,
        name: line.label,
        value: policy.params[line.param] as number,
        colour: colourOf(policy, position),
        dash: line.dash,
      })),
  );
}

/** How a point's estimate is described in tooltips and exports, in the reader's language (English by default). */
export function estimateOf(p: ModelPoint, words: ChartWords = ENGLISH_CHART_WORDS): string {
  if (p.modeled) return words.t('estimateModeled');
  const confidence = confidenceLabel(p.confidence, words);
  return p.imputed ? words.t('estimateImputed', { confidence }) : words.t('estimate', { confidence });
}

/** A line's label in the reader's language: "US outbound rule: prohibited". */
export function lineLabelOf(line: ThresholdLine, words: ChartWords = ENGLISH_CHART_WORDS): string {
  return words.t('lineLabel', { title: line.title, line: lineName(line.name, words) });
}

/** Count the points strictly above a compute line (the rule says "greater than"). */
export function countAbove(points: readonly ModelPoint[], flop: number): number {
  let n = 0;
  for (const p of points) if (p.flop > flop) n++;
  return n;
}
