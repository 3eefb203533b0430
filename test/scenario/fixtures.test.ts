/**
 * Frozen fixtures (test/fixtures/links): links, files and an autosave made today, each with the scenario it must
 * open to. They pin the promise that a link made today opens identically after any future change to the format;
 * never edit or regenerate one (see test/fixtures/links/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFromFile } from '../../src/scenario/file';
import { decodeLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';
import { decodeStored } from '../../src/scenario/storage';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'links');
const files = readdirSync(DIR);
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const expected = (name: string) => JSON.parse(read(name));
const named = (suffix: string) =>
  files.filter((f) => f.endsWith(suffix)).map((f) => [f.slice(0, -suffix.length), f] as const);

describe('frozen fixtures', () => {
  it('include at least one link per preset and eight edited ones', () => {
    const links = named('.link').map(([name]) => name);
    expect(links.filter((n) => n.startsWith('preset-'))).toHaveLength(6);
    expect(links.filter((n) => !n.startsWith('preset-')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(named('.link'))('link %s opens to its expected scenario, with no notices', (name, file) => {
    const want = expected(`${name}.expected.json`);
    expect(parseScenario(want).ok).toBe(true);
    const decoded = decodeLink(read(file).trim());
    expect(decoded.ok && decoded.notices).toEqual([]);
    expect(decoded.ok && decoded.scenario).toEqual(want);
  });

  it.each(named('.scenario.json'))('file %s opens to its expected scenario', (name, file) => {
    expect(scenarioFromFile(read(file), file)).toEqual({
      ok: true,
      scenario: expected(`${name}.expected.json`),
      notices: [],
    });
  });

  it.each(named('.stored.json'))('autosave %s restores what was saved', (name, file) => {
    expect(decodeStored(read(file).trim())).toEqual({ ...expected(`${name}.expected.json`), notices: [] });
  });
});
