/**
 * Modeled chip purchases and model-access flows for the long tail. No aggregate of either is published for
 * Chinese AI firms, so these are labelled assumptions: which chip a firm could buy follows the rule timeline
 * of domain-facts B1; volumes are modest lognormal draws. The sourced core carries the large, named orders.
 */
import { addMonths, type ChipPurchase, dayOf, type Investment, isoOf, type ModelAccess } from '../../engine';
import { modeledProvenance } from './long-tail';
import {
  CHIP_MIN_ROUND_USD,
  CHIP_PURCHASE_PROBABILITY,
  CHIP_UNITS_MEDIAN,
  CHIP_UNITS_SIGMA,
  FLOW_EXCHANGES_MEDIAN,
  FLOW_EXCHANGES_SIGMA,
  FLOWS_PER_QUARTER,
} from './params';
import { Rng, round3 } from './prng';

/**
 * The chips a Chinese buyer would plausibly get in each period, with assumed shares. Boundaries are rule dates
 * (domain-facts B1): 7 Oct 2022 (A100/H100 controlled), 17 Oct 2023 (A800/H800 controlled), 9 Apr 2025 (H20
 * licence), ~8 Aug 2025 (H20 licences resume), 15 Jan 2026 (H200 case-by-case).
 */
export const CHIP_ERAS: readonly { readonly from: string; readonly chips: readonly [string, number][] }[] = [
  // Before the V100 shipped (Q3 2017) the catalogue has no chip a modeled buyer would take: no modeled purchase.
  { from: '2015-01-01', chips: [['v100', 1]] },
  { from: '2020-06-01', chips: [['a100', 1]] },
  {
    from: '2022-10-07',
    chips: [
      ['a800', 0.6],
      ['h800', 0.4],
    ],
  },
  {
    from: '2023-10-17',
    chips: [
      ['h20', 0.5],
      ['l20', 0.2],
      ['rtx-4090d', 0.1],
      ['ascend-910b', 0.2],
    ],
  },
  {
    from: '2025-04-09',
    chips: [
      ['ascend-910b', 0.7],
      ['rtx-4090d', 0.3],
    ],
  },
  {
    from: '2025-08-08',
    chips: [
      ['h20', 0.4],
      ['ascend-910b', 0.4],
      ['ascend-910c', 0.2],
    ],
  },
  {
    from: '2026-01-15',
    chips: [
      ['h200', 0.3],
      ['ascend-910c', 0.5],
      ['h20', 0.2],
    ],
  },
];

/**
 * When each era chip first reached buyers: a modeled purchase never names a chip before this date (an era may
 * start before one of its chips ships; its other chips then share the draw, and with none launched there is no
 * purchase). Sources are in `source`.
 */
export const CHIP_LAUNCHES: Readonly<Record<string, { readonly date: string; readonly source: string }>> = {
  v100: {
    date: '2017-07-01',
    source:
      'Unveiled at GTC on 10 May 2017, in products from Q3 2017 (The Inquirer, 10 May 2017; Leiphone, 11 May 2017)',
  },
  a100: {
    date: '2020-05-14',
    source:
      'A100 SXM4 released 14 May 2020 (TechPowerUp GPU database, as in https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator)',
  },
  a800: {
    date: '2022-11-01',
    source: 'Introduced for Chinese customers in November 2022 (Reuters, 8 Jan 2024)',
  },
  h800: {
    date: '2022-11-01',
    source: 'Introduced for Chinese customers in November 2022 (Reuters, 8 Jan 2024)',
  },
  'ascend-910b': {
    date: '2023-08-01',
    source: 'Baidu ordered 1,600 in August 2023 (data/sources/transactions.csv, chip-baidu-2023-08-910b)',
  },
  'rtx-4090d': {
    date: '2023-12-28',
    source:
      'Launched in China in late December 2023 (Reuters, 8 Jan 2024; TechNode, 4 Jan 2024: "last week")',
  },
  h20: {
    date: '2024-04-01',
    source: 'Launch delayed from November 2023; mass production from Q2 2024 (Reuters, 8 Jan 2024)',
  },
  l20: {
    date: '2024-04-01',
    source:
      'Unannounced on 8 Jan 2024 with the H20 and L2 (Reuters); taken to ship with the H20 from Q2 2024 (assumption)',
  },
  'ascend-910c': {
    date: '2025-01-01',
    source: 'No launch date in our sources: assumed on sale by 2025 (its era starts 8 Aug 2025)',
  },
  h200: {
    date: '2023-11-13',
    source: 'Announced 13 Nov 2023 (geektopia.es, 13 Nov 2023, cited in the chip catalogue)',
  },
};

