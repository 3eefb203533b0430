/**
 * A small hand-written CSV dataset (every cell syntax once) and helpers to change one cell or line of it, for the
 * CSV tests. `csvOf(SMALL_DATASET)` gives the small JSON fixture as CSV files.
 */
import { type CsvFile, datasetToCsv } from '../../src/data/csv';
import type { Dataset } from '../../src/engine';

export const DATASET_CSV = `name,asOf,description,licence,credits
Hand-made CSV,2026-08-19,"A test set, with a comma",CC BY 4.0,Epoch AI (CC BY 4.0); Yardstick
`;

export const COMPANIES_CSV = `id,name,kind,hq,ownership,relocations,sectors,semiconductorActivities,quantumActivities,endUses,listings,leading,valuations,aliases,parent,notes,provenance.kind,provenance.sources,provenance.confidence,provenance.notes
zhipu,Zhipu AI,company,CN,,,ai,,,general,entity-list 2025-01-15,true,2026-02-20 38500000000,Z.ai; Zhipu,,,sourced,https://example.org/zhipu,high,
manus,"Manus (Butterfly Effect)",company,CN,CN=0.6; US=0.4,2025-07-01 SG,ai,,,general; robotics:exclusive,,,2025-04-25 500000000,,,"Moved to Singapore, ""mid-2025""",sourced,Reuters (2025-07-01; via B3),medium,Relocation date approximate
fab,Fab Co,company,CN,,,semiconductors,advanced-fab; packaging,,general,ns-cmic 2021-06-03 2024-01-01; entity-list 2020-12-18 (with subsidiaries; see notes),,,,Big Holding,,modeled,yardstick-long-tail-v1,,"generator v1, seed 1"
`;

export const MODELS_CSV = `id,companyId,name,date,trainingComputeFlop,primarilyBiological,openWeights,trainingChips,otherCompanyIds,notes,provenance.kind,provenance.sources,provenance.confidence,provenance.notes
glm-4,zhipu,GLM-4,2024-01-16,3.6e25,false,FALSE,h800 2048; ascend-910b,manus,,sourced,Epoch AI,likely,
tiny,manus,Tiny,2025-02-01,,false,true,,,Compute unknown,sourced,Epoch AI,,
`;

export const CHIPS_CSV = `id,name,vendor,origin,tpp,performanceDensity,interconnectGBs,dataCenter,notes,provenance.kind,provenance.sources,provenance.confidence,provenance.notes
h800,NVIDIA H800,NVIDIA,US,15832,19.4,400,true,,,,,
ascend-910b,Huawei Ascend 910B,Huawei,CN,,,,true,Specs unknown,sourced,domain-facts B3,low,
`;

export const TRANSACTIONS_CSV = `id,kind,date,companyId,notes,provenance.kind,provenance.sources,provenance.confidence,provenance.notes,instrument,round,investors,amountUsd,lpCommitmentUsd,valuationUsd,bindingCommitmentDate,chipId,units,supplierCountry,teacher.developer,teacher.country,teacher.access,exchanges,dateFrom
manus-b,investment,2025-04-25,manus,,sourced,https://example.org/manus,high,,equity,Series B,Benchmark (US); Tencent (CN),75000000,,500000000,,,,,,,,,
zhipu-a,investment,2023-05-01,zhipu,,modeled,yardstick-long-tail-v1,,,equity,,,,,,2023-01-01,,,,,,,,
smuggled,chip-purchase,2024-03-01,,DOJ case,sourced,https://example.org/doj,medium,,,,,,,,,h800,2400,US,,,,,
distil,model-access,2025-11-01,zhipu,,sourced,https://example.org/anthropic,high,,,,,,,,,,,,Anthropic,US,closed-api,13000000,2025-01-01
`;

/** The hand-written set (all five files). */
export function handWritten(): CsvFile[] {
  return [
    { name: 'dataset.csv', text: DATASET_CSV },
    { name: 'companies.csv', text: COMPANIES_CSV },
    { name: 'models.csv', text: MODELS_CSV },
    { name: 'chips.csv', text: CHIPS_CSV },
    { name: 'transactions.csv', text: TRANSACTIONS_CSV },
  ];
}

/** Replace a file's text by a function of it. */
export function withFile(files: CsvFile[], name: string, change: (text: string) => string): CsvFile[] {
  return files.map((f) => (f.name === name ? { ...f, text: change(f.text) } : f));
}

/** Set one cell: `row` is the 1-based CSV row (header = 1); only for files without quoted line breaks. */
export function withCell(
  files: CsvFile[],
  name: string,
  row: number,
  column: string,
  cell: string,
): CsvFile[] {
  return withFile(files, name, (text) => {
    const lines = text.split(/\r?\n/);
    const header = lines[0]!.split(',');
    const at = header.indexOf(column);
    if (at < 0) throw new Error(`no column ${column}`);
    const cells = splitCsvLine(lines[row - 1]!);
    cells[at] = /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    lines[row - 1] = cells.join(',');
    return lines.join('\n');
  });
}

/** Split one CSV line into raw (still quoted) cells. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      cells.push(current);
      current = '';
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

/** A dataset as CSV files (throws if the export would lose anything). */
export function csvOf(dataset: Dataset): CsvFile[] {
  const { files, losses } = datasetToCsv(dataset);
  if (losses.length) throw new Error(`export loses ${losses[0]!.path}: ${losses[0]!.message}`);
  return files;
}
