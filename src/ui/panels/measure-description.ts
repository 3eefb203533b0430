/**
 * A measure card's description, written from its current settings rather than the template's fixed summary, so
 * it never says "above 1e25" after the line moved. The US outbound rule's lines and countries are filled in;
 * the chip rule's history is followed by the performance test this scenario applies; the other measures'
 * summaries hold no setting and are shown as written.
 */
import { type PolicyInstance, resolveParams, templateOf } from '../../engine';
import { formatSci } from '../format';

/** The countries the US outbound rule's summary names, in words (others by code). */
const COUNTRY_WORDS: Readonly<Record<string, string>> = { CN: 'China', HK: 'Hong Kong', MO: 'Macau' };

function countryList(codes: readonly string[]): string {
  const words = codes.map((c) => COUNTRY_WORDS[c] ?? c);
  if (words.length <= 1) return words[0] ?? 'no country';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function usOutbound(p: Record<string, unknown>): string {
  const prohibited = Number(p.prohibitedComputeFlop);
  const bio = Number(p.biologicalComputeFlop);
  const notifiable = Number(p.notifiableComputeFlop);
  const countries = countryList((p.countriesOfConcern as string[] | undefined) ?? []);
  const lines =
    notifiable < prohibited
      ? `Deals with a company that trained a model above ${formatSci(prohibited)} FLOP (${formatSci(bio)} for biological models) are prohibited; above ${formatSci(notifiable)}, notifiable.`
      : `Deals with a company that trained a model above ${formatSci(prohibited)} FLOP (${formatSci(bio)} for biological models) are prohibited. The notifiable line (${formatSci(notifiable)}) is not below the prohibited one, so compute alone makes no deal merely notifiable.`;
  return `Stops or requires notice of US investment into companies of ${countries} working on AI, advanced chips or quantum. ${lines}`;
}

/** The description of a measure as it is set now. */
export function describeMeasure(policy: PolicyInstance): string {
  const template = templateOf(policy.template);
  if (!template) return '';
  let params: Record<string, unknown>;
  try {
    params = resolveParams(template, policy.params) as Record<string, unknown>;
  } catch {
    return template.summary;
  }
  if (template.id === 'us-outbound') return usOutbound(params);
  if (template.id === 'export-controls') return `${template.summary} ${chipTest(params)}`;
  return template.summary;
}

/** The chip rule's performance test as set: the rule version's own words, or the custom tests' lines. */
function chipTest(p: Record<string, unknown>): string {
  const n = (v: unknown) => Number(v).toLocaleString('en-US');
  switch (p.ruleVersion) {
    case '2022':
      return 'In this scenario: the Oct 2022 test, TPP ≥ 4,800 and interconnect ≥ 600 GB/s.';
    case '2023':
      return 'In this scenario: the Oct 2023 test, TPP ≥ 4,800, or TPP ≥ 1,600 and performance density ≥ 5.92.';
    case 'none':
      return 'In this scenario: no performance test (listed chips and the Entity List only).';
    default: {
      const parts = [`TPP ≥ ${n(p.tppThreshold)}`];
      if (p.useInterconnectTest) parts[0] += ` and interconnect ≥ ${n(p.interconnectThresholdGBs)} GB/s`;
      if (p.useDensityTest)
        parts.push(`TPP ≥ ${n(p.densityTppThreshold)} and performance density ≥ ${n(p.densityThreshold)}`);
      return `In this scenario: custom tests, ${parts.join(', or ')}.`;
    }
  }
}

/**
 * Hints shown under a measure's controls when its settings contradict each other, by parameter key: e.g. a
 * prohibited line set below the notifiable line (every company above it is prohibited, none merely notifiable).
 */
export function settingHints(policy: PolicyInstance): Readonly<Record<string, string>> {
  if (policy.template !== 'us-outbound') return {};
  const template = templateOf(policy.template);
  if (!template) return {};
  let p: Record<string, unknown>;
  try {
    p = resolveParams(template, policy.params) as Record<string, unknown>;
  } catch {
    return {};
  }
  const prohibited = Number(p.prohibitedComputeFlop);
  const notifiable = Number(p.notifiableComputeFlop);
  const bio = Number(p.biologicalComputeFlop);
  const hints: Record<string, string> = {};
  if (prohibited <= notifiable)
    hints.prohibitedComputeFlop = `The prohibited line (${formatSci(prohibited)}) is ${prohibited < notifiable ? 'below' : 'at'} the notifiable line (${formatSci(notifiable)}): a company above ${formatSci(prohibited)} is prohibited, and no company is merely notifiable for its compute. In the rule the notifiable line is the lower one.`;
  if (bio > prohibited)
    hints.biologicalComputeFlop = `The biological-model line (${formatSci(bio)}) is above the prohibited line (${formatSci(prohibited)}), so it catches no one the prohibited line does not already catch.`;
  return hints;
}