/** US chips' maker country; everything else in the eras is Huawei's. */
const ORIGIN: Readonly<Record<string, string>> = { 'ascend-910b': 'CN', 'ascend-910c': 'CN' };

/** The era chip list in force on a date, without chips not yet launched then (possibly empty). */
export function eraChips(date: string): readonly [string, number][] {
  let chips = CHIP_ERAS[0]!.chips;
  for (const era of CHIP_ERAS) if (era.from <= date) chips = era.chips;
  return chips.filter(([id]) => (CHIP_LAUNCHES[id]?.date ?? '') <= date);
}

/** Chip purchases after large modeled rounds (a firm spends part of a big round on compute). */
export function modeledChipPurchases(
  rounds: readonly Investment[],
  asOf: string,
  seed: number,
): ChipPurchase[] {
  const rng = Rng.derive(seed, 'chips');
  const provenance = modeledProvenance(seed);
  const asOfDay = dayOf(asOf);
  const out: ChipPurchase[] = [];
  for (const r of rounds) {
    if (r.companyId === null || (r.amountUsd ?? 0) < CHIP_MIN_ROUND_USD) continue;
    if (rng.next() >= CHIP_PURCHASE_PROBABILITY) continue;
    const day = dayOf(r.date) + 30 + rng.int(150);
    if (day > asOfDay) continue;
    const date = isoOf(day);
    const era = eraChips(date);
    if (era.length === 0) continue; // no era chip had reached buyers yet
    const chipId = era[rng.weighted(era.map(([, w]) => w))]![0];
    out.push({
      id: `m-chip-${String(out.length + 1).padStart(4, '0')}`,
      kind: 'chip-purchase',
      date,
      companyId: r.companyId,
      chipId,
      units: Math.max(8, Math.round(round3(rng.lognormal(CHIP_UNITS_MEDIAN, CHIP_UNITS_SIGMA)))),
      supplierCountry: ORIGIN[chipId] ?? 'US',
      provenance,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Distillation-style flows from 2023 on: a few per quarter, by modeled firms that raised at least USD 20 m,
 * from OpenAI and Google APIs or Meta's open weights. Anthropic is left out: its Feb 2026 disclosure
 * attributes its >16 m exchanges to the three named labs, leaving no room for others.
 */
export function modeledAccessFlows(rounds: readonly Investment[], asOf: string, seed: number): ModelAccess[] {
  const rng = Rng.derive(seed, 'flows');
  const provenance = modeledProvenance(seed);
  const teachers = [
    { developer: 'OpenAI', country: 'US', access: 'closed-api' as const },
    { developer: 'Google', country: 'US', access: 'closed-api' as const },
    { developer: 'Meta', country: 'US', access: 'open-weights' as const },
  ];
  const out: ModelAccess[] = [];
  const asOfDay = dayOf(asOf);
  for (let q = dayOf('2023-01-01'); q <= asOfDay; q = addMonths(q, 3)) {
    const end = Math.min(addMonths(q, 3) - 1, asOfDay);
    const eligible = [
      ...new Set(
        rounds.flatMap((r) =>
          r.companyId !== null && (r.amountUsd ?? 0) >= 20e6 && dayOf(r.date) < q ? [r.companyId] : [],
        ),
      ),
    ];
    if (eligible.length === 0) continue;
    const n = Math.round((FLOWS_PER_QUARTER * (end - q + 1)) / (addMonths(q, 3) - q));
    for (let k = 0; k < n; k++) {
      const to = q + rng.int(end - q + 1);
      const teacher = teachers[rng.weighted([0.45, 0.3, 0.25])]!;
      out.push({
        id: `m-acc-${String(out.length + 1).padStart(4, '0')}`,
        kind: 'model-access',
        date: isoOf(to),
        companyId: rng.pick(eligible),
        teacher,
        exchanges: round3(rng.lognormal(FLOW_EXCHANGES_MEDIAN, FLOW_EXCHANGES_SIGMA)),
        provenance,
      });
    }
  }
  return out;
}
