import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { ImportError } from '@/lib/import/errors';
import { describeImportProblem } from '@/lib/import/plain-errors';

// The real record of division 1666, broken one way at a time, as an editor's upload might be.
const record = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data/commons-2023-11-15/commonsvotes-division-1666.json'), 'utf8'));

function problemWith(change: (r: Record<string, unknown> & { Ayes: Array<Record<string, unknown>> }) => unknown, text?: string): string {
  const broken = structuredClone(record);
  const changed = change(broken) ?? broken;
  try {
    parseDivisionJson(text ?? JSON.stringify(changed), 'division-1666.json');
  } catch (error) {
    if (error instanceof ImportError) return describeImportProblem(error);
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('the upload’s problems in plain words', () => {
  it('says what is missing or wrong, naming the field, without the validator’s words', () => {
    expect(problemWith((r) => void delete r.Date)).toBe('The file has no date for the division (field Date)');
    expect(problemWith((r) => void (r.Date = 1700075640))).toBe('The file’s date for the division is a number, where it should be text (field Date)');
    expect(problemWith((r) => void (r.Title = ''))).toBe('The file’s title for the division is empty (field Title)');
    expect(problemWith((r) => void delete r.Ayes[3]!.MemberId)).toBe('Member 4 in the list of ayes has no member id (field Ayes[3].MemberId)');
    expect(problemWith(() => [])).toBe('The file is not a division record: it holds no record (a JSON object) at all');
    expect(problemWith(() => null, '{"DivisionId": 1666')).toMatch(/^The file is not a division record: it is not valid JSON/);
  });

  it('keeps the importer’s own checks, with the field named', () => {
    expect(problemWith((r) => void (r.AyeCount = 3))).toBe(
      'Check the count of ayes in the file (field AyeCount): official count 3 but 125 names recorded in Ayes: the counts do not add up',
    );
    for (const change of [(r: Record<string, unknown>) => void delete r.Date, (r: Record<string, unknown>) => void (r.Number = 'three')]) {
      expect(problemWith(change)).not.toMatch(/Invalid input|received|expected/);
    }
  });
});
