/**
 * The engine's public surface: the only import point for other layers. Pure TypeScript: no React, store, DOM,
 * clock or ambient randomness; the same inputs give the same outputs in Node and in a browser.
 */

export { chipUsers } from './chip-users';
export { type DatasetIndex, indexDataset } from './dataset/index-dataset';
export { capIssues, MAX_LISTED_ISSUES, parseDataset } from './dataset/load';
export * from './dataset/schema';
export * from './dates';
export * from './explain';
export { combineCodes } from './fold';
export { uniformOf } from './hash';
export { firstDayAbove } from './models';
export * from './moves';
export * from './outcomes';
export * from './params';
export {
  type ChipTests,
  chipTests,
  type ExportControlsParams,
  isControlled,
} from './policies/export-controls';
export { TEMPLATES, templateOf } from './policies/registry';
export type * from './policy';
export * from './quarter';
export * from './result';
export { prepareMeasures, type RunSpec, resolveParams } from './run';
export { RunCache } from './run-cache';
export { STANDING } from './scope-count';
export { partitionPoint } from './search';
export * from './simulate';
export { formatPath, issuesFromZod } from './zod-issues';
