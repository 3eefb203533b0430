/**
 * Latin-script words a translated page may show: names (of companies and models without a Chinese name in the
 * data, of publications, law firms and datasets), units, rule and document citations, and acronyms a Chinese
 * reader meets as such (AI, API, TPP). Everything else in Latin letters on a Chinese page is an untranslated
 * English word. Used by the translation tests and the e2e tests of the Chinese pages.
 */

/** Allowed words and phrases, matched whole and with their case. A phrase (`Epoch AI`) is allowed as a whole. */
export const ALLOWED_LATIN: readonly string[] = [
  // The app and its reference documents.
  'Yardstick',
  'domain-facts',
  'DESIGN',
  'docs/DATA.md',
  'transactions.SOURCE.md',
  // Acronyms, units and notation.
  'AI',
  'API',
  'FLOP',
  'FLOP/s',
  'TPP',
  'TOPS',
  'TFLOPS',
  'MacTOPS',
  'GB/s',
  'mm',
  'I/O',
  'LP',
  'HBM',
  'CC BY',
  // Rules, lists and documents cited by their own names or numbers.
  'CFR',
  'FR',
  'ECCN',
  'BIS',
  'EAR',
  'CCL',
  'IFR',
  'OFAC',
  'SDN',
  'NS-CMIC',
  'NSTM',
  'OSTP',
  'COINS',
  'H.R.',
  'ILPA',
  'CSET',
  'govinfo BILLS-119hr8283ih',
  'is-informed letter',
  'controlledBy',
  'directedBy',
  // Chips and models.
  'MI',
  'GLM',
  'Plus',
  'Aquila',
  'Claude',
  // Companies without a Chinese name in the data.
  'AMD',
  'Anthropic',
  'ByteDance',
  'DeepSeek',
  'iFlytek',
  'Megvii',
  'Meta',
  'MiniMax',
  'Manus',
  'Moonshot AI',
  'SenseTime',
  'Sophgo',
  'Zhipu AI',
  'Epoch AI',
  'Epoch',
  'Michael Kratsios',
  // Epoch AI's confidence ratings, given with their Chinese rendering.
  'Confident',
  'Likely',
  'Speculative',
  // Publications, sites and law firms cited as sources.
  'Akin',
  'Alston & Bird',
  'Arent Fox Schiff',
  'Arnold & Porter',
  'Conventus Law',
  'DCD',
  'Deacons',
  'Debevoise',
  'Fenwick',
  'Freshfields',
  'Fudzilla',
  'Just Security',
  'Latham',
  'Magstone',
  'Mondaq',
  'Pillsbury',
  'Steptoe',
  'Thompson Hine',
  'Tom’s Hardware',
  'Trivium China',
  'aiwire',
  'btw.media',
  'fintool',
  'lenzo.ai',
  'moomoo',
  'pulsestacks',
  'pulsestacks.com',
  'sherwood.news',
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Longest first, so a phrase is removed before a word inside it; whole words only (no letter either side).
const ALLOWED = new RegExp(
  `(?<![A-Za-z])(?:${[...ALLOWED_LATIN]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join('|')})(?![A-Za-z])`,
  'g',
);

/** The Latin-script words (two letters or more) in a text that the allow-list does not cover, in order. */
export function asciiWords(text: string): string[] {
  return text.replace(ALLOWED, ' ').match(/[A-Za-z]{2,}/g) ?? [];
}
