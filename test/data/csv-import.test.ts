/**
 * `datasetFromCsv`: a hand-written CSV dataset read field by field, and every problem message — file set,
 * structure, cells and the schema's checks mapped back to file, row and column.
 */
import { describe, expect, it } from 'vitest';
import { type CsvFile, datasetFromCsv, tableOfFile } from '../../src/data/csv';
import { formatIssue, MAX_LISTED_ISSUES } from '../../src/engine';
import { handWritten, withCell, withFile } from './csv-fixture';

function problems(files: CsvFile[]): string[] {
  const r = datasetFromCsv(files);
  if (r.ok) throw new Error('expected problems, the files were read');
  return r.issues.map(formatIssue);
}

function dataset(files: CsvFile[]) {
  const r = datasetFromCsv(files);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
}

const without = (files: CsvFile[], name: string) => files.filter((f) => f.name !== name);

describe('reading a valid set', () => {
  const d = dataset(handWritten());

  it('reads dataset.csv', () => {
    expect(d).toMatchObject({
      format: 'yardstick-dataset',
      version: 1,
      name: 'Hand-made CSV',
      asOf: '2026-08-19',
      description: 'A test set, with a comma',
      licence: 'CC BY 4.0',
      credits: ['Epoch AI (CC BY 4.0)', 'Yardstick'],
    });
  });

  it('reads companies: lists, ownership, relocations, end uses, listings, valuations, quoting', () => {
    expect(d.companies).toEqual([
      {
        id: 'zhipu',
        name: 'Zhipu AI',
        kind: 'company',
        hq: 'CN',
        sectors: ['ai'],
        endUses: [{ use: 'general', exclusive: false }],
        listings: [{ list: 'entity-list', from: '2025-01-15' }],
        leading: true,
        valuations: [{ date: '2026-02-20', usd: 38.5e9 }],
        aliases: ['Z.ai', 'Zhipu'],
        provenance: { kind: 'sourced', sources: ['https://example.org/zhipu'], confidence: 'high' },
      },
      {
        id: 'manus',
        name: 'Manus (Butterfly Effect)',
        kind: 'company',
        hq: 'CN',
        ownership: { CN: 0.6, US: 0.4 },
        relocations: [{ date: '2025-07-01', hq: 'SG' }],
        sectors: ['ai'],
        endUses: [
          { use: 'general', exclusive: false },
          { use: 'robotics', exclusive: true },
        ],
        valuations: [{ date: '2025-04-25', usd: 5e8 }],
        notes: 'Moved to Singapore, "mid-2025"',
        provenance: {
          kind: 'sourced',
          sources: ['Reuters (2025-07-01; via B3)'],
          confidence: 'medium',
          notes: 'Relocation date approximate',
        },
      },
      {
        id: 'fab',
        name: 'Fab Co',
        kind: 'company',
        hq: 'CN',
        sectors: ['semiconductors'],
        semiconductorActivities: ['advanced-fab', 'packaging'],
        endUses: [{ use: 'general', exclusive: false }],
        listings: [
          { list: 'ns-cmic', from: '2021-06-03', to: '2024-01-01' },
          { list: 'entity-list', from: '2020-12-18', notes: 'with subsidiaries; see notes' },
        ],
        parent: 'Big Holding',
        provenance: { kind: 'modeled', sources: ['yardstick-long-tail-v1'], notes: 'generator v1, seed 1' },
      },
    ]);
  });

  it('reads models: numbers, null compute, booleans in any case, training chips', () => {
    expect(d.models).toEqual([
      {
        id: 'glm-4',
        companyId: 'zhipu',
        name: 'GLM-4',
        date: '2024-01-16',
        trainingComputeFlop: 3.6e25,
        primarilyBiological: false,
        openWeights: false,
        trainingChips: [
          { chipId: 'h800', units: 2048 },
          { chipId: 'ascend-910b', units: null },
        ],
        otherCompanyIds: ['manus'],
        provenance: { kind: 'sourced', sources: ['Epoch AI'], confidence: 'likely' },
      },
      {
        id: 'tiny',
        companyId: 'manus',
        name: 'Tiny',
        date: '2025-02-01',
        trainingComputeFlop: null,
        primarilyBiological: false,
        openWeights: true,
        notes: 'Compute unknown',
        provenance: { kind: 'sourced', sources: ['Epoch AI'] },
      },
    ]);
  });

  it('reads chips; a chip whose provenance cells are all empty has no provenance', () => {
    expect(d.chips).toEqual([
      {
        id: 'h800',
        name: 'NVIDIA H800',
        vendor: 'NVIDIA',
        origin: 'US',
        tpp: 15832,
        performanceDensity: 19.4,
        interconnectGBs: 400,
        dataCenter: true,
      },
      {
        id: 'ascend-910b',
        name: 'Huawei Ascend 910B',
        vendor: 'Huawei',
        origin: 'CN',
        tpp: null,
        performanceDensity: null,
        interconnectGBs: null,
        dataCenter: true,
        notes: 'Specs unknown',
        provenance: { kind: 'sourced', sources: ['domain-facts B3'], confidence: 'low' },
      },
    ]);
  });

  it('reads the three kinds of transaction from one file', () => {
    expect(d.transactions).toEqual([
      {
        id: 'manus-b',
        kind: 'investment',
        date: '2025-04-25',
        companyId: 'manus',
        provenance: { kind: 'sourced', sources: ['https://example.org/manus'], confidence: 'high' },
        instrument: 'equity',
        round: 'Series B',
        investors: [
          { name: 'Benchmark', country: 'US' },
          { name: 'Tencent', country: 'CN' },
        ],
        amountUsd: 75e6,
        valuationUsd: 5e8,
      },
      {
        id: 'zhipu-a',
        kind: 'investment',
        date: '2023-05-01',
        companyId: 'zhipu',
        provenance: { kind: 'modeled', sources: ['yardstick-long-tail-v1'] },
        instrument: 'equity',
        investors: [],
        amountUsd: null,
        bindingCommitmentDate: '2023-01-01',
      },
      {
        id: 'smuggled',
        kind: 'chip-purchase',
        date: '2024-03-01',
        companyId: null,
        notes: 'DOJ case',
        provenance: { kind: 'sourced', sources: ['https://example.org/doj'], confidence: 'medium' },
        chipId: 'h800',
        units: 2400,
        supplierCountry: 'US',
      },
      {
        id: 'distil',
        kind: 'model-access',
        date: '2025-11-01',
        companyId: 'zhipu',
        provenance: { kind: 'sourced', sources: ['https://example.org/anthropic'], confidence: 'high' },
        teacher: { developer: 'Anthropic', country: 'US', access: 'closed-api' },
        exchanges: 13e6,
        dateFrom: '2025-01-01',
      },
    ]);
  });

  it('reads chips seen in use (hardware-in-use rows) and imputed compute; a purchase-only cell is refused on them', () => {
    const files = [
      {
        name: 'companies.csv',
        text: 'id,name,kind,hq,sectors,endUses,provenance.kind,provenance.sources\nlab,Lab,company,CN,ai,general,sourced,x\n',
      },
      {
        name: 'models.csv',
        text: 'id,companyId,name,date,trainingComputeFlop,trainingComputeImputed,primarilyBiological,openWeights,provenance.kind,provenance.sources\nplus,lab,Plus,2024-08-29,3.6e25,TRUE,false,false,sourced,Epoch\nv3,lab,V3,2024-12-26,3.4e24,,false,true,sourced,Epoch\n',
      },
      {
        name: 'chips.csv',
        text: 'id,name,vendor,origin,tpp,performanceDensity,interconnectGBs,dataCenter\nh800,H800,NVIDIA,US,15830,19.4,400,true\n',
      },
      {
        name: 'transactions.csv',
        text: 'id,kind,date,companyId,provenance.kind,provenance.sources,chipId,units,supplierCountry,modelIds\nseen,hardware-in-use,2024-12-26,lab,sourced,Epoch,h800,2048,US,v3\n',
      },
    ];
    const d = dataset(files);
    expect(d.models.map((m) => [m.id, m.trainingComputeImputed])).toEqual([
      ['plus', true],
      ['v3', undefined],
    ]);
    expect(d.transactions).toEqual([
      {
        id: 'seen',
        kind: 'hardware-in-use',
        date: '2024-12-26',
        companyId: 'lab',
        provenance: { kind: 'sourced', sources: ['Epoch'] },
        chipId: 'h800',
        units: 2048,
        supplierCountry: 'US',
        modelIds: ['v3'],
      },
    ]);
    const priced = withFile(files, 'transactions.csv', (t) =>
      t.replace('modelIds\n', 'modelIds,amountUsd\n').replace(',v3\n', ',v3,5\n'),
    );
    expect(problems(priced)).toEqual([
      'transactions.csv row 2, column amountUsd: applies to investment and chip-purchase rows only; leave it empty on a hardware-in-use row',
    ]);
  });
  it('without dataset.csv: the name is the file names joined, asOf the latest model or transaction date', () => {
    const d2 = dataset(without(handWritten(), 'dataset.csv'));
    expect(d2.name).toBe('companies.csv, models.csv, chips.csv, transactions.csv');
    expect(d2.asOf).toBe('2025-11-01');
    expect(d2.description).toBeUndefined();
  });

  it('an empty name or asOf in dataset.csv falls back the same way', () => {
    const d2 = dataset(withFile(handWritten(), 'dataset.csv', () => 'name,asOf,licence\n, ,MIT\n'));
    expect([d2.name, d2.asOf]).toEqual([
      'companies.csv, models.csv, chips.csv, transactions.csv',
      '2025-11-01',
    ]);
  });

  it('accepts a BOM, CRLF line ends, blank lines, columns in any order and trailing empty cells', () => {
    const shuffled = handWritten().map((f) => {
      const [header, ...rows] = f.text.trimEnd().split('\n');
      return { ...f, text: `\uFEFF${[header, '', ...rows.map((r) => `${r},,`), ''].join('\r\n')}` };
    });
    expect(dataset(shuffled)).toEqual(d);
    const reordered = withFile(handWritten(), 'chips.csv', () =>
      [
        'dataCenter,tpp,interconnectGBs,performanceDensity,origin,vendor,name,id',
        'true,15832,,,US,NVIDIA,NVIDIA H800,h800',
        'TRUE,,,,CN,Huawei,Ascend,ascend-910b',
      ].join('\n'),
    );
    expect(dataset(reordered).chips[0]).toEqual({
      id: 'h800',
      name: 'NVIDIA H800',
      vendor: 'NVIDIA',
      origin: 'US',
      tpp: 15832,
      performanceDensity: null,
      interconnectGBs: null,
      dataCenter: true,
    });
  });

  it('reads a quoted cell holding commas, quotes and line breaks', () => {
    const files = withFile(handWritten(), 'models.csv', (t) =>
      t.replace('Compute unknown', '"Line one, with a comma\nline two ""quoted"""'),
    );
    expect(dataset(files).models[1]!.notes).toBe('Line one, with a comma\nline two "quoted"');
  });

  it('ignores a spreadsheet column with no name and no values', () => {
    const files = withFile(handWritten(), 'chips.csv', (t) =>
      t
        .split('\n')
        .map((l) => (l ? `${l},` : l))
        .join('\n'),
    );
    expect(dataset(files).chips).toHaveLength(2);
  });

  it('a file with just its header row is a table with no records', () => {
    const files = withFile(handWritten(), 'transactions.csv', (t) => t.split('\n')[0]!);
    expect(dataset(files).transactions).toEqual([]);
  });

  it('recognises file names in any letter case and inside folders', () => {
    expect(tableOfFile('Companies.CSV')).toBe('companies');
    expect(tableOfFile('export/transactions.csv')).toBe('transactions');
    expect(tableOfFile('C:\\data\\chips.csv')).toBe('chips');
    expect(tableOfFile('companies (1).csv')).toBeNull();
  });
});

