/**
 * The glossary in the page's language, for any component that shows terms (the glossary panel, a lesson step's
 * terms, a parameter's help): the list and a lookup by id. English until the translation has loaded.
 */
import { useMemo } from 'react';
import { useLocaleData } from '../../i18n/use-locale-data';
import { GLOSSARY, type GlossaryTerm } from '../../teaching/glossary';
import { GLOSSARY_LOADERS } from '../../teaching/glossary-locale';

export function useGlossary(): {
  readonly glossary: readonly GlossaryTerm[];
  readonly termById: (id: string) => GlossaryTerm | undefined;
} {
  const glossary = useLocaleData(GLOSSARY, GLOSSARY_LOADERS);
  return useMemo(() => {
    const byId = new Map(glossary.map((t) => [t.id, t]));
    return { glossary, termById: (id: string) => byId.get(id) };
  }, [glossary]);
}
