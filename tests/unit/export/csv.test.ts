import { describe, expect, it } from 'vitest';
import { neutraliseFormula, quoteField, toCsv, toCsvRow } from '@/lib/export/csv';
import { csvResponse, errorResponse, safeFilename } from '@/lib/export/response';
import { parseCsv } from '@/lib/import/csv';

type Row = { name: string; party: string; count: number | null };
const columns = [
  { header: 'Name', value: (r: Row) => r.name },
  { header: 'Party', value: (r: Row) => r.party },
  { header: 'Count', value: (r: Row) => r.count },
];

describe('toCsv', () => {
  it('starts with a BOM, ends every line with CRLF, and keeps unicode as UTF-8 text', () => {
    const csv = toCsv([{ name: 'Michelle Gildernew', party: 'Sinn Féin', count: 0 }], columns);
    expect(csv.startsWith('\uFEFFName,Party,Count\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFName,Party,Count\r\nMichelle Gildernew,Sinn Féin,0\r\n');
    expect(new TextDecoder().decode(new TextEncoder().encode(csv))).toContain('Sinn Féin');
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, double quotes and line breaks as RFC 4180 says, and reads back unchanged', () => {
    const rows: Row[] = [
      { name: 'Liverpool, Wavertree', party: 'He said "no"', count: 3 },
      { name: 'Two\nlines', party: 'CR\rhere', count: null },
    ];
    const csv = toCsv(rows, columns);
    expect(csv).toContain('"Liverpool, Wavertree","He said ""no""",3\r\n');
    expect(csv).toContain('"Two\nlines","CR\rhere",\r\n');
    expect(parseCsv(csv, 'test.csv')).toEqual([
      { Name: 'Liverpool, Wavertree', Party: 'He said "no"', Count: '3' },
      { Name: 'Two\nlines', Party: 'CR\rhere', Count: '' },
    ]);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=SUM(A1:A2)', '+44 20', '-1+2', '@cmd', '\t=1', '\r=1']) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(toCsvRow(['=HYPERLINK("http://x","y")', 'safe'])).toBe(`"'=HYPERLINK(""http://x"",""y"")",safe`);
    expect(neutraliseFormula('Ayes = 125')).toBe('Ayes = 125');
    expect(neutraliseFormula("O'Brien")).toBe("O'Brien");
  });

  it('writes numbers, booleans and missing values plainly', () => {
    expect(toCsvRow([-3, 0, true, false, null, undefined, Number.NaN])).toBe('-3,0,true,false,,,');
  });

  it('quotes only when it must', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
  });
});

describe('download responses', () => {
  it('sends CSV as an attachment with a safe file name', async () => {
    const response = csvResponse([{ name: 'A', party: 'B', count: 1 }], columns, 'Rebels 1666 Sinn Féin.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="rebels-1666-sinn-fein.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers errors as JSON with their status', async () => {
    const response = errorResponse(400, 'These filters are not valid.', [{ path: 'role', message: 'bad' }]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'These filters are not valid.', issues: [{ path: 'role', message: 'bad' }] });
    expect(safeFilename('../../etc/passwd')).toBe('etc-passwd');
  });
});