describe('problems with the set of files', () => {
  it('names a missing table', () => {
    expect(problems(without(handWritten(), 'chips.csv'))).toEqual([
      'chips.csv: is missing: open the CSV files of one dataset together (companies.csv, models.csv, chips.csv, transactions.csv; a table with no records is a file with just its header row)',
    ]);
  });
  it('names a file that is not a table, and a table given twice', () => {
    const files = [...handWritten(), { name: 'deals.csv', text: 'a\n1\n' }, { name: 'Chips.csv', text: '' }];
    expect(problems(files)).toEqual([
      'Chips.csv: is given twice (with chips.csv); open each table once',
      "deals.csv: is not one of a dataset's CSV files; name them companies.csv, models.csv, chips.csv, transactions.csv and (optionally) dataset.csv",
    ]);
  });
  it('gives nothing but the missing tables for no files at all', () => {
    expect(problems([])).toHaveLength(4);
  });
});

describe('structural problems, with their row', () => {
  it('an empty file', () => {
    expect(problems(withFile(handWritten(), 'chips.csv', () => ' \n'))).toEqual([
      'chips.csv: is empty; it needs a header row naming its columns (at least id, name, vendor, origin, tpp, performanceDensity, interconnectGBs, dataCenter)',
    ]);
  });
  it('an unknown column, with a suggestion', () => {
    expect(problems(withFile(handWritten(), 'chips.csv', (t) => t.replace('vendor', 'vendr')))).toEqual([
      'chips.csv row 1: missing column vendor',
      'chips.csv row 1, column vendr: unknown column (did you mean vendor?)',
    ]);
    expect(problems(withFile(handWritten(), 'chips.csv', (t) => t.replace('notes', 'colour')))).toEqual([
      'chips.csv row 1, column colour: unknown column; the columns of chips.csv are id, name, vendor, origin, tpp, performanceDensity, interconnectGBs, dataCenter, notes, provenance.kind, provenance.sources, provenance.confidence, provenance.notes',
    ]);
    expect(problems(withFile(handWritten(), 'chips.csv', (t) => t.replace('notes', 'Notes')))).toEqual([
      'chips.csv row 1, column Notes: unknown column (did you mean notes?)',
    ]);
  });
  it('a duplicate column', () => {
    expect(problems(withFile(handWritten(), 'chips.csv', (t) => t.replace(',notes,', ',name,')))).toEqual([
      'chips.csv row 1, column name: appears twice (columns 2 and 9)',
    ]);
  });
  it('a column that a kind of transaction needs, naming a row of that kind', () => {
    const files = withFile(handWritten(), 'transactions.csv', (t) => t.replace(',units,', ',unit,'));
    expect(problems(files)).toEqual([
      'transactions.csv row 1: missing column units (chip-purchase rows need it, e.g. row 4)',
      'transactions.csv row 1, column unit: unknown column (did you mean units?)',
    ]);
  });
  it('kind-specific columns may be left out when no row has that kind', () => {
    const header = 'id,kind,date,companyId,provenance.kind,provenance.sources,instrument,investors,amountUsd';
    const files = withFile(
      handWritten(),
      'transactions.csv',
      () => `${header}\nx,investment,2024-01-01,zhipu,sourced,s,equity,,\n`,
    );
    expect(dataset(files).transactions).toEqual([
      {
        id: 'x',
        kind: 'investment',
        date: '2024-01-01',
        companyId: 'zhipu',
        provenance: { kind: 'sourced', sources: ['s'] },
        instrument: 'equity',
        investors: [],
        amountUsd: null,
      },
    ]);
  });
  it('a row with too many or too few cells (row numbers count blank lines)', () => {
    const files = withFile(handWritten(), 'models.csv', (t) => {
      const lines = t.split('\n');
      return [lines[0], '', `${lines[1]},extra`, lines[2]!.split(',').slice(0, 5).join(',')].join('\n');
    });
    expect(problems(files)).toEqual([
      'models.csv row 3: has 15 cells but the header has 14 (a comma too many or too few, or a quote problem)',
      'models.csv row 4: has 5 cells but the header has 14 (a comma too many or too few, or a quote problem)',
    ]);
  });
  it('broken quoting', () => {
    expect(
      problems(
        withFile(handWritten(), 'models.csv', (t) => t.replace(',Compute unknown,', ',"Compute unknown,')),
      ),
    ).toEqual([
      'models.csv row 3: a quoted cell is never closed (a cell that starts with " must end with ")',
    ]);
    expect(
      problems(
        withFile(handWritten(), 'models.csv', (t) => t.replace(',Compute unknown,', ',"Compute" unknown,')),
      )[0],
    ).toBe('models.csv row 3: a quote inside a quoted cell must be doubled ("")');
  });
  it('a file separated by semicolons', () => {
    expect(problems(withFile(handWritten(), 'chips.csv', (t) => t.replaceAll(',', ';')))).toEqual([
      'chips.csv row 1: the header "id;name;vendor;origin;tpp;performanceDensity;interconnect..." has no commas: Yardstick reads comma-separated files (save as "CSV UTF-8 (comma delimited)")',
    ]);
  });
  it('a column without a name that holds values', () => {
    const files = withFile(handWritten(), 'chips.csv', (t) => {
      const [h, a, b] = t.split('\n');
      return [`${h},`, `${a},oops`, `${b},`].join('\n');
    });
    expect(problems(files)).toEqual([
      'chips.csv row 1: column 14 has no name but holds values (row 2 and maybe others)',
    ]);
  });
  it('dataset.csv with no row, or two', () => {
    expect(problems(withFile(handWritten(), 'dataset.csv', () => 'name,asOf\n'))).toEqual([
      'dataset.csv: has no data row; row 2 holds the name, asOf, description, licence and credits',
    ]);
    expect(
      problems(withFile(handWritten(), 'dataset.csv', () => 'name,asOf\nA,2025-01-01\nB,2025-01-02\n')),
    ).toEqual(['dataset.csv row 3: holds a second data row; dataset.csv has exactly one (row 2)']);
  });
  it('reports cell problems in the other files in the same pass', () => {
    const files = withCell(
      withFile(handWritten(), 'chips.csv', () => ''),
      'models.csv',
      2,
      'openWeights',
      'maybe',
    );
    expect(problems(files)).toEqual([
      'models.csv row 2, column openWeights: expected true or false, got "maybe"',
      expect.stringMatching(/^chips\.csv: is empty/),
    ]);
  });
});

