/**
 * Fields the dataset format has and companies.csv has no column for (relocations, ownership, quantum
 * activities), each with the source that supports it. Applied on top of the CSV row by companies.ts.
 */
import type { Company } from '../../../src/engine/dataset/schema';
import { DOMAIN_FACTS } from './sources';

/** A curated addition to one company row, and why. */
export interface CompanyOverride {
  readonly hq?: string;
  readonly relocations?: Company['relocations'];
  readonly ownership?: Company['ownership'];
  readonly quantumActivities?: Company['quantumActivities'];
  readonly note: string;
  readonly sources: readonly string[];
}

/** Overrides by company id. */
export const COMPANY_OVERRIDES: Readonly<Record<string, CompanyOverride>> = {
  manus: {
    // hq is the headquarters before any relocation (the index reads relocations from then on).
    hq: 'CN',
    relocations: [{ date: '2025-07-01', hq: 'SG' }],
    note: 'HQ CN until about mid-2025, then Singapore (founders moved May–Jul 2025; "HQ move ~June/July 2025"); the relocation date 2025-07-01 is approximate.',
    sources: [`${DOMAIN_FACTS} §C4 (Manus timeline)`, 'companies.csv hq_history'],
  },
  msra: {
    ownership: { US: 1 },
    note: 'Wholly owned by Microsoft (US): recorded as ownership { US: 1 }. HQ stays CN because Epoch tags it China; an entity headquartered in the PRC is still a "person of a country of concern" under 31 CFR 850.221, so scenarios that should leave it out need to do so explicitly.',
    sources: ['companies.csv parent column ("Microsoft (US)")'],
  },
  'origin-quantum': {
    quantumActivities: ['computer'],
    note: 'Builds superconducting quantum computers (Wukong, 72 qubits): the outbound rule’s quantum-computer activity.',
    sources: ['https://thequantuminsider.com/2023/02/03/chinas-origin-quantum-ships-first-quantum-computer/'],
  },
  quantumctek: {
    quantumActivities: ['networking'],
    note: 'Quantum key distribution and quantum-communication equipment: the outbound rule’s quantum-network activity (secure communications such as QKD).',
    sources: [
      'https://brief.kharon.com/updates/us-restricts-exports-to-chinese-quantum-firm/',
      `${DOMAIN_FACTS} §A4.3 (quantum activities)`,
    ],
  },
};
