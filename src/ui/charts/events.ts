/**
 * Key events marked on every time axis and listed in the timeline panel, each with a one-line note, the source
 * it rests on, and its place in the domain-facts reference with the reference's confidence tag. Only dates the
 * reference gives to the day are here; major events are numbered on the charts.
 */

export interface KeyEvent {
  /** ISO date, as given by the reference. */
  readonly date: string;
  /** Short label drawn on the axis and in lists. */
  readonly label: string;
  /** One line: what happened. */
  readonly note: string;
  /** The primary source, as the reference names it, then the reference section and confidence. */
  readonly source: string;
  /** Major events are numbered on charts; the others are marked without a number. */
  readonly major: boolean;
  /** What the event concerns, for grouping in the timeline. */
  readonly topic: 'chips' | 'capital' | 'models' | 'china';
}

export const KEY_EVENTS: readonly KeyEvent[] = [
  {
    date: '2019-05-16',
    label: 'Huawei listed',
    note: 'Huawei is added to the US Entity List.',
    source: 'Taiwan News; Epoch Times — domain-facts B1, B4 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2022-08-31',
    label: 'Is-informed letters',
    note: 'NVIDIA discloses a US "is-informed" letter: the A100 and H100 (and AMD’s MI250) need a licence for China, ahead of any rule.',
    source: 'NVIDIA Form 8-K, 31 Aug 2022 (Reuters, 31 Aug / 1 Sep 2022) — domain-facts B1 (medium)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2022-10-07',
    label: 'Oct 2022 chip rule',
    note: 'BIS controls advanced AI chips (new ECCN 3A090): TPP ≥ 4,800 and interconnect ≥ 600 GB/s, both needed.',
    source: 'BIS interim final rule (Thompson Hine; Magstone) — domain-facts B1, B2 (high)',
    major: true,
    topic: 'chips',
  },
  {
    date: '2023-01-17',
    label: 'Macau added',
    note: 'BIS extends the October 2022 advanced-computing controls to Macau (Hong Kong was already treated as China).',
    source:
      'BIS interim final rule, 88 FR 2821 (Steptoe; Thompson Hine, Jan 2023); not in the domain-facts reference',
    major: false,
    topic: 'chips',
  },
  {
    date: '2023-08-09',
    label: 'EO 14105',
    note: 'Executive Order 14105 orders an outbound investment programme; China, Hong Kong and Macau are the country of concern.',
    source: 'EO 14105, 88 FR 54867 — domain-facts A1 (high)',
    major: false,
    topic: 'capital',
  },
  {
    date: '2023-10-17',
    label: 'Oct 2023 chip rule',
    note: 'BIS announces the new rule: the interconnect condition is dropped, so TPP ≥ 4,800 alone catches the A800/H800; a performance-density test reaches data-centre chips below 4,800.',
    source: 'BIS rule, 88 FR 73458 — domain-facts B1, B2 (high)',
    major: true,
    topic: 'chips',
  },
  {
    date: '2023-10-23',
    label: 'Named chips controlled',
    note: 'The 2023 rule applies at once to the A100, A800, H100, H800 and L40S.',
    source: 'NVIDIA Form 8-K, 24 Oct 2023 — domain-facts B1 (high, rule); 8-K not in the reference',
    major: false,
    topic: 'chips',
  },
  {
    date: '2023-11-17',
    label: '2023 rule in force',
    note: 'The 2023 chip rule takes effect for every other chip.',
    source: 'BIS rule, 88 FR 73458 — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2024-11-15',
    label: 'Outbound rule published',
    note: 'Treasury publishes the final outbound investment rule (31 CFR 850).',
    source: '89 FR 90398 — domain-facts A1 (high)',
    major: false,
    topic: 'capital',
  },
  {
    date: '2024-12-02',
    label: 'HBM rule, 140 listings',
    note: 'BIS controls high-bandwidth memory and more chipmaking tools, and adds 140 entities to the Entity List.',
    source: '89 FR 96790 — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-01-02',
    label: 'Outbound rule',
    note: 'The US outbound investment rule takes effect for transactions completed from this day.',
    source: 'Treasury FAQ — domain-facts A1 (high)',
    major: true,
    topic: 'capital',
  },
  {
    date: '2025-01-15',
    label: 'Zhipu listed',
    note: 'Zhipu AI and Sophgo are among about 25 Chinese entities added to the Entity List.',
    source: 'DCD; Taiwan News — domain-facts B1, B4 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-04-09',
    label: 'H20 licence',
    note: 'A licence is now required to sell the NVIDIA H20 (and AMD MI308) to China; none is granted until August.',
    source: 'Nvidia 8-K via Tom’s Hardware — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-05-13',
    label: 'Diffusion rule rescinded',
    note: 'The AI Diffusion rule is rescinded; BIS warns that using Huawei Ascend chips risks violating US controls.',
    source: 'Alston & Bird; Akin — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-09-29',
    label: 'Affiliates rule',
    note: 'Entity List restrictions reach companies at least 50 % owned by listed parties.',
    source: 'BIS IFR 2025-19001 — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-11-10',
    label: 'Affiliates rule suspended',
    note: 'The Affiliates rule is suspended for one year under the Busan deal.',
    source: 'Fenwick; Freshfields; Thompson Hine — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2025-12-18',
    label: 'COINS Act',
    note: 'The COINS Act, in the FY2026 NDAA, writes the outbound programme into law and widens it.',
    source: 'Arnold & Porter; Akin; Latham — domain-facts A7 (high)',
    major: false,
    topic: 'capital',
  },
  {
    date: '2025-12-29',
    label: 'Meta–Manus deal',
    note: 'Meta agrees to acquire Manus, the agent start-up founded in China that moved to Singapore.',
    source: 'Reuters via btw.media; Nikkei — domain-facts C4 (high)',
    major: false,
    topic: 'capital',
  },
  {
    date: '2026-01-15',
    label: 'H200 case-by-case',
    note: 'BIS moves H200-class chips for China from presumed denial to case-by-case review.',
    source: 'Arent Fox Schiff — domain-facts B1 (high)',
    major: false,
    topic: 'chips',
  },
  {
    date: '2026-02-23',
    label: 'Distillation disclosed',
    note: 'Anthropic reports industrial-scale distillation of Claude by MiniMax, Moonshot AI and DeepSeek.',
    source: 'Anthropic, via fintool — domain-facts C1 (high)',
    major: false,
    topic: 'models',
  },
  {
    date: '2026-04-23',
    label: 'Apr 2026 escalation',
    note: 'OSTP memo NSTM-4 on distillation (23 Apr); Bloomberg reports China’s approval requirement for US capital (24 Apr).',
    source: 'Just Security; Bloomberg via summaries — domain-facts C1 (high), C3 (medium)',
    major: true,
    topic: 'models',
  },
  {
    date: '2026-04-27',
    label: 'Manus deal unwound',
    note: 'China’s NDRC orders the Meta–Manus deal unwound under the foreign-investment security review.',
    source: 'Trivium China; FT — domain-facts C4 (high)',
    major: false,
    topic: 'china',
  },
  {
    date: '2026-05-22',
    label: 'NDRC denial',
    note: 'China’s NDRC says it has never required firms to refuse foreign investment.',
    source: '36Kr / Securities Times — domain-facts C3 (high)',
    major: false,
    topic: 'china',
  },
  {
    date: '2026-07-01',
    label: 'Decree 837 in force',
    note: 'China’s Regulations on Outbound Investment (State Council Decree 837) take effect, with security reviews.',
    source: 'Conventus Law — domain-facts C3 (high for date; medium for details)',
    major: false,
    topic: 'china',
  },
];

/** Return the quarter label (e.g. 2022Q4) of an ISO date. */
export function quarterLabelOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The major events, in date order, numbered from 1 as on the charts. */
export const MAJOR_EVENTS: readonly KeyEvent[] = KEY_EVENTS.filter((e) => e.major);

/** The number a major event carries on the charts, or null for the others (found by date: one event a date). */
export function eventNumber(event: KeyEvent): number | null {
  const n = MAJOR_EVENTS.findIndex((e) => e.date === event.date);
  return n >= 0 ? n + 1 : null;
}

/** Key events grouped by the quarter they fall in (quarters in date order), for one marker per quarter. */
export function eventsByQuarter(quarters: readonly string[]): { quarter: string; events: KeyEvent[] }[] {
  const inRange = new Set(quarters);
  const groups = new Map<string, KeyEvent[]>();
  for (const e of KEY_EVENTS) {
    const q = quarterLabelOf(e.date);
    if (!inRange.has(q)) continue;
    const list = groups.get(q) ?? [];
    list.push(e);
    groups.set(q, list);
  }
  return [...groups.entries()].map(([quarter, events]) => ({ quarter, events }));
}
