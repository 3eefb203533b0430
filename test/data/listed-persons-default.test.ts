/**
 * The listed-persons prong on the built-in dataset: a listing makes a covered foreign person prohibited, but a
 * listed university whose only tie to the rule is an "ai" sector tag (no model above 1e23, general uses) is not a
 * covered foreign person at all (31 CFR 850.209, 850.224; domain-facts A2, A4.4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DatasetIndex, explainCompany, indexDataset } from '../../src/engine';
import { makePolicy, makeSpec } from '../fixtures/builders';
import { defaultDataset } from './helpers';

let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset(await defaultDataset());
});

// The prohibited compute line is raised out of reach, so only the listing can make a company prohibited.
const standing = (id: string, listed: boolean) =>
  explainCompany(
    index,
    makeSpec([
      makePolicy('us-outbound', {
        params: { listedPersonsProhibited: listed, prohibitedComputeFlop: 1e28, biologicalComputeFlop: 1e28 },
      }),
    ]),
    id,
  )!.measures[0]!.standing;

describe('listed persons on the built-in dataset', () => {
  it('leaves Harbin Institute of Technology and Beihang out of scope, prong on or off', () => {
    for (const id of ['hit', 'beihang-university']) {
      expect(standing(id, true)).toBe('out-of-scope');
      expect(standing(id, false)).toBe('out-of-scope');
    }
  });
  it('makes Zhipu AI (Entity List, a model above 1e23) prohibited only with the prong on', () => {
    expect(standing('zhipu-ai', true)).toBe('prohibited');
    expect(standing('zhipu-ai', false)).toBe('notifiable');
  });
});
