/**
 * The Latin-script words a translated text may keep: names (companies, models, chips, publications, law firms,
 * the app), units, file formats and key names (CSV, JSON, Ctrl, Esc), acronyms a Chinese reader meets as such
 * (AI, API, TPP), and the citations of rules and sources, which Chinese texts write as they are. Anything else in ASCII letters in a translation is an English word left
 * untranslated; `asciiWords` lists them (the translation tests and the e2e tests of Chinese pages fail on any).
 * One entry a line, sorted, so additions merge cleanly. An entry with spaces or signs (`Epoch AI`, `Alston & Bird`)
 * is a phrase, allowed only as a whole.
 */

export const ALLOWED_LATIN: ReadonlySet<string> = new Set([
  '3A090.a',
  'AI',
  'aiwire',
  'Akin',
  'Alston & Bird',
  'AMD',
  'Anthropic',
  'API',
  'Aquila',
  'Arent Fox Schiff',
  'Arnold & Porter',
  'Benchmark',
  'BIS',
  'btw.media',
  'BY',
  'ByteDance',
  'CC',
  'CC BY',
  'CCL',
  'CFR',
  'Claude',
  'COINS',
  'Confident',
  'controlledBy',
  'Conventus Law',
  'CSET',
  'CSV',
  'Ctrl',
  'data/sources/transactions.csv',
  'DCD',
  'Deacons',
  'Debevoise',
  'DeepSeek',
  'DeepSeek-V3',
  'DESIGN',
  'directedBy',
  'docs/DATA.md',
  'domain-facts',
  'EAR',
  'ECCN',
  'Epoch',
  'Epoch AI',
  'Esc',
  'Fenwick',
  'fintool',
  'FLOP',
  'FLOP/s',
  'FR',
  'Freshfields',
  'Fudzilla',
  'GB',
  'GB/s',
  'GLM',
  'GLM-4',
  'GLM-4-Plus',
  'govinfo BILLS-119hr8283ih',
  'H.R',
  'H.R.',
  'HBM',
  'I/O',
  'iFlytek',
  'IFR',
  'ILPA',
  'IRC',
  'is-informed letter',
  'JSON',
  'json',
  'Just Security',
  'Kimi',
  'L40S',
  'Latham',
  'lenzo.ai',
  'Likely',
  'LP',
  'Mac',
  'MacTOPS',
  'Magstone',
  'Manus',
  'MB',
  'Megvii',
  'Meta',
  'MI',
  'Michael Kratsios',
  'MiniMax',
  'MiniMax-M1',
  'mm',
  'Mondaq',
  'moomoo',
  'Moonshot AI',
  'NS-CMIC',
  'NSTM',
  'NSTM-4',
  'OFAC',
  'OSTP',
  'Pillsbury',
  'PDF',
  'PitchBook',
  'Plus',
  'pulsestacks',
  'pulsestacks.com',
  'SDN',
  'SenseTime',
  'sherwood.news',
  'Shift',
  'Sophgo',
  'Speculative',
  'Steptoe',
  'TFLOPS',
  'Thompson Hine',
  'Tom’s Hardware',
  'TOPS',
  'TPP',
  'transactions.SOURCE.md',
  'Trivium China',
  'U.S.C.',
  'Yardstick',
  'Zhipu AI',
  'zip',
]);

/** A run of ASCII letters and digits, joined by hyphens, dots, slashes or apostrophes (`GLM-4-Plus`, `GB/s`). */
const TOKEN = /[A-Za-z0-9]+(?:[-./'’][A-Za-z0-9]+)*/g;

/** A word has two ASCII letters or more: `A800`, `1e25`, `2025Q1` and the `s` of `GB/s` are codes, not words. */
function isWord(token: string): boolean {
  return (token.match(/[A-Za-z]/g)?.length ?? 0) >= 2;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const phraseCache = new WeakMap<ReadonlySet<string>, RegExp | null>();

/** The allow-list's phrases (entries that are not one token), longest first, as one pattern. */
function phrasesOf(allow: ReadonlySet<string>): RegExp | null {
  let re = phraseCache.get(allow);
  if (re === undefined) {
    const phrases = [...allow].filter((e) => e.match(TOKEN)?.[0] !== e).sort((a, b) => b.length - a.length);
    re = phrases.length
      ? new RegExp(`(?<![A-Za-z0-9])(?:${phrases.map(literal).join('|')})(?![A-Za-z0-9])`, 'g')
      : null;
    phraseCache.set(allow, re);
  }
  return re;
}

function allowedToken(token: string, allow: ReadonlySet<string>): boolean {
  if (allow.has(token) || !isWord(token)) return true;
  // A code with digits (MI250X, Aquila2, 3A090.b) is allowed when each run of two letters or more in it is.
  if (/[0-9]/.test(token)) return (token.match(/[A-Za-z]{2,}/g) ?? []).every((run) => allow.has(run));
  // A hyphenated token is allowed when each of its parts is (GLM-4V-9B); so `Mini-Max` is not, though MiniMax is.
  const parts = token.split('-');
  return parts.length > 1 && parts.every((p) => allow.has(p) || !isWord(p));
}

function disallowed(token: string, allow: ReadonlySet<string>, out: string[]): void {
  if (allowedToken(token, allow)) return;
  // A slashed token that is not itself allowed (`A800/H800`, `FLOP/s`) is read part by part.
  if (token.includes('/')) {
    for (const part of token.split('/')) disallowed(part, allow, out);
    return;
  }
  if (!out.includes(token)) out.push(token);
}

/** The ASCII words of a text that the allow-list does not hold, each once, in order of appearance. */
export function asciiWords(text: string, allow: ReadonlySet<string> = ALLOWED_LATIN): string[] {
  const phrases = phrasesOf(allow);
  const rest = phrases ? text.replace(phrases, ' ') : text;
  const out: string[] = [];
  for (const [token] of rest.matchAll(TOKEN)) disallowed(token, allow, out);
  return out;
}
