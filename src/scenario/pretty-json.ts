/**
 * Pretty JSON in the layout the repo's formatter (Biome, line width 110) gives `scenarios/*.json`: two-space
 * indent, objects one field per line, lists of plain values on one line when they fit, numbers without `e+`.
 * A downloaded scenario therefore looks exactly like a preset file and can be committed as one unchanged.
 */

/** The formatter's line width (biome.json). */
const LINE_WIDTH = 110;

function scalar(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value).replace('e+', 'e') : 'null';
  return JSON.stringify(value) ?? 'null';
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function write(value: unknown, indent: string, prefixWidth: number, suffixWidth: number): string {
  if (isScalar(value)) return scalar(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    if (value.every(isScalar)) {
      const flat = `[${value.map(scalar).join(', ')}]`;
      if (prefixWidth + flat.length + suffixWidth <= LINE_WIDTH) return flat;
    }
    const items = value.map(
      (item, i) => `${inner}${write(item, inner, inner.length, i < value.length - 1 ? 1 : 0)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${write(v, inner, head.length, i < entries.length - 1 ? 1 : 0)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** Format a JSON value as the repo's formatter would, with a final newline. Key order is kept as given. */
export function prettyJson(value: unknown): string {
  return `${write(value, '', 0, 0)}\n`;
}
