/**
 * The headless runner: `npm run simulate -- --scenario <file> [--dataset <file>] [--detail] [--format json|csv]
 * [--no-imputed]`, or `--scenario <file> --company <id>` for one company's standing under each measure, with its tests.
 * The same engine as the app, so a number in a paper can be re-derived from a scenario file.
 * A bad scenario or dataset exits with status 1 and lists every problem, one per line, on stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasetStats } from '../data/dataset-stats';
import { loadDefaultDataset } from '../data/default-dataset';
import { IndexCache, pipelineOptionsOf } from '../data/pipeline';
import { projectDataset } from '../data/projection';
import { type Dataset, formatIssue, type Issue, parseDataset, simulate } from '../engine';
import { migrate } from '../scenario/migrations';
import { parseScenario } from '../scenario/parse';
import { runSpecOf } from '../scenario/run-spec';
import type { Scenario } from '../scenario/schema';
import { sourcedOnlyOf } from '../scenario/view';
import { companyReport } from './company';
import { prettyJson } from './json';
import { csvOf, reportOf } from './report';

const USAGE = `Usage: npm run -s simulate -- --scenario <file> [--dataset <file>] [--detail] [--format json|csv] [--no-imputed]
       npm run -s simulate -- --scenario <file> --company <id> [--dataset <file>] [--no-imputed]
       npm run -s simulate -- --dataset-stats [--dataset <file>] [--no-imputed]

  --scenario <file>   a scenario JSON file (see scenarios/)
  --dataset <file>    a dataset JSON file (format v1, docs/DATA.md); default: the built-in dataset
  --detail            also list every transaction's outcome and every company's first capture
  --company <id>      print one company's standing under each measure on the as-of date (the outcome a new
                      deal would get, or out-of-scope) and the tests behind it, as the app explains it (JSON)
  --format json|csv   output format (default json)
  --no-imputed        treat imputed compute estimates (figures a source gives only in its notes) as unknown:
                      the scenario assumption countImputedCompute switched off
  --dataset-stats     print counts of the dataset (by kind and provenance, models above each line by year, the
                      developers above 1e23, 1e24 and 1e25 with their first model above each, investment rounds
                      by year with and without a US investor) and exit`;

class InputError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly Issue[],
  ) {
    super(`${file}: ${issues.length} problem(s)`);
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, [
      { path: '', message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

function loadScenario(file: string): Scenario {
  // Files of older schema versions are brought up to date first, as the app opens them.
  const migrated = migrate(readJson(file));
  const parsed = parseScenario(migrated.doc);
  if (!parsed.ok) throw new InputError(file, [...migrated.notices, ...parsed.issues]);
  return parsed.value;
}

function loadDataset(file: string): Dataset {
  const parsed = parseDataset(readJson(file));
  if (!parsed.ok) throw new InputError(file, parsed.issues);
  return parsed.value;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' },
      dataset: { type: 'string' },
      detail: { type: 'boolean', default: false },
      company: { type: 'string' },
      format: { type: 'string', default: 'json' },
      help: { type: 'boolean', default: false },
      'dataset-stats': { type: 'boolean', default: false },
      'no-imputed': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const stats = values['dataset-stats'];
  if ((!stats && !values.scenario) || (values.format !== 'json' && values.format !== 'csv')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const problems: string[] = [];
  let scenario: Scenario | undefined;
  let dataset: Dataset | undefined;
  const loaders = [
    ...(stats ? [] : [() => (scenario = loadScenario(values.scenario!))]),
    ...(values.dataset ? [() => (dataset = loadDataset(values.dataset!))] : []),
  ];
  for (const load of loaders) {
    try {
      load();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const issue of error.issues) problems.push(`${error.file}: ${formatIssue(issue)}`);
    }
  }
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 1;
  }
  dataset ??= await loadDefaultDataset();
  if (stats) {
    process.stdout.write(`${prettyJson(datasetStats(dataset, { countImputed: !values['no-imputed'] }))}\n`);
    return 0;
  }
  if (!scenario) return 2;
  if (values['no-imputed'])
    scenario = { ...scenario, assumptions: { ...scenario.assumptions, countImputedCompute: false } };
  // The same pipeline as the app: the modeled projection to the horizon (if the scenario asks for it), or sourced
  // records only (if its view settings say so), then the index.
  const options = pipelineOptionsOf(scenario, sourcedOnlyOf(scenario));
  const index = new IndexCache(projectDataset).get(dataset, options).index;
  if (values.company !== undefined) {
    const report = companyReport(index, runSpecOf(scenario), values.company);
    if (!report) {
      process.stderr.write(
        `--company: no company with id ${JSON.stringify(values.company)} in the dataset ${JSON.stringify(index.dataset.name)}\n`,
      );
      return 1;
    }
    process.stdout.write(`${prettyJson(report)}\n`);
    return 0;
  }
  const result = simulate(index, runSpecOf(scenario));
  const output =
    values.format === 'csv'
      ? csvOf(scenario, index, result)
      : prettyJson(reportOf(scenario, index, result, values.detail));
  process.stdout.write(`${output}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
