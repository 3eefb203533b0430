/**
 * US crackdown on model distillation (OSTP memo NSTM-4, 23 Apr 2026; H.R. 8283). docs/SOURCES.md (domain-facts C1).
 *
 * Acts on model-access flows by companies headquartered in `targetCountries` using teachers from
 * `teacherCountries`, through the covered access modes (closed APIs by default: open-weight use is licensed),
 * at or above `minExchanges` ("industrial scale"). A share `detectionRate` is detected and blocked; which flows
 * is decided by a seeded hash of the flow's id, so results are stable and grow monotonically with the rate.
 * With `listOnDetection`, a company with a detected flow is treated as Entity-Listed from that day, which the
 * export-control and outbound measures then read.
 */

import { hqFinding, inForceFinding } from '../clauses';
import { ACCESS_CODE, KIND_CODE } from '../dataset/codes';
import { countryFlags, FOREVER, hqAt, transactionsOfKind } from '../dataset/index-dataset';
import { isoOf } from '../dates';
import { declareParams, defineMeasure, type ParamsOf } from '../define-measure';
import { OUTCOME_CODE } from '../outcomes';
import type { DerivedListing, Finding, PolicyRun, PreparedPolicy } from '../policy';
import { lowerBound } from '../search';
import { companySubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once } from '../timeline';

export type DistillationParams = ParamsOf<typeof PARAMS>;

type BaseRun = Omit<PolicyRun<DistillationParams>, 'listings'>;

/** The model-access flows in force (positions, in date order) and a flag per flow: 0 not covered, 1 covered, 2 detected. */
interface Flows {
  readonly positions: Int32Array;
  readonly flags: Uint8Array;
}

/** Flows by the resolved parameters object of a run, which `deriveListings` and `prepare` of one run share. */
const classified = new WeakMap<object, Flows>();

/** Classify the model-access flows in force: covered (detected or not) and detected. */
function classify(run: BaseRun): Flows {
  const known = classified.get(run.params);
  if (known) return known;
  const { index, params: p } = run;
  const tx = index.tx;
  const target = countryFlags(index, p.targetCountries);
  const teacher = countryFlags(index, p.teacherCountries);
  let accessMask = 0;
  for (const a of p.coveredAccess) accessMask |= 1 << ACCESS_CODE[a];
  const uniforms = run.uniforms();
  const positions = transactionsOfKind(index, KIND_CODE['model-access'], run.fromDay, run.toDay);
  const flags = new Uint8Array(positions.length);
  for (let j = 0; j < positions.length; j++) {
    const t = positions[j]!;
    const c = tx.company[t]!;
    if (c >= 0 && !target[hqAt(index, c, tx.day[t]!)]) continue;
    if (!teacher[tx.teacherCountry[t]!] || (accessMask & (1 << tx.access[t]!)) === 0) continue;
    const exchanges = tx.exchanges[t]!;
    if (!((Number.isNaN(exchanges) ? 0 : exchanges) >= p.minExchanges)) continue;
    flags[j] = uniforms[t]! < p.detectionRate ? 2 : 1;
  }
  const flows = { positions, flags };
  classified.set(run.params, flows);
  return flows;
}

/** Return the flag of transaction t (0 if it is not a flow in force). */
function flagOf(flows: Flows, t: number): number {
  const j = lowerBound(flows.positions, t);
  return j < flows.positions.length && flows.positions[j] === t ? flows.flags[j]! : 0;
}