describe('cell problems, by row, column and item', () => {
  it('the example of docs/DATA.md: a bad date', () => {
    expect(problems(withCell(handWritten(), 'transactions.csv', 4, 'date', '2025-13-01'))).toEqual([
      'transactions.csv row 4, column date: expected YYYY-MM-DD, got "2025-13-01"',
    ]);
  });
  it('an empty required cell, once (not echoed by the schema)', () => {
    expect(problems(withCell(handWritten(), 'companies.csv', 3, 'name', ''))).toEqual([
      'companies.csv row 3, column name: must not be empty',
    ]);
  });
  it('a bad number, once', () => {
    expect(problems(withCell(handWritten(), 'models.csv', 2, 'trainingComputeFlop', '3.6 x 10^25'))).toEqual([
      'models.csv row 2, column trainingComputeFlop: expected a number such as 2048 or 3.6e25, got "3.6 x 10^25"',
    ]);
  });
  it('a bad list item names the item', () => {
    expect(
      problems(withCell(handWritten(), 'companies.csv', 2, 'valuations', '2025-01-01 1e9; 2026-02-20 lots')),
    ).toEqual([
      'companies.csv row 2, column valuations, item 2: expected a number such as 2048 or 3.6e25, got "lots"',
    ]);
  });
  it("a schema problem inside a list item names the item (and the field's own message)", () => {
    expect(
      problems(withCell(handWritten(), 'companies.csv', 3, 'relocations', '2025-07-01 SG; 2026-02-30 HK')),
    ).toEqual(['companies.csv row 3, column relocations, item 2: expected YYYY-MM-DD, got "2026-02-30"']);
    expect(problems(withCell(handWritten(), 'transactions.csv', 2, 'investors', 'Benchmark (USA)'))).toEqual([
      'transactions.csv row 2, column investors, item 1: expected a two-letter country code such as CN, got "USA"',
    ]);
    expect(problems(withCell(handWritten(), 'companies.csv', 3, 'ownership', 'CN=0.6; US=1.4'))).toEqual([
      'companies.csv row 3, column ownership, item US: must be at most 1, got 1.4',
    ]);
  });
  it('an unknown value of a list', () => {
    expect(problems(withCell(handWritten(), 'companies.csv', 2, 'sectors', 'ai; robots'))).toEqual([
      'companies.csv row 2, column sectors, item 2: expected one of "ai", "semiconductors", "quantum", "hypersonics", got "robots"',
    ]);
  });
  it('a nested column', () => {
    expect(problems(withCell(handWritten(), 'transactions.csv', 5, 'teacher.access', 'api'))).toEqual([
      'transactions.csv row 5, column teacher.access: expected one of "closed-api", "open-weights", got "api"',
    ]);
    expect(problems(withCell(handWritten(), 'models.csv', 3, 'provenance.kind', 'guessed'))).toEqual([
      'models.csv row 3, column provenance.kind: expected one of "sourced", "modeled", got "guessed"',
    ]);
  });
  it('a bad kind, and a kind-specific cell on a row of another kind', () => {
    expect(problems(withCell(handWritten(), 'transactions.csv', 2, 'kind', 'round'))).toEqual([
      'transactions.csv row 2, column kind: expected one of "investment", "chip-purchase", "model-access", "hardware-in-use", got "round"',
    ]);
    expect(problems(withCell(handWritten(), 'transactions.csv', 4, 'instrument', 'equity'))).toEqual([
      'transactions.csv row 4, column instrument: applies to investment rows only; leave it empty on a chip-purchase row',
    ]);
    expect(problems(withCell(handWritten(), 'transactions.csv', 5, 'amountUsd', '5'))).toEqual([
      'transactions.csv row 5, column amountUsd: applies to investment and chip-purchase rows only; leave it empty on a model-access row',
    ]);
  });
  it('references and duplicates found after the shape', () => {
    expect(problems(withCell(handWritten(), 'models.csv', 3, 'companyId', 'nobody'))).toEqual([
      'models.csv row 3, column companyId: unknown company "nobody"',
    ]);
    expect(problems(withCell(handWritten(), 'models.csv', 2, 'trainingChips', 'h800 2048; h100'))).toEqual([
      'models.csv row 2, column trainingChips, item 2: unknown chip "h100"',
    ]);
    expect(problems(withCell(handWritten(), 'transactions.csv', 3, 'id', 'manus-b'))).toEqual([
      'transactions.csv row 3, column id: duplicate id "manus-b"',
    ]);
    expect(problems(withCell(handWritten(), 'companies.csv', 3, 'ownership', 'CN=0.7; US=0.4'))).toEqual([
      'companies.csv row 3, column ownership: shares add up to 1.100, more than 1',
    ]);
  });
  it('dataset.csv problems name row 2 and the column', () => {
    expect(problems(withCell(handWritten(), 'dataset.csv', 2, 'asOf', '19/08/2026'))).toEqual([
      'dataset.csv row 2, column asOf: expected YYYY-MM-DD, got "19/08/2026"',
    ]);
  });
  it('no dataset.csv and no dated record: asOf cannot be taken from anything', () => {
    const files = without(handWritten(), 'dataset.csv').map((f) =>
      f.name === 'models.csv' || f.name === 'transactions.csv' ? { ...f, text: f.text.split('\n')[0]! } : f,
    );
    expect(problems(files)).toEqual([
      'dataset.csv: asOf is needed: give it in dataset.csv, as no model or transaction has a date to take it from',
    ]);
  });
  it('lists problems file by file, row by row, left to right, and caps them', () => {
    let files = withCell(handWritten(), 'transactions.csv', 2, 'date', 'x');
    files = withCell(files, 'companies.csv', 4, 'hq', 'china');
    files = withCell(files, 'companies.csv', 2, 'leading', 'yes');
    files = withCell(files, 'companies.csv', 2, 'kind', 'firm');
    expect(problems(files)).toEqual([
      'companies.csv row 2, column kind: expected one of "company", "university", "government-lab", "nonprofit-lab", got "firm"',
      'companies.csv row 2, column leading: expected true or false, got "yes"',
      'companies.csv row 4, column hq: expected a two-letter country code such as CN, got "china"',
      'transactions.csv row 2, column date: expected YYYY-MM-DD, got "x"',
    ]);
    const many = withFile(handWritten(), 'chips.csv', (t) => {
      const [header, row] = t.split('\n');
      return [
        header,
        ...Array.from({ length: 300 }, (_, i) => row!.replace('h800', `c${i}`).replace('true', 'maybe')),
      ].join('\n');
    });
    const list = problems(many);
    expect(list).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(list.at(-1)).toBe('…and 100 more problems');
  });
});
