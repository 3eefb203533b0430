/**
 * Dataset format v1: the public contract for the data Yardstick runs on (docs/DATA.md §4).
 * One JSON document holds companies, models, chips and transactions, each with provenance. Fields may be
 * added; removing or renaming one needs a version bump and a converter.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';

export const DATASET_FORMAT = 'yardstick-dataset';
export const DATASET_VERSION = 1;

const isoDate = z
  .string()
  .refine(isIsoDate, { error: (iss) => `expected YYYY-MM-DD, got ${JSON.stringify(iss.input)}` });
const country = z.string().regex(/^[A-Z]{2}$/, {
  error: (iss) => `expected a two-letter country code such as CN, got ${JSON.stringify(iss.input)}`,
});
const nonNegative = z.number().finite().nonnegative();
const share = z.number().finite().min(0).max(1);

export const COMPANY_KINDS = ['company', 'university', 'government-lab', 'nonprofit-lab'] as const;
/** `hypersonics` is a COINS Act sector (FY2026 NDAA); Part 850 does not cover it. */
export const SECTORS = ['ai', 'semiconductors', 'quantum', 'hypersonics'] as const;
export const SEMICONDUCTOR_ACTIVITIES = [
  'eda',
  'equipment',
  'advanced-design',
  'design',
  'advanced-fab',
  'fab',
  'advanced-packaging',
  'packaging',
  'supercomputer',
] as const;
export const QUANTUM_ACTIVITIES = ['computer', 'sensing-military', 'networking'] as const;
export const END_USES = [
  'general',
  'military',
  'intelligence',
  'surveillance',
  'cybersecurity',
  'forensics',
  'penetration-testing',
  'robotics',
  'biology',
] as const;
/** US lists. `dod-1260h` (the Pentagon's Section 1260H list) is recorded for context; no measure reads it by default. */
export const LISTS = ['entity-list', 'meu', 'sdn', 'ns-cmic', 'dod-1260h'] as const;
export const INSTRUMENTS = [
  'equity',
  'contingent-equity',
  'convertible-debt',
  'debt',
  'public-securities',
  'lp-fund',
  'joint-venture',
  'greenfield',
  'secondary',
  'acquisition',
  /** Conversion of a contingent equity interest (option, warrant, convertible) into equity: 31 CFR 850.210. */
  'conversion',
] as const;
/**
 * Kinds of transaction. The first three are deals, which measures act on; `hardware-in-use` is evidence that a
 * company used chips (e.g. a model trained on them), not a purchase: no measure counts it as allowed or denied.
 */
export const TRANSACTION_KINDS = ['investment', 'chip-purchase', 'model-access', 'hardware-in-use'] as const;
/** The transaction kinds that are deals (capital, chips, models): what measures act on and shares are counted of. */
export const DEAL_KINDS = ['investment', 'chip-purchase', 'model-access'] as const;
export const ACCESS_MODES = ['closed-api', 'open-weights'] as const;
/** Our own scale (high, medium, low, unconfirmed) and Epoch AI's (confident, likely, speculative, unverified). */
export const CONFIDENCES = [
  'high',
  'medium',
  'low',
  'unconfirmed',
  'confident',
  'likely',
  'speculative',
  'unverified',
] as const;

export const ProvenanceSchema = z.strictObject({
  kind: z.enum(['sourced', 'modeled']),
  sources: z.array(z.string().min(1)),
  confidence: z.enum(CONFIDENCES).optional(),
  notes: z.string().optional(),
});

export const CompanySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The organisation's own Chinese name, where public (docs/DATA.md, "Chinese names"); shown on Chinese pages. */
  nameZh: z.string().min(1).optional(),
  kind: z.enum(COMPANY_KINDS),
  hq: country,
  ownership: z.record(country, share).optional(),
  relocations: z.array(z.strictObject({ date: isoDate, hq: country })).optional(),
  sectors: z.array(z.enum(SECTORS)),
  semiconductorActivities: z.array(z.enum(SEMICONDUCTOR_ACTIVITIES)).optional(),
  quantumActivities: z.array(z.enum(QUANTUM_ACTIVITIES)).optional(),
  endUses: z.array(z.strictObject({ use: z.enum(END_USES), exclusive: z.boolean() })),
  listings: z
    .array(
      z.strictObject({
        list: z.enum(LISTS),
        from: isoDate,
        to: isoDate.optional(),
        notes: z.string().optional(),
      }),
    )
    .optional(),
  leading: z.boolean().optional(),
  valuations: z.array(z.strictObject({ date: isoDate, usd: nonNegative })).optional(),
  aliases: z.array(z.string()).optional(),
  parent: z.string().optional(),
  /**
   * Share of its revenue, net income, capital expenditure or operating expenses (the largest) this company
   * derives from the covered foreign persons it holds interests in (its subsidiaries, by `parent`):
   * 31 CFR 850.209(a)(2). Absent when unknown.
   */
  coveredSubsidiaryShare: share.optional(),
  /** Countries whose persons direct or control this company below majority ownership (COINS Act). */
  directedOrControlledFrom: z.array(country).optional(),
  notes: z.string().optional(),
  provenance: ProvenanceSchema,
});

