/**
 * Datasets as CSV files (docs/DATA.md §5): read them (`datasetFromCsv`) and write them (`datasetToCsv`).
 */
export { type CellCodec, type CellRead, joinList, splitList } from './cells';
export { type Column, type Presence, TABLE_NAMES, TABLES, type TableName, type TableSpec } from './columns';
export { type CsvFile, datasetFromCsv, REQUIRED_TABLES, tableOfFile } from './from-csv';
export { type CsvExport, datasetToCsv, normaliseForCsv } from './to-csv';
