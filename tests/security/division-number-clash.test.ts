// Issue 11, item 8: an official record with a DivisionId not held, but the day and number of a division that is (one
// an editor entered by hand, or another official one), hit the unique index on (house, date, number) as an uncaught
// SQLite error: a 500 on the upload page, a stack trace from the command. It is refused instead, with a message that
// names the file and the division already held, and nothing is written.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveDivisionMetadata } from '@/db/mutations/division-metadata';
import { divisions } from '@/db/schema';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { databaseFingerprint } from '../integration/support/app-session';
import { readDivision1666, voteDump } from '../integration/support/temp-db';
import { importErrorOf, runImportCommand, startUploadSession, writeRecord, type UploadSession } from './support/division-files';

vi.mock('next/headers', () => import('../integration/support/next-request'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const HAND_TITLE = 'A division entered by hand before the record was published';

/** Division 1666's record under another DivisionId, on another day and number if given. */
function record(divisionId: number, options: { date?: string; number?: number } = {}) {
  const r = readDivision1666() as ReturnType<typeof readDivision1666> & { Date: string };
  r.DivisionId = divisionId;
  if (options.date) r.Date = `${options.date}T17:30:00`;
  if (options.number) r.Number = options.number;
  return r;
}

describe('a division record with the day and number of a division already held', () => {
  let s: UploadSession;
  let handEntered: number;
  const rowsOf = () => ({ ...databaseFingerprint(s.t.db).rows, import_runs: 0 });

  beforeAll(async () => {
    s = await startUploadSession('editor@clash.test');
    const saved = saveDivisionMetadata(
      s.t.db,
      null,
      {
        house: 'commons',
        heldAt: '2023-11-20T16:30:00',
        number: 7,
        officialId: null,
        officialTitle: HAND_TITLE,
        shortTitle: null,
        motionText: null,
        motionTextSource: null,
        movedBy: null,
        ayeCount: 125,
        noCount: 293,
        resultText: null,
        isDeferred: false,
        hansardUrl: null,
        hansardReference: null,
        sources: [],
      },
      { actor: { label: 'editor@clash.test' }, expectedUpdatedAt: null },
    );
    if (saved.status !== 'saved') throw new Error(`could not enter the division by hand: ${saved.status}`);
    handEntered = Number(saved.id);
  });
  afterAll(() => s.close());

  it('the import refuses it, naming the file and the hand-entered division by title and admin address', () => {
    const before = rowsOf();
    const votes = voteDump(s.t.db);
    const file = writeRecord(s.t.dir, 'clash-hand.json', record(99_080, { date: '2023-11-20', number: 7 }));
    const error = importErrorOf(() => importDivisionFiles(s.t.db, [file]));
    expect(error.file).toBe(file);
    expect(error.field).toBe('Number');
    expect(error.message).toContain(HAND_TITLE);
    expect(error.message).toContain(`/admin/divisions/${handEntered}`);
    expect(rowsOf()).toEqual(before);
    expect(voteDump(s.t.db)).toBe(votes);
    // A dry run says the same.
    expect(importErrorOf(() => importDivisionFiles(s.t.db, [file], { dryRun: true })).message).toBe(error.message);
  });

  it('the import refuses it naming the official division held (1666), and a corrected record that would move a division onto it', () => {
    const before = rowsOf();
    const file = writeRecord(s.t.dir, 'clash-1666.json', record(99_081));
    const error = importErrorOf(() => importDivisionFiles(s.t.db, [file]));
    expect(error.message).toMatch(/clash-1666\.json: Number: .*division 1666\b/);
    expect(rowsOf()).toEqual(before);

    // Held under its own id on another day, then "corrected" onto 1666's day and number.
    importDivisionFiles(s.t.db, [writeRecord(s.t.dir, 'own-day.json', record(99_082, { date: '2023-11-21', number: 2 }))]);
    const held = rowsOf();
    const moved = writeRecord(s.t.dir, 'moved.json', record(99_082));
    expect(importErrorOf(() => importDivisionFiles(s.t.db, [moved])).message).toMatch(/moved\.json: Number: .*division 1666\b/);
    expect(rowsOf()).toEqual(held);
    expect(s.t.db.select({ date: divisions.date }).from(divisions).where(eq(divisions.officialId, 99_082)).get()).toEqual({ date: '2023-11-21' });
  });

  it('the command prints that one line, without a stack trace, and exits 1', () => {
    const before = rowsOf();
    const file = writeRecord(s.t.dir, 'cli-clash.json', record(99_083, { date: '2023-11-20', number: 7 }));
    const result = runImportCommand(s.t.file, [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^Error: .*cli-clash\\.json: Number: .*${HAND_TITLE}.*/admin/divisions/${handEntered}.*$`, 'm'));
    expect(result.stderr).not.toMatch(/UNIQUE constraint|\n\s+at /);
    expect(rowsOf()).toEqual(before);
  });

  it('the upload refuses it beside the file field (not a 500) and writes nothing', async () => {
    const before = databaseFingerprint(s.t.db);
    const outcome = await s.upload(JSON.stringify(record(99_084, { date: '2023-11-20', number: 7 })), 'upload-clash.json');
    expect(outcome.threw).toBe(false);
    const state = (outcome as { value: { status: string; message?: string; fieldErrors?: Record<string, string[]> } }).value;
    expect(state.status).toBe('invalid');
    expect(state.message).toMatch(/nothing was written/);
    expect(state.fieldErrors?.file?.[0]).toMatch(/^upload-clash\.json: Check the number for the division in the file \(field Number\): /);
    expect(state.fieldErrors?.file?.[0]).toContain(`/admin/divisions/${handEntered}`);
    expect(databaseFingerprint(s.t.db)).toEqual(before);

    const official = await s.upload(JSON.stringify(record(99_085)), 'upload-clash-1666.json');
    expect((official as { value: { fieldErrors?: Record<string, string[]> } }).value.fieldErrors?.file?.[0]).toMatch(/^upload-clash-1666\.json: Check the number for the division in the file \(field Number\): .*division 1666\b/);
    expect(databaseFingerprint(s.t.db)).toEqual(before);
  });
});
