/**
 * The precomputed first view (src/data/default/first-view.json, `npm run data:first-view`): it must be exactly
 * what a live run of each built-in preset gives on the committed dataset, and the page must pick a preset's
 * result only for that preset's exact job.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFirstView } from '../../scripts/data/lib/first-view';
import { REPO } from '../../scripts/data/lib/paths';
import { type FirstView, firstViewResult, loadFirstView } from '../../src/data/first-view';
import { pipelineOptionsOf } from '../../src/data/pipeline';
import { presets } from '../../src/scenario/presets';
import { runSpecOf } from '../../src/scenario/run-spec';
import { setParam } from '../../src/state/scenario-edits';
import { defaultDataset } from './helpers';

describe('first view', () => {
  it('equals a live run of every preset on the committed data (regenerate: npm run data:first-view)', async () => {
    const committed = readFileSync(join(REPO, 'src/data/default/first-view.json'), 'utf8');
    const live = computeFirstView(await defaultDataset());
    // Same text as the script writes: a stale file (a new dataset, a changed preset or rule) fails here.
    expect(committed).toBe(`${JSON.stringify(live)}\n`);
    expect(live.runs.map((r) => r.preset)).toEqual(presets().map((p) => p.id));
  });

  it("gives a preset's result for that preset's job only", async () => {
    const view: FirstView = await loadFirstView();
    for (const preset of presets()) {
      const job = { options: pipelineOptionsOf(preset, false), spec: runSpecOf(preset) };
      const run = view.runs.find((r) => r.preset === preset.id)!;
      expect(firstViewResult(view, job)).toBe(run.result);
      // "Sourced only" changes the index: no precomputed result.
      expect(firstViewResult(view, { ...job, options: pipelineOptionsOf(preset, true) })).toBeNull();
    }
    // An edited preset is another scenario.
    const preset = presets().find((p) => p.policies.some((m) => m.template === 'us-outbound'))!;
    const measure = preset.policies.find((m) => m.template === 'us-outbound')!;
    const edited = setParam(preset, measure.id, 'prohibitedComputeFlop', 2e25);
    expect(
      firstViewResult(view, { options: pipelineOptionsOf(edited, false), spec: runSpecOf(edited) }),
    ).toBeNull();
  });
});
