// CSV for downloads: UTF-8 with a byte-order mark (so Excel reads "Sinn Féin" correctly), CRLF line ends and
// RFC 4180 quoting. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab or
// carriage return) get a leading single quote, as OWASP advises for CSV injection.
// Pure: no Next.js, no database. Route handlers wrap the text with csvResponse (lib/export/response.ts).

/** A value a cell may hold. Dates should already be ISO strings; null and undefined become empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column: its header and how to read its value from a row. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text, safe to open in a spreadsheet: a string that starts with =, +, -, @, tab or CR is prefixed
 * with a single quote. Numbers are written as numbers (a negative number is data, not a formula).
 */
export function neutraliseFormula(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, with its quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line end): each cell neutralised, then quoted. */
export function toCsvRow(cells: ReadonlyArray<CsvValue>): string {
  return cells.map((cell) => quoteField(neutraliseFormula(cell))).join(',');
}

/**
 * A whole CSV document: BOM, header row, one row per item, each line ended with CRLF.
 *
 *   toCsv(rows, [{ header: 'Name', value: (r) => r.name }, { header: 'Party', value: (r) => r.party }])
 */
export function toCsv<Row>(rows: ReadonlyArray<Row>, columns: ReadonlyArray<CsvColumn<Row>>): string {
  const lines = [toCsvRow(columns.map((c) => c.header)), ...rows.map((row) => toCsvRow(columns.map((c) => c.value(row))))];
  return CSV_BOM + lines.map((line) => line + CSV_EOL).join('');
}
