/**
 * Where JSON text first goes wrong. JSON.parse's messages differ between engines and often give no position
 * ("Unexpected token '}', "}"format":"... is not valid JSON"), so after a failed parse this scanner finds the
 * offset itself. Iterative (a stack, no recursion), so deep nesting cannot overflow it; only run on failure.
 */

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function skip(text: string, at: number): number {
  WS.lastIndex = at;
  WS.exec(text);
  return WS.lastIndex;
}

function match(re: RegExp, text: string, at: number): number | null {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : null;
}

/** The offset of the first character that makes `text` invalid JSON (its length if it ends early), or null if valid. */
export function jsonErrorOffset(text: string): number | null {
  const stack: ('{' | '[')[] = [];
  let at = skip(text, 0);
  // 'value': a value must come; 'after': a value just ended; 'key': a key must come (after '{' or ',').
  let expect: 'value' | 'after' | 'key' | 'value-or-close' | 'key-or-close' = 'value';
  for (;;) {
    at = skip(text, at);
    const ch = text[at];
    if (expect === 'after') {
      const top = stack.at(-1);
      if (top === undefined) return at === text.length ? null : at;
      if (ch === ',') {
        expect = top === '{' ? 'key' : 'value';
        at++;
      } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        stack.pop();
        at++;
      } else return at;
      continue;
    }
    if (ch === undefined) return at;
    if (expect === 'key' || expect === 'key-or-close') {
      if (ch === '}' && expect === 'key-or-close') {
        stack.pop();
        at++;
        expect = 'after';
        continue;
      }
      const end = match(STRING, text, at);
      if (end === null) return at;
      at = skip(text, end);
      if (text[at] !== ':') return at;
      at++;
      expect = 'value';
      continue;
    }
    if (ch === ']' && expect === 'value-or-close') {
      stack.pop();
      at++;
      expect = 'after';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      at++;
      expect = ch === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    const end = ch === '"' ? match(STRING, text, at) : (match(NUMBER, text, at) ?? match(LITERAL, text, at));
    if (end === null) return at;
    at = end;
    expect = 'after';
  }
}

/** "line 3, column 14" for an offset in a text. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}
