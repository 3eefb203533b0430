/**
 * Glossary coverage: the terms of DESIGN §7 are there, every parameter's help links to terms that exist, and
 * every term has a plain definition and a source.
 */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../src/engine';
import { GLOSSARY, GLOSSARY_IDS, termById } from '../../../src/teaching/glossary';
import { PARAM_TERMS, termsForParam } from '../../../src/teaching/param-terms';

// The assumptions with a help icon (the seed and the projection switch explain themselves in place).
const ASSUMPTION_KEYS = [
  'computeGrowthPerYear',
  'dealVolumeTrendPerYear',
  'usShareTrendPerYear',
  'countImputedCompute',
];

describe('glossary', () => {
  it('has unique kebab-case ids', () => {
    expect(GLOSSARY_IDS.size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('holds the terms of DESIGN §7 and the measures’ key terms', () => {
    for (const id of [
      'flop',
      'notifiable',
      'prohibited',
      'covered-foreign-person',
      'tpp',
      'performance-density',
      'entity-list',
      'distillation',
      'excepted',
      'in-scope-vs-captured',
      'modeled-vs-sourced',
      'interconnect',
      'country-of-concern',
      'licence-required',
      'cn-approval-rule',
    ])
      expect(termById(id), id).toBeDefined();
    expect(termById('flop')!.definition).toMatch(/total count, not a speed/);
  });
  it.each(GLOSSARY.map((t) => [t.id, t]))(
    '%s has a plain definition, a source and known related terms',
    (_, t) => {
      expect(t.definition.length).toBeGreaterThan(40);
      expect(t.definition).not.toMatch(/[<>]/);
      expect(t.source).toMatch(/domain-facts|Yardstick/);
      if (t.basis !== 'method') expect(t.source).toMatch(/domain-facts [A-E]/);
      for (const r of t.related ?? []) expect(GLOSSARY_IDS.has(r), `${t.id} → ${r}`).toBe(true);
    },
  );
});

describe('parameter help links', () => {
  const keys = [...new Set([...TEMPLATES.flatMap((t) => t.params.map((p) => p.key)), ...ASSUMPTION_KEYS])];
  it.each(keys)('%s links to at least one glossary term', (key) => {
    expect(PARAM_TERMS[key], key).toBeDefined();
    expect(termsForParam(key).length).toBeGreaterThan(0);
  });
  it('links only to terms that exist', () => {
    for (const [key, ids] of Object.entries(PARAM_TERMS))
      for (const id of ids) expect(GLOSSARY_IDS.has(id), `${key} → ${id}`).toBe(true);
  });
  it('has no entry for a parameter that no longer exists', () => {
    for (const key of Object.keys(PARAM_TERMS)) expect(keys).toContain(key);
  });
  it('gives nothing for an unknown or missing key', () => {
    expect(termsForParam('nope')).toEqual([]);
    expect(termsForParam(undefined)).toEqual([]);
  });
});
