/**
 * The glossary in the reader's language. A translation gives, for each term id, the words of the term (term,
 * definition, how Yardstick uses it, source); ids, basis and related terms are the same in every language. The
 * Chinese translation loads only on a Chinese page, so an English page pays nothing for it.
 */
import type { Locale } from '../i18n/locales';
import { GLOSSARY, type GlossaryTerm } from './glossary';

/** A term's words in another language: the fields its English has, nothing else. */
export interface TermTranslation {
  readonly term: string;
  readonly definition: string;
  readonly inYardstick?: string;
  readonly source: string;
}

/** A glossary translation, by term id. */
export type GlossaryTranslation = Readonly<Record<string, TermTranslation>>;

/**
 * The glossary with each term's words replaced by the translation's (a term the translation lacks keeps its
 * English words); ids, basis, related terms and order are unchanged. No translation: the English glossary.
 */
export function localizeGlossary(
  glossary: readonly GlossaryTerm[],
  translation: GlossaryTranslation | null,
): readonly GlossaryTerm[] {
  if (!translation) return glossary;
  return glossary.map((t) => {
    const words = translation[t.id];
    if (!words) return t;
    const { inYardstick: _, ...rest } = t;
    return {
      ...rest,
      term: words.term,
      definition: words.definition,
      ...(t.inYardstick !== undefined ? { inYardstick: words.inYardstick ?? t.inYardstick } : {}),
      source: words.source,
    };
  });
}

/** Each language's glossary, loaded when first asked for (English is at hand). */
export const GLOSSARY_LOADERS: Readonly<Record<Locale, () => Promise<readonly GlossaryTerm[]>>> = {
  en: async () => GLOSSARY,
  'zh-CN': () => import('./glossary.zh-CN').then((m) => localizeGlossary(GLOSSARY, m.GLOSSARY_ZH_CN)),
};