export const ModelSchema = z.strictObject({
  id: z.string().min(1),
  companyId: z.string().min(1),
  name: z.string().min(1),
  date: isoDate,
  trainingComputeFlop: z.number().finite().positive().nullable(),
  /**
   * True when the compute figure is an estimate the source states only in its notes (e.g. Epoch's benchmark
   * imputation), not in its compute column. The scenario assumption "Count imputed compute estimates" can treat
   * such figures as unknown.
   */
  trainingComputeImputed: z.boolean().optional(),
  primarilyBiological: z.boolean(),
  openWeights: z.boolean(),
  trainingChips: z
    .array(z.strictObject({ chipId: z.string().min(1), units: nonNegative.nullable() }))
    .optional(),
  otherCompanyIds: z.array(z.string().min(1)).optional(),
  notes: z.string().optional(),
  provenance: ProvenanceSchema,
});

export const ChipSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  vendor: z.string().min(1),
  origin: country,
  tpp: nonNegative.nullable(),
  performanceDensity: nonNegative.nullable(),
  interconnectGBs: nonNegative.nullable(),
  dataCenter: z.boolean(),
  notes: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
});

const transactionBase = {
  id: z.string().min(1),
  date: isoDate,
  /** Null when the buyer or target is not attributed to one company (e.g. a smuggling case). */
  companyId: z.string().min(1).nullable(),
  notes: z.string().optional(),
  provenance: ProvenanceSchema,
};

export const InvestmentSchema = z.strictObject({
  ...transactionBase,
  kind: z.literal('investment'),
  instrument: z.enum(INSTRUMENTS),
  investors: z.array(
    z.strictObject({
      name: z.string().min(1),
      country,
      /** Country of the person that controls this investor (a controlled foreign entity, 31 CFR 850.206). */
      controlledBy: country.optional(),
      /** Country of a person that knowingly directs this investor's deal (31 CFR 850.303). */
      directedBy: country.optional(),
    }),
  ),
  amountUsd: nonNegative.nullable(),
  lpCommitmentUsd: nonNegative.nullable().optional(),
  bindingCommitmentDate: isoDate.nullable().optional(),
  /** An LP's binding contractual assurance that its capital will not fund covered deals (31 CFR 850.501). */
  lpContractualAssurance: z.boolean().optional(),
  /** The tier of the covered activity a joint venture will engage in (31 CFR 850.209(a)(3)), when recorded. */
  jointVentureActivity: z.enum(['prohibited', 'notifiable']).optional(),
  round: z.string().optional(),
  valuationUsd: nonNegative.nullable().optional(),
});

export const ChipPurchaseSchema = z.strictObject({
  ...transactionBase,
  kind: z.literal('chip-purchase'),
  chipId: z.string().min(1),
  units: nonNegative.nullable(),
  supplierCountry: country,
  amountUsd: nonNegative.nullable().optional(),
});

export const ModelAccessSchema = z.strictObject({
  ...transactionBase,
  kind: z.literal('model-access'),
  teacher: z.strictObject({ developer: z.string().min(1), country, access: z.enum(ACCESS_MODES) }),
  exchanges: nonNegative.nullable(),
  dateFrom: isoDate.nullable().optional(),
});

/**
 * Chips seen in use (e.g. named as a model's training hardware): evidence that the company had the chips by
 * `date`, not of when, how or from whom they were bought. Shown as evidence; never a purchase a measure allows
 * or denies.
 */
export const HardwareInUseSchema = z.strictObject({
  ...transactionBase,
  kind: z.literal('hardware-in-use'),
  chipId: z.string().min(1),
  units: nonNegative.nullable(),
  /** Country of the chip maker. */
  supplierCountry: country,
  /** The models the evidence rests on (ids in `models`). */
  modelIds: z.array(z.string().min(1)).optional(),
});

export const TransactionSchema = z.discriminatedUnion('kind', [
  InvestmentSchema,
  ChipPurchaseSchema,
  ModelAccessSchema,
  HardwareInUseSchema,
]);

export const DatasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  name: z.string().min(1),
  asOf: isoDate,
  description: z.string().optional(),
  licence: z.string().optional(),
  credits: z.array(z.string()).optional(),
  companies: z.array(CompanySchema),
  models: z.array(ModelSchema),
  chips: z.array(ChipSchema),
  transactions: z.array(TransactionSchema),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type Model = z.infer<typeof ModelSchema>;
export type Chip = z.infer<typeof ChipSchema>;
export type Investment = z.infer<typeof InvestmentSchema>;
export type ChipPurchase = z.infer<typeof ChipPurchaseSchema>;
export type ModelAccess = z.infer<typeof ModelAccessSchema>;
export type HardwareInUse = z.infer<typeof HardwareInUseSchema>;
export type Transaction = z.infer<typeof TransactionSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type DealKind = (typeof DEAL_KINDS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type EndUse = (typeof END_USES)[number];
export type ListName = (typeof LISTS)[number];
export type SemiconductorActivity = (typeof SEMICONDUCTOR_ACTIVITIES)[number];
export type QuantumActivity = (typeof QUANTUM_ACTIVITIES)[number];
export type Sector = (typeof SECTORS)[number];
export type AccessMode = (typeof ACCESS_MODES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