/** The parameters: the clause each models, the default and its source, the glossary terms, any chart line. */
const PARAMS = declareParams({
  detectionRate: {
    kind: 'number',
    terms: ['distillation', 'blocked', 'nstm-4'],
    label: 'Detection rate',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    primary: true,
    clause: 'NSTM-4: information sharing and coordinated defences',
    source: 'modeling assumption (no published rate)',
    confidence: 'unconfirmed',
    help: 'The share of covered flows that US developers detect and block. No rate has been published; 0.5 is a neutral assumption.',
  },
  minExchanges: {
    kind: 'number',
    terms: ['distillation'],
    label: 'Minimum exchanges',
    unit: 'exchanges',
    min: 0,
    max: 1e9,
    logScale: true,
    default: 100000,
    primary: true,
    clause: 'NSTM-4: "industrial-scale" distillation',
    source: 'domain-facts C1–C2 (Anthropic: >16 m exchanges over ~24,000 accounts; DeepSeek >150,000)',
    confidence: 'medium',
    help: 'Flows below this volume are not treated as industrial scale. Flows with no reported volume count as zero.',
  },
  listOnDetection: {
    kind: 'boolean',
    terms: ['hr-8283', 'entity-list'],
    label: 'Entity-List detected labs',
    default: false,
    primary: true,
    clause: 'H.R. 8283 §3: allows Entity List additions',
    source:
      'domain-facts C1 (bill advanced in committee; Reuters: listing of DeepSeek recommended, held back)',
    confidence: 'medium',
    help: 'Treat a company with a detected flow as Entity-Listed from that day. The export-control and outbound measures read it.',
  },
  coveredAccess: {
    kind: 'choices',
    terms: ['closed-api', 'distillation'],
    label: 'Covered access',
    default: ['closed-api'],
    options: [
      { value: 'closed-api', label: 'Closed API' },
      { value: 'open-weights', label: 'Open weights' },
    ],
    clause:
      'NSTM-4 concerns closed models; open weights are published under licences that differ (Llama 2 barred improving other models with its outputs)',
    source: 'domain-facts C1',
    confidence: 'medium',
    help: 'Which access modes count. Open weights are off by default because NSTM-4 concerns closed models reached through their APIs. Open-weights licences differ: most (e.g. MIT, Apache 2.0) allow training other models on the outputs, but the Llama 2 licence barred using its outputs to improve any other large language model. Add open weights to count such use.',
  },
  targetCountries: {
    kind: 'countries',
    terms: ['country-of-concern'],
    label: 'Target countries',
    default: ['CN', 'HK', 'MO'],
    clause: 'NSTM-4: entities "principally based in China"',
    source: 'domain-facts C1',
    confidence: 'high',
    help: 'Labs headquartered here are covered.',
  },
  teacherCountries: {
    kind: 'countries',
    terms: ['distillation'],
    label: 'Teacher countries',
    default: ['US'],
    clause: 'NSTM-4: US AI models',
    source: 'domain-facts C1',
    confidence: 'high',
    help: 'Flows from models developed here are covered.',
  },
});

