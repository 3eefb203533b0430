/**
 * The Latin-script words a translated text may keep: names (companies, models, chips, the app), units, and the
 * citations of rules and sources, which Chinese texts write as they are. Anything else in ASCII letters in a
 * translation is an English word left untranslated; `asciiWords` lists them (the tests fail on any).
 * One entry a line, sorted, so additions merge cleanly.
 */

export const ALLOWED_LATIN: ReadonlySet<string> = new Set([
  '3A090.a', // ECCN paragraph (citation)
  'AI',
  'API',
  'Anthropic',
  'Benchmark', // the US venture firm
  'BIS', // Bureau of Industry and Security (docs/TERMINOLOGY.zh-CN.md)
  'BY', // CC BY 4.0
  'CC', // CC BY 4.0
  'CFR', // Code of Federal Regulations (citation)
  'Claude',
  'data/sources/transactions.csv', // source file (citation)
  'DeepSeek',
  'DeepSeek-V3',
  'docs/DATA.md', // documentation (citation)
  'domain-facts', // the project's facts reference (citation)
  'ECCN', // Export Control Classification Number
  'Epoch', // Epoch AI
  'FLOP', // unit (docs/TERMINOLOGY.zh-CN.md)
  'FR', // Federal Register (citation)
  'GB', // GB/s
  'GLM-4',
  'GLM-4-Plus',
  'H.R', // a House bill number (citation)
  'Kimi',
  'L40S', // chip
  'Manus',
  'MiniMax',
  'MiniMax-M1',
  'NSTM-4', // the White House memo's number
  'PitchBook',
  'TPP', // total processing performance (docs/TERMINOLOGY.zh-CN.md)
  'Yardstick',
]);

/** A run of ASCII letters and digits, joined by hyphens, dots, slashes or apostrophes (`GLM-4-Plus`, `GB/s`). */
const TOKEN = /[A-Za-z0-9]+(?:[-./'’][A-Za-z0-9]+)*/g;

/** A word has two ASCII letters or more: `A800`, `1e25`, `2025Q1` and the `s` of `GB/s` are codes, not words. */
function isWord(token: string): boolean {
  return (token.match(/[A-Za-z]/g)?.length ?? 0) >= 2;
}

function disallowed(token: string, allow: ReadonlySet<string>, out: string[]): void {
  if (allow.has(token)) return;
  // A slashed token that is not itself allowed (`A800/H800`, `FLOP/s`) is read part by part.
  if (token.includes('/')) {
    for (const part of token.split('/')) disallowed(part, allow, out);
    return;
  }
  if (isWord(token) && !out.includes(token)) out.push(token);
}

/** The ASCII words of a text that the allow-list does not hold, each once, in order of appearance. */
export function asciiWords(text: string, allow: ReadonlySet<string> = ALLOWED_LATIN): string[] {
  const out: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) disallowed(token, allow, out);
  return out;
}
