import { csvFormatRows } from 'd3';

export type CsvCell = number | string | null | undefined;

/**
 * Formats a header row and data rows as RFC 4180 CSV (d3-dsv quotes commas, quotes and
 * line breaks). Empty cells: null, undefined and non-finite numbers, so a spreadsheet
 * sees a blank rather than "NaN".
 */
export function toCsv(columns: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map(formatCell));
  return csvFormatRows([columns, ...cells]);
}

function formatCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
}
