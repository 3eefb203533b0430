/** US chip export controls (ECCN 3A090, Entity List) read from the rules: docs/SOURCES.md. */
import type { Chip, Company, Outcome, PolicyInstance, Transaction } from '../../../src/engine';
import {
  flag,
  hqOn,
  inWindow,
  list,
  modelsOf,
  num,
  onList,
  type Params,
  quarterOrdinal,
  type ReferenceMeasure,
  type World,
} from '../reference-world';

/** §3.2: whether a chip is controlled under the rule version (unknown specs never meet a test). */
function controlled(chip: Chip, p: Params): boolean {
  const version = p.ruleVersion as string;
  const tpp = chip.tpp;
  const interconnect = chip.interconnectGBs;
  const density = chip.performanceDensity;
  if (version === 'none') return false;
  if (version === '2022') return tpp !== null && tpp >= 4800 && interconnect !== null && interconnect >= 600;
  if (version === '2023')
    return (
      (tpp !== null && tpp >= 4800) ||
      (chip.dataCenter && tpp !== null && tpp >= 1600 && density !== null && density >= 5.92)
    );
  const main =
    tpp !== null &&
    tpp >= num(p, 'tppThreshold') &&
    (!flag(p, 'useInterconnectTest') ||
      (interconnect !== null && interconnect >= num(p, 'interconnectThresholdGBs')));
  const densityTest =
    flag(p, 'useDensityTest') &&
    chip.dataCenter &&
    tpp !== null &&
    tpp >= num(p, 'densityTppThreshold') &&
    density !== null &&
    density >= num(p, 'densityThreshold');
  return main || densityTest;
}

/** The first date of a chip on a dated list, or null. */
function firstDate(p: Params, key: string, chipId: string): string | null {
  const dates = (p[key] as readonly { chipId: string; from: string }[])
    .filter((l) => l.chipId === chipId)
    .map((l) => l.from)
    .sort();
  return dates[0] ?? null;
}

/** Say whether the buyer's parent is Entity-Listed while the Affiliates rule is in force (29 Sep–9 Nov 2025 as enacted). */
function affiliateListed(world: World, p: Params, buyer: Company, date: string): boolean {
  const mode = p.affiliatesRule as string;
  if (mode === 'off' || buyer.parent === undefined) return false;
  const parent = world.company.get(buyer.parent);
  if (!parent || date < '2025-09-29' || (mode === 'as-enacted' && date >= '2025-11-10')) return false;
  return onList(world, parent, ['entity-list'], date);
}

function exportControls(world: World, policy: PolicyInstance, p: Params, t: Transaction): Outcome | null {
  if (t.kind !== 'chip-purchase' || !inWindow(policy, t.date)) return null;
  if (!list(p, 'supplierCountries').includes(t.supplierCountry)) return null;
  const buyer = t.companyId === null ? null : world.company.get(t.companyId)!;
  if (buyer && !list(p, 'targetCountries').includes(hqOn(buyer, t.date))) return null;
  if (
    buyer &&
    flag(p, 'entityList') &&
    (onList(world, buyer, ['entity-list'], t.date) || affiliateListed(world, p, buyer, t.date))
  )
    return 'denied';
  // The later of the two dated lists in effect wins: a licence granted after an is-informed letter, or the reverse.
  const licensed = firstDate(p, 'licensedChips', t.chipId);
  const informed = firstDate(p, 'informedChips', t.chipId);
  const licensedNow = licensed !== null && t.date >= licensed;
  const informedNow = informed !== null && t.date >= informed;
  if (licensedNow && (!informedNow || licensed! >= informed!)) return 'licence-required';
  if (informedNow) return 'denied';
  // The 2023 rule as enacted: the named data-centre chips from 23 Oct 2023, every other chip from 17 Nov 2023.
  if (p.ruleVersion === '2023' && p.phaseIn2023 === 'as-enacted') {
    const named = ['a100', 'a100-pcie', 'a800', 'a800-pcie', 'h100', 'h100-pcie', 'h800', 'l40s'].includes(
      t.chipId,
    );
    if (t.date < (named ? '2023-10-23' : '2023-11-17')) return null;
  }
  return controlled(world.chip.get(t.chipId)!, p) ? 'denied' : null;
}

/** §3.2: companies in the target countries whose models (released by the quarter's end) used controlled chips. */
function trainedOnControlledChips(world: World, p: Params, ordinals: readonly number[]): number[] {
  return ordinals.map(
    (q) =>
      world.dataset.companies.filter((company) =>
        modelsOf(world, company).some(
          (m) =>
            quarterOrdinal(m.date) <= q &&
            list(p, 'targetCountries').includes(hqOn(company, m.date)) &&
            (m.trainingChips ?? []).some((tc) => {
              const chip = world.chip.get(tc.chipId);
              return chip !== undefined && controlled(chip, p);
            }),
        ),
      ).length,
  );
}

export const exportControlsReference: ReferenceMeasure = {
  template: 'export-controls',
  kinds: ['chip-purchase'],
  outcome: (world, policy, p, t) => exportControls(world, policy, p, t),
  inScope: (world, _policy, p, company, date) =>
    flag(p, 'entityList') &&
    list(p, 'targetCountries').includes(hqOn(company, date)) &&
    (onList(world, company, ['entity-list'], date) || affiliateListed(world, p, company, date)),
  // Listed buyers are denied.
  inStoppedScope: () => true,
  extra: (world, p, ordinals) => ({
    companiesTrainedOnControlledChips: trainedOnControlledChips(world, p, ordinals),
  }),
};
