/**
 * Small memories the engine keeps between calls: a map bounded to the entries used last, and a key for JSON
 * values that ignores the order of object keys.
 */

/** A map that keeps the `limit` entries used last. */
export class Memo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** Return the value for `key`, building (and keeping) it if absent. */
  get(key: string, build: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = build();
    } else {
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Return a key that is equal for equal JSON values, whatever the order of object keys. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
