/**
 * Where lessons and teaching data sit among the layers (docs/ARCHITECTURE.md): `src/lessons` reads scenarios,
 * data and the engine like the headless runner does, and `src/teaching` is plain data and pure functions; neither
 * reaches into the interface or the store, so both run the same in Node (the golden tests) and in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const OUTWARD = /from\s+['"]\.\.\/(ui|state|cli|worker)\//;
const IMPURE = /from\s+['"](react|react-dom|zustand|immer|recharts)['"]|\b(window\.|document\.|localStorage)/;

describe.each(['lessons', 'teaching'])('src/%s', (layer) => {
  const files = readdirSync(join(SRC, layer)).filter((f) => f.endsWith('.ts'));
  it('has sources', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s depends only inward and stays pure', (file) => {
    const text = readFileSync(join(SRC, layer, file), 'utf8');
    expect(text).not.toMatch(OUTWARD);
    expect(text).not.toMatch(IMPURE);
  });
});
