/**
 * Key events marked on every time axis, each with a one-line note and its source in the domain-facts reference.
 */

export interface KeyEvent {
  readonly date: string;
  /** Short label drawn on the axis. */
  readonly label: string;
  readonly note: string;
  readonly source: string;
  /** Major events are labelled on charts; the others are marked without a label. */
  readonly major: boolean;
}

export const KEY_EVENTS: readonly KeyEvent[] = [
  {
    date: '2019-05-16',
    label: 'Huawei listed',
    note: 'Huawei added to the US Entity List.',
    source: 'domain-facts B1 (high)',
    major: false,
  },
  {
    date: '2022-10-07',
    label: 'Oct 2022 chip rule',
    note: 'BIS controls advanced AI chips (ECCN 3A090): TPP ≥ 4800 and interconnect ≥ 600 GB/s.',
    source: 'domain-facts B1 (high)',
    major: true,
  },
  {
    date: '2023-10-17',
    label: 'Oct 2023 chip rule',
    note: 'BIS replaces the interconnect test with performance density, catching the A800 and H800.',
    source: 'domain-facts B1 (high)',
    major: true,
  },
  {
    date: '2025-01-02',
    label: 'Outbound rule',
    note: 'The US outbound investment rule (31 CFR 850) takes effect.',
    source: 'domain-facts A1 (high)',
    major: true,
  },
  {
    date: '2025-01-15',
    label: 'Zhipu listed',
    note: 'Zhipu AI added to the Entity List.',
    source: 'domain-facts B4 (high)',
    major: false,
  },
  {
    date: '2025-04-09',
    label: 'H20 licence',
    note: 'A licence is required to sell the NVIDIA H20 to China.',
    source: 'domain-facts B1 (high)',
    major: false,
  },
  {
    date: '2025-12-18',
    label: 'COINS Act',
    note: 'The COINS Act, in the FY2026 NDAA, codifies and widens the outbound programme.',
    source: 'domain-facts A7 (high)',
    major: false,
  },
  {
    date: '2026-01-15',
    label: 'H200 case-by-case',
    note: 'BIS moves H200-class chips to China to case-by-case review.',
    source: 'domain-facts B1 (high)',
    major: false,
  },
  {
    date: '2026-02-23',
    label: 'Distillation disclosed',
    note: 'Anthropic reports industrial-scale distillation by MiniMax, Moonshot and DeepSeek.',
    source: 'domain-facts C1 (high)',
    major: false,
  },
  {
    date: '2026-04-23',
    label: 'Apr 2026 escalation',
    note: "OSTP memo NSTM-4 on distillation (23 Apr); Bloomberg reports China's approval requirement for US capital (24 Apr).",
    source: 'domain-facts C1, C3 (high / medium)',
    major: true,
  },
  {
    date: '2026-05-22',
    label: 'NDRC denial',
    note: "China's NDRC says it has never required firms to refuse foreign investment.",
    source: 'domain-facts C3 (high)',
    major: false,
  },
];

/** Return the quarter label (e.g. 2022Q4) of an ISO date. */
export function quarterLabelOf(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
