/**
 * The engine on the page's thread, loaded only when something needs it there (its own chunk): the runs of the
 * main-thread runner (no worker), and the full index that the drill-down, company explanations and lesson reveals
 * read. One index cache (src/data/pipeline.ts) serves all of them, so each index is built here once per dataset
 * and set of assumptions, whichever feature asked first.
 */
import { loadDefaultDataset } from '../data/default-dataset';
import { IndexCache, type IndexEntry, type PipelineOptions } from '../data/pipeline';
import { projectDataset } from '../data/projection';
import { type Dataset, type DatasetIndex, simulate } from '../engine';
import { LessonRunner } from '../lessons/runner';
import type { Ran, RunData, RunJob } from './runner';
import { type IndexView, indexViewOf } from './simulation-protocol';

/** The page's indexes. */
export const pageIndexes = new IndexCache(projectDataset);

/** The dataset a job names, on this thread (the built-in one is imported on first use). */
export function datasetOf(data: RunData): Promise<Dataset> {
  return data.kind === 'built-in' ? loadDefaultDataset() : Promise.resolve(data.dataset);
}

/** The index of `data` under `options`, built here if it is not at hand. */
export async function indexOf(data: RunData, options: PipelineOptions): Promise<IndexEntry> {
  return pageIndexes.get(await datasetOf(data), options);
}

/** Run a job here, reusing what the last runs on its index computed. */
export async function runHere(job: RunJob): Promise<Ran> {
  const dataset = await datasetOf(job.data);
  const start = performance.now();
  const { index, runs } = pageIndexes.get(dataset, job.options);
  const result = simulate(index, job.spec, runs);
  return { result, view: viewOf(index), index, runMs: performance.now() - start };
}

const views = new WeakMap<DatasetIndex, IndexView>();

/** The index's view, made once per index. */
function viewOf(index: DatasetIndex): IndexView {
  let view = views.get(index);
  if (!view) {
    view = indexViewOf(index);
    views.set(index, view);
  }
  return view;
}

const lessonRunners = new WeakMap<Dataset, LessonRunner>();

/** The lesson runner of the data in use: its reveals read the same indexes as the drill-down. */
export async function lessonRunnerOf(data: RunData): Promise<LessonRunner> {
  const dataset = await datasetOf(data);
  let runner = lessonRunners.get(dataset);
  if (!runner) {
    runner = new LessonRunner(dataset, pageIndexes);
    lessonRunners.set(dataset, runner);
  }
  return runner;
}
