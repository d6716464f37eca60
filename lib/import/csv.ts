import { ImportError } from './errors';

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) into
 * records keyed by the header row. Every record must have as many fields as the header.
 */
export function parseCsv(text: string, file: string): Record<string, string>[] {
  const rows = readCsvRows(text, file).map((r) => r.fields);
  const header = rows.shift();
  if (!header || header.every((h) => h === '')) throw new ImportError(file, null, 'the file is empty (no header row)');
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row, i) => {
      if (row.length !== header.length) {
        throw new ImportError(file, `row ${i + 2}`, `has ${row.length} fields, the header has ${header.length}`);
      }
      return Object.fromEntries(header.map((h, j) => [h, row[j] ?? '']));
    });
}

/**
 * The rows of a CSV file, header first, each with the line of the file it starts on (a quoted field may run
 * over several lines), so that a problem can name the line as an editor sees it. A byte-order mark is ignored.
 */
export function readCsvRows(csv: string, file: string): { line: number; fields: string[] }[] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: { line: number; fields: string[] }[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let quoteStart = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new ImportError(file, `line ${line}`, 'a quote appears in the middle of an unquoted field');
      inQuotes = true;
      quoteStart = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push({ line: rowStart, fields: row });
      row = [];
      field = '';
      line += 1;
      rowStart = line;
    } else field += c;
  }
  if (inQuotes) throw new ImportError(file, `line ${quoteStart}`, 'a quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push({ line: rowStart, fields: row });
  }
  return rows;
}
