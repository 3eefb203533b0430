/**
 * `npm run data:epoch -- <csv>…` — import Epoch AI's model CSVs (notable_ai_models.csv and
 * large_scale_ai_models.csv) as dataset-format models of Chinese and Hong Kong organisations, and write them
 * to data/derived/epoch-models.json (committed; `npm run data:build` reads it).
 *
 * Options: --out <path> (default data/derived/epoch-models.json), --companies <path> (the alias table,
 * default data/sources/companies.csv). The unverified September 2026 addendum is never read.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readCsv, sha256Of } from './lib/csv';
import { importEpoch } from './lib/epoch-import';
import { REPO } from './lib/paths';

function parseArgs(argv: readonly string[]): { files: string[]; out: string; companies: string } {
  const files: string[] = [];
  let out = join(REPO, 'data/derived/epoch-models.json');
  let companies = join(REPO, 'data/sources/companies.csv');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i] ?? out;
    else if (arg === '--companies') companies = argv[++i] ?? companies;
    else files.push(arg);
  }
  if (files.length === 0) {
    throw new Error(
      'usage: npm run data:epoch -- data/sources/epoch/notable_ai_models.csv data/sources/epoch/large_scale_ai_models.csv',
    );
  }
  return { files, out, companies };
}

function main(): void {
  const { files, out, companies } = parseArgs(process.argv.slice(2));
  const inputs = files.map((path) => ({ name: basename(path), sha256: sha256Of(path), rows: readCsv(path) }));
  const result = importEpoch(inputs, readCsv(companies));
  writeFileSync(out, `${JSON.stringify(result.document, null, 2)}\n`);
  // Lay the file out the way the repo's formatter would, so `biome check .` stays clean after a re-import.
  execFileSync(join(REPO, 'node_modules/.bin/biome'), ['format', '--write', out], { stdio: 'ignore' });
  const withCompute = result.document.models.filter((m) => m.trainingComputeFlop !== null).length;
  console.log(
    `Epoch union: ${result.unionSize} models; Chinese: ${result.document.models.length} (${withCompute} with a compute estimate) → ${out}`,
  );
  console.log(`Non-Chinese co-authors left out of the company table: ${result.coAuthors.size} organisations`);
}

main();
