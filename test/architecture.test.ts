/**
 * The dependency rule (docs/ARCHITECTURE.md): the engine is pure. A test fails on a forbidden import or on
 * ambient nondeterminism anywhere under src/engine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](react|react-dom|zustand|immer|recharts|node:[a-z/]+|fs|path)['"]/;
const FORBIDDEN_GLOBALS =
  /\b(Date\.now|Math\.random|new Date\(|performance\.now|window\.|document\.|localStorage|fetch\()/;
const OUTWARD = /from\s+['"]\.\.\/(?:\.\.\/)*(ui|state|scenario|data|cli|worker)\//;

/** Layer → layers it must not import (DESIGN §1: ui → state → scenario → engine ← data). */
const LAYER_RULES: Record<string, RegExp> = {
  scenario: /from\s+['"]\.\.\/(ui|state|cli|worker)\//,
  data: /from\s+['"]\.\.\/(ui|state|cli|worker)\//,
  state: /from\s+['"]\.\.\/(ui|cli)\//,
};

describe('architecture', () => {
  const engineFiles = filesUnder(join(ROOT, 'engine'));
  it('finds the engine sources', () => {
    expect(engineFiles.length).toBeGreaterThan(10);
  });
  it.each(engineFiles.map((f) => [relative(ROOT, f), f]))('%s imports nothing impure', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(FORBIDDEN_IMPORTS);
    expect(text).not.toMatch(FORBIDDEN_GLOBALS);
    expect(text).not.toMatch(OUTWARD);
  });
  it('catches a forbidden import when one is present', () => {
    expect("import { useState } from 'react';").toMatch(FORBIDDEN_IMPORTS);
    expect('const t = Date.now();').toMatch(FORBIDDEN_GLOBALS);
  });
  it.each(Object.entries(LAYER_RULES))('%s depends only inward', (layer, rule) => {
    let files: string[] = [];
    try {
      files = filesUnder(join(ROOT, layer));
    } catch {
      files = [];
    }
    for (const file of files) expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(rule);
  });
});
