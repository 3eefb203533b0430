/**
 * Shared checks for translated data (glossary, key events): a translated field must be non-empty, free of
 * untranslated English words, and keep the English text's figures and citations.
 */
import { asciiWords } from '../../src/i18n/allowed-latin';

// Figures and citations a translation must keep as written: compute powers (1e25), rule sections (850.224),
// domain-facts sections (A4.1, D5), ECCNs (3A090) and chip names (A100, H800, MI250).
const CITATIONS =
  /\d(?:\.\d+)?e\d+|\b\d{3}\.\d{3}\b|\b(?!FY)[A-Z]{1,2}\d+(?:\.\d+)?[A-Z]?\b|\b\d[A-Z]\d{3}\b|\b\d{2} FR \d+/g;

export function citationsOf(text: string): string[] {
  return [...new Set(text.match(CITATIONS) ?? [])];
}

/** What is wrong with one translated field, one line each (empty when it is fine). */
export function fieldProblems(where: string, english: string, translated: string | undefined): string[] {
  if (translated === undefined || translated.trim() === '') return [`${where}: missing or empty`];
  const problems: string[] = [];
  const words = asciiWords(translated);
  if (words.length) problems.push(`${where}: English words ${words.join(', ')}`);
  const lost = citationsOf(english).filter((c) => !translated.includes(c));
  if (lost.length) problems.push(`${where}: lost ${lost.join(', ')}`);
  return problems;
}
