/**
 * scenarios/README.md documents every field of the format; this keeps it from falling behind the schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/engine';
import { AssumptionsSchema, PolicyInstanceSchema, ScenarioSchema } from '../../src/scenario/schema';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'README.md'), 'utf8');

describe('scenarios/README.md', () => {
  const fields = [
    ...Object.keys(ScenarioSchema.shape),
    ...Object.keys(AssumptionsSchema.shape),
    ...Object.keys(PolicyInstanceSchema.shape),
    ...TEMPLATES.flatMap((t) => [t.id, ...t.params.map((p) => p.key)]),
  ];
  it.each(fields)('documents %s', (field) => {
    expect(README).toContain(`\`${field}\``);
  });
});
