/**
 * China's approval requirement for US capital (reported by Bloomberg, 24 Apr 2026). docs/SOURCES.md (domain-facts C3).
 *
 * Acts on investments by the instruments the report names (new funding rounds and secondary share sales, by
 * default) with an investor from `investorCountries` into a company headquartered in `targetCountries`
 * (mainland China by default; Hong Kong and Macau as an option) that is in scope: a leading firm, or one valued at or above
 * `minValuationUsd` on the deal date, or one that released a model above `minComputeFlop` — each criterion a
 * toggle. In scope → approval required; a share 1 − `approvalRate` (seeded hash of the deal id) → denied.
 * Beijing denied having such a rule on 22 May 2026, and no thresholds were published: every default is a
 * modeling assumption, and the interface says so.
 */

import { hqFinding, inForceFinding } from '../clauses';
import { INSTRUMENT_CODE, KIND_CODE, maskOf } from '../dataset/codes';
import {
  countryFlags,
  FOREVER,
  hasInvestorFrom,
  hqAt,
  investmentsWithInvestorFrom,
  relocationDays,
  withinDays,
} from '../dataset/index-dataset';
import type { Instrument } from '../dataset/schema';
import { addMonths, isoOf } from '../dates';
import { declareParams, defineMeasure, type ParamsOf } from '../define-measure';
import { firstDayAbove, largestModelBy, valuationAt } from '../models';
import { OUTCOME_CODE } from '../outcomes';
import type { Finding, ParamChange, PreparedPolicy } from '../policy';
import { companySubject, modelSubject, transactionSubject } from '../subjects';
import { buildTimeline, deriveTimeline, once, statusOn } from '../timeline';

export type CnApprovalParams = ParamsOf<typeof PARAMS>;

const INSTRUMENT_OPTIONS: readonly { value: Instrument; label: string }[] = [
  { value: 'equity', label: 'New equity (funding rounds)' },
  { value: 'secondary', label: 'Secondary share sales' },
  { value: 'contingent-equity', label: 'Options, warrants, SAFEs' },
  { value: 'convertible-debt', label: 'Convertible debt' },
  { value: 'conversion', label: 'Conversions into equity' },
  { value: 'joint-venture', label: 'Joint ventures' },
  { value: 'acquisition', label: 'Acquisitions' },
  { value: 'lp-fund', label: 'Fund interests' },
  { value: 'public-securities', label: 'Listed shares' },
  { value: 'greenfield', label: 'Greenfield' },
  { value: 'debt', label: 'Plain debt' },
];

const INSTRUMENTS_BY_CODE = Object.keys(INSTRUMENT_CODE) as Instrument[];

const UNCERTAIN =
  'Reported by Bloomberg on 24 Apr 2026; China\'s NDRC said on 22 May 2026 that it "has never required" firms to refuse foreign investment, and no thresholds were published.';

/** The parameters: the clause each models, the default and its source, the glossary terms, any chart line. */
const PARAMS = declareParams({
  approvalRate: {
    kind: 'number',
    terms: ['cn-approval-rule', 'approval-required', 'denied'],
    label: 'Approval rate',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.3,
    primary: true,
    clause: 'Reported approval requirement',
    source: 'modeling assumption (no published rate)',
    confidence: 'unconfirmed',
    help: `The share of in-scope deals Beijing approves; the rest are denied. ${UNCERTAIN}`,
  },
  scopeLeading: {
    kind: 'boolean',
    terms: ['leading-firm', 'cn-approval-rule'],
    label: 'Leading firms in scope',
    default: true,
    primary: true,
    clause: 'Reported scope: "leading tech firms, including top AI start-ups"',
    source: 'domain-facts C3',
    confidence: 'medium',
    help: 'Firms named as leading or national-champion firms (the AI tigers, the AI national team, ByteDance, DeepSeek).',
  },
  scopeValuation: {
    kind: 'boolean',
    terms: ['cn-approval-rule'],
    label: 'Valuation test',
    default: true,
    clause: 'No threshold published',
    source: 'modeling assumption',
    confidence: 'unconfirmed',
    help: `Firms valued at or above the valuation line on the deal date. ${UNCERTAIN}`,
  },
  minValuationUsd: {
    kind: 'number',
    terms: ['cn-approval-rule'],
    label: 'Valuation threshold',
    unit: 'USD',
    min: 1e7,
    max: 1e12,
    logScale: true,
    default: 1e9,
    clause: 'No threshold published',
    source: 'modeling assumption ("unicorn" line)',
    confidence: 'unconfirmed',
    help: 'The valuation line for the valuation test.',
  },
  scopeCompute: {
    kind: 'boolean',
    terms: ['flop', 'cn-approval-rule'],
    label: 'Compute test',
    default: true,
    clause: 'No threshold published',
    source: 'modeling assumption',
    confidence: 'unconfirmed',
    help: 'Firms that released a model above the compute line by the deal date.',
  },
  minComputeFlop: {
    kind: 'number',
    terms: ['flop', 'compute-line', 'cn-approval-rule'],
    chartLine: { label: 'China approval', dash: true, enabledBy: 'scopeCompute' },
    label: 'Compute threshold',
    unit: 'FLOP',
    min: 1e20,
    max: 1e28,
    logScale: true,
    default: 1e24,
    clause: 'No threshold published',
    source: 'modeling assumption',
    confidence: 'unconfirmed',
    help: 'The compute line for the compute test (total training operations).',
  },
  reviewMonths: {
    kind: 'number',
    terms: ['approval-required'],
    label: 'Review time',
    unit: 'months',
    min: 0,
    max: 24,
    integer: true,
    default: 0,
    clause: 'No review period published',
    source: 'modeling assumption',
    confidence: 'unconfirmed',
    help: "Months an approved deal waits for approval; shown in each deal's explanation. 0 models no delay.",
  },
  investorCountries: {
    kind: 'countries',
    terms: ['us-person', 'covered-transaction'],
    label: 'Investor countries',
    default: ['US'],
    clause: 'Reported scope: US capital',
    source: 'domain-facts C3',
    confidence: 'medium',
    help: 'Deals with an investor from these countries need approval.',
  },
  targetCountries: {
    kind: 'countries',
    terms: ['country-of-concern'],
    label: 'Target countries',
    default: ['CN'],
    clause: 'Reported scope: Chinese firms (mainland regulators, led by the NDRC)',
    source: 'domain-facts C3',
    confidence: 'medium',
    help: 'Targets headquartered here are covered. The report concerns mainland firms; add HK and MO to test a wider reading.',
  },
  coveredInstruments: {
    kind: 'choices',
    terms: ['cn-approval-rule', 'covered-transaction'],
    label: 'Instruments covered',
    default: INSTRUMENT_OPTIONS.map((o) => o.value),
    options: INSTRUMENT_OPTIONS,
    clause: 'Reported scope: US investors in new rounds, and secondary share sales to US investors',
    source: 'domain-facts C3 (Bloomberg, 24 Apr 2026; content medium); default kept for old links',
    confidence: 'medium',
    help: 'The report names new funding rounds and secondary share sales to US investors; the presets cover those two. The default, every instrument, keeps links made before this setting existed meaning what they meant.',
  },
});

