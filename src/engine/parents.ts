/**
 * Ownership links from the companies' `parent` field (the controlling owner, when it is a company in the
 * dataset), found once per index: the chip measure's Affiliates rule reads each company's parent, the outbound
 * rule's parent test each parent's subsidiaries.
 */
import type { DatasetIndex } from './dataset/index-dataset';

interface Links {
  /** Per company: its parent's index, or -1. */
  readonly parent: Int32Array;
  /** Each parent's subsidiaries. */
  readonly subsidiaries: ReadonlyMap<number, readonly number[]>;
}

const cache = new WeakMap<DatasetIndex, Links>();

function linksOf(index: DatasetIndex): Links {
  let links = cache.get(index);
  if (!links) {
    const parent = new Int32Array(index.companies.count).fill(-1);
    const subsidiaries = new Map<number, number[]>();
    index.dataset.companies.forEach((company, k) => {
      const p = company.parent === undefined ? undefined : index.companies.byId.get(company.parent);
      if (p === undefined || p === k) return;
      parent[k] = p;
      const list = subsidiaries.get(p) ?? [];
      list.push(k);
      subsidiaries.set(p, list);
    });
    links = { parent, subsidiaries };
    cache.set(index, links);
  }
  return links;
}

/** Return each company's parent (index), or -1 when it has none in the dataset. */
export function parentsOf(index: DatasetIndex): Int32Array {
  return linksOf(index).parent;
}

/** Return each parent's subsidiaries (companies naming it as `parent`). */
export function subsidiariesOf(index: DatasetIndex): ReadonlyMap<number, readonly number[]> {
  return linksOf(index).subsidiaries;
}