export const distillation = defineMeasure({
  id: 'distillation',
  title: 'US crackdown on distillation',
  summary:
    'Targets Chinese labs that copy US models by harvesting their outputs through closed APIs at industrial scale. Detected flows are blocked; listing detected labs on the Entity List also cuts them off from US chips.',
  jurisdiction: 'US',
  legalBasis:
    'OSTP memorandum NSTM-4 (23 Apr 2026); H.R. 8283, Deterring American AI Model Theft Act of 2026 (not enacted)',
  defaultEffectiveFrom: '2026-04-23',
  effectiveFromSource:
    'NSTM-4 signed 23 Apr 2026 (domain-facts C1, high). It names no enforcement mechanism; the blocking modelled here is a scenario.',
  kinds: ['model-access'],
  outcomes: ['blocked'],
  params: PARAMS,
  deriveListings(run): DerivedListing[] {
    if (!run.params.listOnDetection) return [];
    const { positions, flags } = classify(run);
    const out: DerivedListing[] = [];
    for (let j = 0; j < positions.length; j++) {
      const t = positions[j]!;
      const c = run.index.tx.company[t]!;
      if (flags[j] === 2 && c >= 0)
        out.push({ company: c, day: run.index.tx.day[t]!, list: 'entity-list', byPolicy: run.instance.id });
    }
    return out;
  },
  prepare(run): PreparedPolicy {
    const { index, params: p } = run;
    const flows = classify(run);
    const { positions, flags } = flows;
    const tx = index.tx;
    const firstCovered = new Int32Array(index.companies.count).fill(FOREVER);
    for (let j = 0; j < positions.length; j++) {
      const t = positions[j]!;
      const c = tx.company[t]!;
      if (flags[j]! > 0 && c >= 0 && tx.day[t]! < firstCovered[c]!) firstCovered[c] = tx.day[t]!;
    }
    const scope = once(() =>
      deriveTimeline(
        buildTimeline(
          index.companies.count,
          (c, out) => {
            if (firstCovered[c]! !== FOREVER) out.push(firstCovered[c]!);
          },
          (c, day) => (firstCovered[c]! <= day ? 1 : 0),
        ),
        // A covered flow is blocked when detected: the scope status is the outcome a detected flow gets.
        (status) => (status ? OUTCOME_CODE.blocked : 0),
        run.fromDay,
        run.toDay,
      ),
    );
    const kind = KIND_CODE['model-access'];
    return {
      evaluate(out, only) {
        // The flags already cover exactly the flows in force: one rule for every transaction or a few.
        if (only) {
          for (let j = 0; j < only.length; j++)
            out[only[j]!] = flagOf(flows, only[j]!) === 2 ? OUTCOME_CODE.blocked : 0;
          return;
        }
        for (let j = 0; j < positions.length; j++)
          out[positions[j]!] = flags[j] === 2 ? OUTCOME_CODE.blocked : 0;
      },
      get scope() {
        return scope();
      },
      inScope(c, day) {
        return day >= run.fromDay && day <= run.toDay && firstCovered[c]! <= day;
      },
      explainTransaction(t) {
        if (tx.kind[t] !== kind) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const record = index.dataset.transactions[tx.source[t]!];
        const teacher = record?.kind === 'model-access' ? record.teacher : null;
        const subject = transactionSubject(index, t);
        const exchanges = tx.exchanges[t]!;
        const findings: Finding[] = [
          inForceFinding(run, day, 'NSTM-4', 'Flow', subject),
          {
            clause: 'NSTM-4',
            test: `Teacher model from ${p.teacherCountries.join(', ')}`,
            met: !!teacher && p.teacherCountries.includes(teacher.country),
            value: teacher ? `${teacher.developer} (${teacher.country})` : null,
            ...subject,
            param: 'teacherCountries',
          },
          {
            clause: 'NSTM-4',
            test: `Access through ${p.coveredAccess.join(' or ') || 'no covered mode'}`,
            met: !!teacher && p.coveredAccess.includes(teacher.access),
            value: teacher?.access ?? null,
            ...subject,
            param: 'coveredAccess',
          },
          {
            clause: 'NSTM-4 ("industrial scale")',
            test: `At least ${p.minExchanges} exchanges`,
            met: (Number.isNaN(exchanges) ? 0 : exchanges) >= p.minExchanges,
            value: Number.isNaN(exchanges) ? null : exchanges,
            threshold: p.minExchanges,
            unit: 'exchanges',
            ...(Number.isNaN(exchanges) || p.minExchanges === 0
              ? {}
              : { margin: exchanges / p.minExchanges, marginKind: 'ratio' as const }),
            ...subject,
            param: 'minExchanges',
          },
        ];
        if (c >= 0) {
          findings.splice(
            1,
            0,
            hqFinding(
              index,
              c,
              day,
              p.targetCountries,
              'NSTM-4',
              'Lab',
              'targetCountries',
              companySubject(index, c),
            ),
          );
        }
        const flag = flagOf(flows, t);
        if (flag > 0) {
          const u = run.uniforms()[t]!;
          findings.push({
            clause: 'Modeled detection',
            test: `Detected (seeded draw ${u.toFixed(3)} below the detection rate)`,
            met: flag === 2,
            outcome: 'blocked',
            value: u,
            threshold: p.detectionRate,
            ...subject,
            param: 'detectionRate',
          });
        }
        return findings;
      },
      explainCompany(c, day) {
        const covered = firstCovered[c]!;
        return [
          {
            clause: 'NSTM-4',
            test: 'Has an industrial-scale covered flow by this date',
            met: covered <= day && day >= run.fromDay,
            value: covered <= day ? `first covered flow ${isoOf(covered)}` : 'none',
            ...companySubject(index, c),
          },
        ];
      },
      releaseCandidates() {
        return [
          { param: 'detectionRate', from: p.detectionRate, to: 0, note: 'detect nothing' },
          { param: 'minExchanges', from: p.minExchanges, to: 1e9, note: 'raise the volume line' },
        ];
      },
    };
  },
});
