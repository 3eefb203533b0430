/**
 * Listing status (Entity List, MEU, SDN, NS-CMIC) by company and day, from the dataset plus any listings that
 * measures derive during a run.
 */

import { LIST_CODE } from './dataset/codes';
import { type DatasetIndex, FOREVER } from './dataset/index-dataset';
import { LISTS } from './dataset/schema';
import { type DayNumber, isoOf } from './dates';
import type { DerivedListing, Listings } from './policy';

/** Build the listing view for a run. */
export function makeListings(index: DatasetIndex, derived: readonly DerivedListing[]): Listings {
  const extra = new Map<number, { day: DayNumber; byPolicy: string }>();
  for (const d of derived) {
    const prior = extra.get(d.company);
    if (!prior || d.day < prior.day) extra.set(d.company, { day: d.day, byPolicy: d.byPolicy });
  }
  const entityBit = 1 << LIST_CODE['entity-list'];

  function find(company: number, day: DayNumber, listMask: number) {
    for (const span of index.companies.listings[company] ?? []) {
      if ((listMask & (1 << span.list)) !== 0 && span.fromDay <= day && day <= span.toDay) {
        return { list: LISTS[span.list] ?? 'entity-list', from: isoOf(span.fromDay), derived: false };
      }
    }
    const d = (listMask & entityBit) !== 0 ? extra.get(company) : undefined;
    if (d && d.day <= day) return { list: 'entity-list', from: isoOf(d.day), derived: true };
    return null;
  }

  return {
    changeDays(company, listMask, out) {
      if (company < 0) return;
      const spans = index.companies.listings[company];
      if (spans) {
        for (const span of spans) {
          if ((listMask & (1 << span.list)) === 0) continue;
          out.push(span.fromDay);
          if (span.toDay < FOREVER) out.push(span.toDay + 1);
        }
      }
      const d = (listMask & entityBit) !== 0 ? extra.get(company) : undefined;
      if (d) out.push(d.day);
    },
    listedOn(company, day, listMask) {
      if (company < 0) return false;
      if (!index.companies.listings[company] && !extra.has(company)) return false;
      return find(company, day, listMask) !== null;
    },
    describe(company, day, listMask) {
      return company < 0 ? null : find(company, day, listMask);
    },
  };
}
