/**
 * `npm run data:first-view` (also the last step of `npm run data:build`): compute the built-in presets' results
 * on the committed dataset into src/data/default/first-view.json (committed; src/data/first-view.ts says what
 * the page does with it). Run it after changing the dataset, a preset or a measure's rules.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultDataset } from '../../src/data/default-dataset';
import { computeFirstView } from './lib/first-view';
import { REPO } from './lib/paths';

const out = join(REPO, 'src/data/default/first-view.json');
const view = computeFirstView(await loadDefaultDataset({ validate: true }));
const text = `${JSON.stringify(view)}\n`;
writeFileSync(out, text);
console.log(`Wrote ${out}: ${view.runs.length} presets, ${(Buffer.byteLength(text) / 1e3).toFixed(1)} kB`);
