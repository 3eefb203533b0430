/**
 * Which glossary terms each parameter's help links to. Keys are parameter keys (the same key means the same
 * kind of thing in every measure that has it, e.g. `targetCountries`) and the projection assumptions. A test
 * checks that every parameter of every template has an entry and that every term exists.
 */
import { termById } from './glossary';

export const PARAM_TERMS: Readonly<Record<string, readonly string[]>> = {
  // US outbound investment rule
  prohibitedComputeFlop: ['flop', 'compute-line', 'prohibited'],
  biologicalComputeFlop: ['flop', 'compute-line', 'prohibited'],
  notifiableComputeFlop: ['flop', 'compute-line', 'notifiable'],
  ownershipThreshold: ['person-of-concern', 'covered-foreign-person', 'coins-act'],
  investorCountries: ['us-person', 'covered-transaction'],
  countriesOfConcern: ['country-of-concern', 'person-of-concern'],
  listedPersonsProhibited: ['listed-persons', 'entity-list', 'prohibited'],
  coveredLists: ['listed-persons', 'entity-list'],
  coverAi: ['covered-foreign-person', 'compute-line'],
  coverSemiconductors: ['covered-foreign-person', 'prohibited', 'notifiable'],
  coverQuantum: ['covered-foreign-person', 'prohibited'],
  exceptPublicSecurities: ['excepted'],
  lpDeMinimisUsd: ['lp-exception', 'excepted'],
  exceptBindingCommitments: ['excepted', 'effective-date'],
  lookaheadMonths: ['compute-line'],
  countSurveillanceTag: ['notifiable', 'prohibited'],
  knowledgeShare: ['knowledge-standard', 'covered-transaction'],
  parentTest: ['covered-foreign-person'],
  parentFinancialShare: ['covered-foreign-person'],
  jointVentureRoute: ['covered-foreign-person', 'covered-transaction'],
  coverControlledForeignEntities: ['controlled-foreign-entity', 'us-person'],
  coverKnowinglyDirected: ['controlled-foreign-entity', 'us-person'],
  coverConversions: ['covered-transaction'],
  exceptLpAssurance: ['lp-exception', 'excepted'],
  exemptedDeals: ['national-interest-exemption', 'excepted'],
  directionOrControl: ['coins-act', 'person-of-concern'],
  coverHypersonics: ['coins-act'],
  // US chip export controls
  ruleVersion: ['eccn-3a090', 'tpp', 'interconnect', 'performance-density'],
  entityList: ['entity-list', 'denied'],
  licensedChips: ['licence-required', 'h20'],
  informedChips: ['is-informed-letter', 'h20', 'denied'],
  phaseIn2023: ['eccn-3a090', 'a800-h800'],
  affiliatesRule: ['affiliates-rule', 'entity-list'],
  coveredInstruments: ['cn-approval-rule', 'covered-transaction'],
  tppThreshold: ['tpp', 'eccn-3a090'],
  useInterconnectTest: ['interconnect', 'a800-h800'],
  interconnectThresholdGBs: ['interconnect', 'a800-h800'],
  useDensityTest: ['performance-density'],
  densityTppThreshold: ['tpp', 'performance-density'],
  densityThreshold: ['performance-density'],
  supplierCountries: ['eccn-3a090'],
  targetCountries: ['country-of-concern'],
  // US crackdown on distillation
  detectionRate: ['distillation', 'blocked', 'nstm-4'],
  minExchanges: ['distillation'],
  listOnDetection: ['hr-8283', 'entity-list'],
  coveredAccess: ['closed-api', 'distillation'],
  teacherCountries: ['distillation'],
  // China's approval requirement
  approvalRate: ['cn-approval-rule', 'approval-required', 'denied'],
  scopeLeading: ['leading-firm', 'cn-approval-rule'],
  scopeValuation: ['cn-approval-rule'],
  minValuationUsd: ['cn-approval-rule'],
  scopeCompute: ['flop', 'cn-approval-rule'],
  minComputeFlop: ['flop', 'compute-line', 'cn-approval-rule'],
  reviewMonths: ['approval-required'],
  // Assumptions (data and projection)
  countImputedCompute: ['imputed-compute', 'epoch-estimate', 'compute-line'],
  computeGrowthPerYear: ['projection', 'flop', 'epoch-estimate'],
  dealVolumeTrendPerYear: ['projection', 'modeled-vs-sourced'],
  usShareTrendPerYear: ['projection', 'modeled-vs-sourced'],
};

/** Return the glossary terms a parameter's help links to (none for an unknown key). */
export function termsForParam(key: string | undefined): { id: string; term: string }[] {
  if (!key) return [];
  return (PARAM_TERMS[key] ?? []).flatMap((id) => {
    const t = termById(id);
    return t ? [{ id: t.id, term: t.term }] : [];
  });
}
