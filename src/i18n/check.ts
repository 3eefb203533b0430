/**
 * Catalogue check: every catalogue has exactly the source's keys, every message parses as ICU MessageFormat, and a
 * translation uses the same arguments as its English source (a `{count}` dropped or misspelt would show raw).
 * Run by the tests and before every build (`scripts/i18n/check.ts`).
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
      continue;
    }
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

/** What is wrong with a catalogue against the source, one line each (empty when it is complete). */
export function catalogueProblems(name: string, source: Tree, catalogue: Tree): string[] {
  const problems: string[] = [];
  const want = leaves(source);
  const have = leaves(catalogue);
  for (const key of want.keys()) if (!have.has(key)) problems.push(`${name}: missing key ${key}`);
  for (const key of have.keys())
    if (!want.has(key)) problems.push(`${name}: key ${key} is not in the source`);
  for (const [key, text] of have) {
    const english = want.get(key);
    if (english === undefined) continue;
    if (text.trim() === '') {
      problems.push(`${name}: ${key} is empty`);
      continue;
    }
    let args: Set<string>;
    try {
      args = argumentsOf(parse(text));
    } catch (error) {
      problems.push(`${name}: ${key} is not a valid message (${(error as Error).message})`);
      continue;
    }
    const expected = argumentsOf(parse(english));
    const missing = [...expected].filter((a) => !args.has(a));
    const extra = [...args].filter((a) => !expected.has(a));
    if (missing.length) problems.push(`${name}: ${key} lacks ${missing.map((a) => `{${a}}`).join(', ')}`);
    if (extra.length)
      problems.push(`${name}: ${key} has ${extra.map((a) => `{${a}}`).join(', ')} not in English`);
  }
  return problems;
}
