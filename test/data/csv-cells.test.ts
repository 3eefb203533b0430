/**
 * The CSV cell mini-syntaxes (docs/DATA.md §5): every one read and written, and every message for a bad cell.
 */
import { describe, expect, it } from 'vitest';
import * as cell from '../../src/data/csv/cells';

const read = <T>(codec: cell.CellCodec<T>, text: string) => codec.read(text);
const value = <T>(codec: cell.CellCodec<T>, text: string): T => {
  const r = codec.read(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('lists', () => {
  it('split at semicolons, trimming items and dropping empty ones', () => {
    expect(cell.splitList(' ai ;semiconductors; ;quantum; ')).toEqual(['ai', 'semiconductors', 'quantum']);
    expect(cell.splitList('')).toEqual([]);
    expect(cell.splitList(' ; ')).toEqual([]);
  });
  it('keep a semicolon inside round brackets in its item', () => {
    expect(
      cell.splitList(
        'Epoch AI, Data on AI Models (https://epoch.ai/data/ai-models; snapshot 2026-08-19); SEC filing',
      ),
    ).toEqual([
      'Epoch AI, Data on AI Models (https://epoch.ai/data/ai-models; snapshot 2026-08-19)',
      'SEC filing',
    ]);
    expect(cell.splitList('a (b (c; d); e); f')).toEqual(['a (b (c; d); e)', 'f']);
  });
  it('read \\; as a semicolon that belongs to the item', () => {
    expect(cell.splitList('pulsestacks.com\\; moomoo (via B3); other')).toEqual([
      'pulsestacks.com; moomoo (via B3)',
      'other',
    ]);
  });
  it('an unmatched closing bracket does not swallow later separators', () => {
    expect(cell.splitList('a) b; c')).toEqual(['a) b', 'c']);
  });
  it('join with "; ", escaping only the semicolons that would split an item', () => {
    expect(cell.joinList(['a', 'b (c; d)', 'e; f'])).toBe('a; b (c; d); e\\; f');
    for (const items of [['a;b', 'c'], ['x (y; z)'], ['back\\slash', 'semi\\;colon'], []]) {
      expect(cell.splitList(cell.joinList(items))).toEqual(items);
    }
  });
  it('a string list reads its items', () => {
    expect(value(cell.stringList, 'ai; semiconductors')).toEqual(['ai', 'semiconductors']);
    expect(cell.stringList.write(['ai', 'quantum'])).toBe('ai; quantum');
  });
});

describe('numbers', () => {
  it.each([
    ['2048', 2048],
    [' 3.6e25 ', 3.6e25],
    ['3.6E+25', 3.6e25],
    ['0.55', 0.55],
    ['.5', 0.5],
    ['-7', -7],
    ['1e-3', 0.001],
  ])('read %j as %d', (text, n) => {
    expect(value(cell.number, text)).toBe(n);
  });
  it.each(['abc', '1,000', 'NaN', 'Infinity', '0x10', '1e', '', '12 000', '$5'])('refuse %j', (text) => {
    const r = read(cell.number, text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toBe(`expected a number such as 2048 or 3.6e25, got ${JSON.stringify(text.trim())}`);
  });
  it('refuse a number too large for a double', () => {
    expect(read(cell.number, '1e400')).toEqual({ ok: false, message: '"1e400" is too large a number' });
  });
  it('write a number so it reads back exactly', () => {
    for (const n of [3.6e25, 0.1 + 0.2, 1 / 3, 2048, 5e-324, 1.7976931348623157e308]) {
      expect(value(cell.number, cell.number.write(n))).toBe(n);
    }
  });
});

describe('booleans', () => {
  it('read true and false in any letter case (spreadsheets write TRUE)', () => {
    expect(value(cell.boolean, 'true')).toBe(true);
    expect(value(cell.boolean, ' FALSE ')).toBe(false);
    expect(value(cell.boolean, 'True')).toBe(true);
  });
  it.each(['yes', '1', 'no', 't'])('refuse %j', (text) => {
    expect(read(cell.boolean, text)).toEqual({
      ok: false,
      message: `expected true or false, got ${JSON.stringify(text)}`,
    });
  });
});

describe('text and codes', () => {
  it('text is kept exactly as written, a code is trimmed', () => {
    expect(value(cell.text, '  He said "hi",\nthen left  ')).toBe('  He said "hi",\nthen left  ');
    expect(value(cell.code, ' 2025-01-02 ')).toBe('2025-01-02');
  });
});

describe('ownership: CC=share', () => {
  it('reads shares by country', () => {
    expect(value(cell.ownership, 'CN=0.55; US=0.45')).toEqual({ CN: 0.55, US: 0.45 });
    expect(value(cell.ownership, ' CN = 1 ')).toEqual({ CN: 1 });
    expect(cell.ownership.write({ CN: 0.55, US: 0.45 })).toBe('CN=0.55; US=0.45');
  });
  it('names the item at fault', () => {
    expect(read(cell.ownership, 'CN=0.5; US 0.5')).toEqual({
      ok: false,
      item: 1,
      message: 'expected CC=share such as CN=0.55, got "US 0.5"',
    });
    expect(read(cell.ownership, 'cn=0.5')).toEqual({
      ok: false,
      item: 0,
      message: 'expected a two-letter country code such as CN, got "cn"',
    });
    expect(read(cell.ownership, 'CN=0.5; CN=0.2')).toEqual({
      ok: false,
      item: 1,
      message: 'CN is given twice',
    });
    expect(read(cell.ownership, 'CN=half')).toEqual({
      ok: false,
      item: 0,
      message: 'expected a number such as 2048 or 3.6e25, got "half"',
    });
  });
  it('a hostile key never reaches a prototype', () => {
    expect(read(cell.ownership, '__proto__=1').ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('relocations: date CC', () => {
  it('reads and writes', () => {
    expect(value(cell.relocations, '2025-07-01 SG; 2026-01-01  HK')).toEqual([
      { date: '2025-07-01', hq: 'SG' },
      { date: '2026-01-01', hq: 'HK' },
    ]);
    expect(cell.relocations.write([{ date: '2025-07-01', hq: 'SG' }])).toBe('2025-07-01 SG');
  });
  it('names the item at fault', () => {
    expect(read(cell.relocations, '2025-07-01 SG; 2026-01-01')).toEqual({
      ok: false,
      item: 1,
      message: 'expected "date CC" such as "2025-07-01 SG", got "2026-01-01"',
    });
  });
});

describe('endUses: use or use:exclusive', () => {
  it('reads and writes', () => {
    expect(value(cell.endUses, 'general; surveillance:exclusive; military : exclusive')).toEqual([
      { use: 'general', exclusive: false },
      { use: 'surveillance', exclusive: true },
      { use: 'military', exclusive: true },
    ]);
    expect(
      cell.endUses.write([
        { use: 'general', exclusive: false },
        { use: 'surveillance', exclusive: true },
      ]),
    ).toBe('general; surveillance:exclusive');
  });
  it('refuses anything but :exclusive after the colon', () => {
    expect(read(cell.endUses, 'general; military:yes')).toEqual({
      ok: false,
      item: 1,
      message: 'expected "use" or "use:exclusive" such as "surveillance:exclusive", got "military:yes"',
    });
  });
});

describe('listings: list from [to] [(notes)]', () => {
  it('reads a listing with and without an end and notes', () => {
    expect(
      value(
        cell.listings,
        'entity-list 2019-10-09; ns-cmic 2021-06-03 2024-01-01; entity-list 2001-07-01 (exact date not confirmed; year only)',
      ),
    ).toEqual([
      { list: 'entity-list', from: '2019-10-09' },
      { list: 'ns-cmic', from: '2021-06-03', to: '2024-01-01' },
      { list: 'entity-list', from: '2001-07-01', notes: 'exact date not confirmed; year only' },
    ]);
    expect(value(cell.listings, 'meu 2020-01-01 2021-01-01 (six subsidiaries (named))')).toEqual([
      { list: 'meu', from: '2020-01-01', to: '2021-01-01', notes: 'six subsidiaries (named)' },
    ]);
  });
  it('writes what it reads', () => {
    const listings = [
      { list: 'entity-list', from: '2025-03-25', notes: 'six subsidiaries' },
      { list: 'ns-cmic', from: '2021-06-03', to: '2024-01-01' },
    ];
    expect(cell.listings.write(listings)).toBe(
      'entity-list 2025-03-25 (six subsidiaries); ns-cmic 2021-06-03 2024-01-01',
    );
    expect(value(cell.listings, cell.listings.write(listings))).toEqual(listings);
  });
  it('names the item at fault', () => {
    expect(read(cell.listings, 'entity-list')).toEqual({
      ok: false,
      item: 0,
      message: 'expected "list from [to] [(notes)]" such as "entity-list 2019-10-09", got "entity-list"',
    });
  });
});

describe('valuations: date usd', () => {
  it('reads and writes', () => {
    expect(value(cell.valuations, '2025-04-01 500000000; 2025-12-29 2e9')).toEqual([
      { date: '2025-04-01', usd: 5e8 },
      { date: '2025-12-29', usd: 2e9 },
    ]);
    expect(cell.valuations.write([{ date: '2025-04-01', usd: 5e8 }])).toBe('2025-04-01 500000000');
  });
  it('names the item at fault', () => {
    expect(read(cell.valuations, '2025-04-01 500000000; 2025-12-29 $2bn')).toEqual({
      ok: false,
      item: 1,
      message: 'expected a number such as 2048 or 3.6e25, got "$2bn"',
    });
    expect(read(cell.valuations, '2025-04-01').ok).toBe(false);
  });
});

describe('trainingChips: chipId [units]', () => {
  it('reads units, or null when left out', () => {
    expect(value(cell.trainingChips, 'h800 2048; ascend-910b')).toEqual([
      { chipId: 'h800', units: 2048 },
      { chipId: 'ascend-910b', units: null },
    ]);
    expect(
      cell.trainingChips.write([
        { chipId: 'h800', units: 2048 },
        { chipId: 'ascend-910b', units: null },
      ]),
    ).toBe('h800 2048; ascend-910b');
  });
  it('names the item at fault', () => {
    expect(read(cell.trainingChips, 'h800 many')).toEqual({
      ok: false,
      item: 0,
      message: 'expected a number such as 2048 or 3.6e25, got "many"',
    });
    expect(read(cell.trainingChips, 'h800 2048 extra')).toEqual({
      ok: false,
      item: 0,
      message: 'expected "chipId [units]" such as "h800 2048", got "h800 2048 extra"',
    });
  });
});

describe('investors: Name (CC)', () => {
  it('takes the country from the last bracket, so names may hold brackets', () => {
    expect(value(cell.investors, 'Benchmark (US); HongShan (Sequoia China) (CN)')).toEqual([
      { name: 'Benchmark', country: 'US' },
      { name: 'HongShan (Sequoia China)', country: 'CN' },
    ]);
    expect(
      cell.investors.write([
        { name: 'HongShan (Sequoia China)', country: 'CN' },
        { name: 'A; B Capital', country: 'US' },
      ]),
    ).toBe('HongShan (Sequoia China) (CN); A\\; B Capital (US)');
  });
  it('names the item at fault', () => {
    expect(read(cell.investors, 'Benchmark (US); Tencent')).toEqual({
      ok: false,
      item: 1,
      message: 'expected "Name (CC)" such as "Benchmark (US)", got "Tencent"',
    });
  });
});