export const cnApproval = defineMeasure({
  id: 'cn-approval',
  title: "China's approval requirement for US capital",
  summary: `Leading Chinese AI firms must get government approval before taking US money. ${UNCERTAIN}`,
  jurisdiction: 'CN',
  legalBasis: 'Reported NDRC guidance (Bloomberg, 24 Apr 2026); denied by the NDRC on 22 May 2026',
  defaultEffectiveFrom: '2026-04-24',
  effectiveFromSource: 'Bloomberg report of 24 Apr 2026 (domain-facts C3: report high, content medium)',
  kinds: ['investment'],
  outcomes: ['approval-required', 'denied'],
  params: PARAMS,
  prepare(run): PreparedPolicy {
    const { index, params: p } = run;
    const investor = countryFlags(index, p.investorCountries);
    const target = countryFlags(index, p.targetCountries);
    const compute = firstDayAbove(index, p.minComputeFlop);
    const tx = index.tx;
    const kind = KIND_CODE.investment;
    const instruments = maskOf(INSTRUMENT_CODE, p.coveredInstruments);
    const coveredInstrument = (t: number) => (instruments & (1 << tx.instrument[t]!)) !== 0;

    function inScopeOn(c: number, day: number): boolean {
      if (!target[hqAt(index, c, day)]) return false;
      if (p.scopeLeading && index.companies.leading[c]) return true;
      if (p.scopeCompute && day >= compute.day[c]!) return true;
      return p.scopeValuation && valuationAt(index, c, day) >= p.minValuationUsd;
    }

    function explainCompany(c: number, day: number): Finding[] {
      const company = companySubject(index, c);
      const m = largestModelBy(index, c, day);
      const flop = m >= 0 ? index.models.computeFlop[m]! : null;
      const valuation = valuationAt(index, c, day);
      const findings: Finding[] = [
        hqFinding(index, c, day, p.targetCountries, 'Reported requirement', '', 'targetCountries', company),
      ];
      if (p.scopeLeading)
        findings.push({
          clause: 'Reported scope',
          test: 'Named as a leading firm',
          met: index.companies.leading[c] === 1,
          outcome: 'approval-required',
          value: index.companies.leading[c] === 1,
          ...company,
          param: 'scopeLeading',
        });
      if (p.scopeValuation)
        findings.push({
          clause: 'Modeled scope',
          test: 'Valued at or above the valuation line',
          met: valuation >= p.minValuationUsd,
          outcome: 'approval-required',
          value: Number.isNaN(valuation) ? null : valuation,
          threshold: p.minValuationUsd,
          unit: 'USD',
          ...(Number.isNaN(valuation)
            ? {}
            : { margin: valuation / p.minValuationUsd, marginKind: 'ratio' as const }),
          ...company,
          param: 'minValuationUsd',
        });
      if (p.scopeCompute)
        findings.push({
          clause: 'Modeled scope',
          test: 'Released a model above the compute line',
          met: flop !== null && flop > p.minComputeFlop,
          outcome: 'approval-required',
          value: flop,
          threshold: p.minComputeFlop,
          unit: 'FLOP',
          ...(flop !== null ? { margin: flop / p.minComputeFlop, marginKind: 'ratio' as const } : {}),
          ...(m >= 0 ? modelSubject(index, m) : company),
          param: 'minComputeFlop',
        });
      return findings;
    }

    // In scope changes only when a company relocates, crosses the compute line or gets a new valuation.
    const timeline = once(() =>
      buildTimeline(
        index.companies.count,
        (c, out) => {
          relocationDays(index, c, out);
          if (compute.day[c]! !== FOREVER) out.push(compute.day[c]!);
          const valuations = index.companies.valuations[c];
          if (p.scopeValuation && valuations) for (const v of valuations) out.push(v.day);
        },
        (c, day) => (inScopeOn(c, day) ? 1 : 0),
      ),
    );
    const scope = once(() =>
      deriveTimeline(
        timeline(),
        (status) => (status ? OUTCOME_CODE['approval-required'] : 0),
        run.fromDay,
        run.toDay,
      ),
    );
    const outcomeOfDraw = (t: number) =>
      run.uniforms()[t]! < p.approvalRate ? OUTCOME_CODE['approval-required'] : OUTCOME_CODE.denied;

    return {
      evaluate(out, only) {
        if (only) {
          for (let j = 0; j < only.length; j++) {
            const t = only[j]!;
            const day = tx.day[t]!;
            const c = tx.company[t]!;
            const covered =
              tx.kind[t] === kind &&
              day >= run.fromDay &&
              day <= run.toDay &&
              c >= 0 &&
              coveredInstrument(t) &&
              hasInvestorFrom(index, t, investor) &&
              inScopeOn(c, day);
            out[t] = covered ? outcomeOfDraw(t) : 0;
          }
          return;
        }
        const status = timeline();
        const uniforms = run.uniforms();
        const { day: days, company } = tx;
        // Investments with an investor from the covered countries, dated while the requirement is in force.
        const positions = withinDays(
          index,
          investmentsWithInvestorFrom(index, p.investorCountries),
          run.fromDay,
          run.toDay,
        );
        for (let j = 0; j < positions.length; j++) {
          const t = positions[j]!;
          const c = company[t]!;
          if (c < 0 || !coveredInstrument(t) || statusOn(status, c, days[t]!) === 0) continue;
          out[t] = uniforms[t]! < p.approvalRate ? OUTCOME_CODE['approval-required'] : OUTCOME_CODE.denied;
        }
      },
      get scope() {
        return scope();
      },
      inScope(c, day) {
        return day >= run.fromDay && day <= run.toDay && inScopeOn(c, day);
      },
      explainTransaction(t) {
        if (tx.kind[t] !== kind) return [];
        const day = tx.day[t]!;
        const c = tx.company[t]!;
        const subject = transactionSubject(index, t);
        const findings: Finding[] = [
          inForceFinding(run, day, 'Reported requirement', 'Deal', subject),
          {
            clause: 'Reported requirement',
            test: `An investor from ${p.investorCountries.join(', ')}`,
            met: hasInvestorFrom(index, t, investor),
            ...subject,
            param: 'investorCountries',
          },
          {
            clause: 'Reported scope',
            test: 'An instrument the report names (new rounds, secondary share sales) or one added',
            met: coveredInstrument(t),
            value: INSTRUMENTS_BY_CODE[tx.instrument[t]!] ?? null,
            ...subject,
            param: 'coveredInstruments',
          },
        ];
        if (c < 0) return findings;
        findings.push(...explainCompany(c, day));
        if (
          day >= run.fromDay &&
          day <= run.toDay &&
          coveredInstrument(t) &&
          hasInvestorFrom(index, t, investor) &&
          inScopeOn(c, day)
        ) {
          const u = run.uniforms()[t]!;
          const approved = u < p.approvalRate;
          findings.push({
            clause: 'Modeled review',
            test: approved
              ? `Approved in the modeled review (seeded draw ${u.toFixed(3)} below the approval rate)${p.reviewMonths ? `; closing delayed ${p.reviewMonths} months to ${isoOf(addMonths(day, p.reviewMonths))}` : ''}`
              : `Denied in the modeled review (seeded draw ${u.toFixed(3)} at or above the approval rate)`,
            met: !approved,
            outcome: 'denied',
            value: u,
            threshold: p.approvalRate,
            ...subject,
            param: 'approvalRate',
          });
        }
        return findings;
      },
      explainCompany,
      releaseCandidates(): ParamChange[] {
        const out: ParamChange[] = [];
        if (p.scopeLeading)
          out.push({ param: 'scopeLeading', from: true, to: false, note: 'take leading firms out of scope' });
        if (p.scopeValuation)
          out.push({ param: 'scopeValuation', from: true, to: false, note: 'drop the valuation test' });
        if (p.scopeCompute)
          out.push({ param: 'scopeCompute', from: true, to: false, note: 'drop the compute test' });
        return out;
      },
    };
  },
});
