/**
 * Small integer codes for the dataset's vocabularies, used by the columnar index and bit masks.
 */
import {
  ACCESS_MODES,
  type AccessMode,
  END_USES,
  type EndUse,
  INSTRUMENTS,
  type Instrument,
  LISTS,
  type ListName,
  QUANTUM_ACTIVITIES,
  type QuantumActivity,
  SECTORS,
  SEMICONDUCTOR_ACTIVITIES,
  type Sector,
  type SemiconductorActivity,
  TRANSACTION_KINDS,
  type TransactionKind,
} from './schema';

function codesOf<T extends string>(values: readonly T[]): Record<T, number> {
  return Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>;
}

export const KIND_CODE = codesOf<TransactionKind>(TRANSACTION_KINDS);
export const INSTRUMENT_CODE = codesOf<Instrument>(INSTRUMENTS);
export const ACCESS_CODE = codesOf<AccessMode>(ACCESS_MODES);
export const LIST_CODE = codesOf<ListName>(LISTS);
export const END_USE_CODE = codesOf<EndUse>(END_USES);
export const SECTOR_CODE = codesOf<Sector>(SECTORS);
export const SEMI_CODE = codesOf<SemiconductorActivity>(SEMICONDUCTOR_ACTIVITIES);
export const QUANTUM_CODE = codesOf<QuantumActivity>(QUANTUM_ACTIVITIES);

/** Return a bit mask with one bit per value, by code. */
export function maskOf<T extends string>(codes: Record<T, number>, values: readonly T[]): number {
  let mask = 0;
  for (const v of values) mask |= 1 << codes[v];
  return mask;
}
