import { readCsvRows } from '../csv';
import { ImportError } from '../errors';
import type { BulkColumn } from './columns';
import type { BulkProblem } from './problems';

// The one reader behind the three bulk files: the project's CSV parser (lib/import/csv.ts), with each row's line,
// the header checked against the kind's columns, and a line with the wrong number of cells reported as a problem
// rather than ending the read, so that the editor sees every problem at once.

/** At most this many lines in one file: enough for a whole House's whips or a reshuffle, small enough to check at once. */
export const MAX_BULK_LINES = 2000;

export type BulkCsvLine = { line: number; cells: Record<string, string> };

export function readBulkCsv(text: string, columns: ReadonlyArray<BulkColumn>): { lines: BulkCsvLine[]; problems: BulkProblem[] } {
  let rows: { line: number; fields: string[] }[];
  try {
    rows = readCsvRows(text, 'the file');
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const line = /^line (\d+)$/.exec(error.field ?? '');
    return { lines: [], problems: [{ line: line ? Number(line[1]) : null, column: null, message: `${error.detail}: check the quotes (") on this line and the ones before it` }] };
  }
  const names = columns.map((c) => c.name);
  const expected = `The first line must be the header row, e.g. ${names.join(',')} (download the template)`;
  const headerRow = rows.shift();
  if (!headerRow || headerRow.fields.every((h) => h.trim() === '')) {
    return { lines: [], problems: [{ line: 1, column: null, message: `The file is empty. ${expected}` }] };
  }
  const header = headerRow.fields.map((h) => h.trim().toLowerCase());
  const problems: BulkProblem[] = [];
  header.forEach((h, i) => {
    if (h === '') problems.push({ line: 1, column: null, message: `Column ${i + 1} of the header has no name. ${expected}` });
    else if (!names.includes(h)) problems.push({ line: 1, column: null, message: `Unknown column “${headerRow.fields[i]!.trim()}”: the columns are ${names.join(', ')}` });
    else if (header.indexOf(h) !== i) problems.push({ line: 1, column: null, message: `The column ${h} appears twice in the header` });
  });
  const missing = columns.filter((c) => c.isRequired && !header.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) problems.push({ line: 1, column: null, message: `The header has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}. ${expected}` });
  if (problems.length > 0) return { lines: [], problems };

  const lines: BulkCsvLine[] = [];
  for (const row of rows) {
    // A blank line (or a spreadsheet's row of empty cells) is no line.
    if (row.fields.every((f) => f.trim() === '')) continue;
    if (row.fields.length !== header.length) {
      problems.push({ line: row.line, column: null, message: `it has ${row.fields.length} cells, the header has ${header.length}: check the commas and quotes` });
      continue;
    }
    lines.push({ line: row.line, cells: Object.fromEntries(header.map((h, j) => [h, row.fields[j] ?? ''])) });
  }
  if (lines.length === 0 && problems.length === 0) problems.push({ line: null, column: null, message: 'There are no lines below the header row' });
  if (lines.length > MAX_BULK_LINES) {
    problems.push({ line: null, column: null, message: `The file has ${lines.length} lines: load at most ${MAX_BULK_LINES} at a time (split it into several files)` });
  }
  return { lines, problems };
}
