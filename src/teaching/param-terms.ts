/**
 * Which glossary terms each parameter's help links to. A measure's parameters carry their own terms (their specs'
 * `terms`, in the measure's module); the projection assumptions' are here. Keys are parameter keys (the same key
 * means the same kind of thing in every measure that has it, e.g. `targetCountries`: the first measure declaring
 * it gives its terms). A test checks that every parameter of every template has terms and that every term exists.
 */
import { TEMPLATES } from '../engine';
import { termById } from './glossary';

/** The projection assumptions' terms (they are not a measure's parameters). */
const ASSUMPTION_TERMS: Readonly<Record<string, readonly string[]>> = {
  countImputedCompute: ['imputed-compute', 'epoch-estimate', 'compute-line'],
  computeGrowthPerYear: ['projection', 'flop', 'epoch-estimate'],
  dealVolumeTrendPerYear: ['projection', 'modeled-vs-sourced'],
  usShareTrendPerYear: ['projection', 'modeled-vs-sourced'],
};

export const PARAM_TERMS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    TEMPLATES.flatMap((t) => t.params)
      .filter((s) => s.terms)
      .reverse()
      .map((s) => [s.key, s.terms!]),
  ),
  ...ASSUMPTION_TERMS,
};

/** Return the glossary terms a parameter's help links to (none for an unknown key). */
export function termsForParam(key: string | undefined): { id: string; term: string }[] {
  if (!key) return [];
  return (PARAM_TERMS[key] ?? []).flatMap((id) => {
    const t = termById(id);
    return t ? [{ id: t.id, term: t.term }] : [];
  });
}
