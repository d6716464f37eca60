import { ImportError } from './errors';

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) into
 * records keyed by the header row. Every record must have as many fields as the header.
 */
export function parseCsv(text: string, file: string): Record<string, string>[] {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''), file);
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

function parseCsvRows(text: string, file: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
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
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line += 1;
    } else field += c;
  }
  if (inQuotes) throw new ImportError(file, `line ${line}`, 'a quoted field is never closed');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
