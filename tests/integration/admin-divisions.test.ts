import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDuplicateDivisions, saveDivisionMetadata, type DivisionValues } from '@/db/mutations/division-metadata';
import { uploadDivisionRecord } from '@/db/mutations/division-upload';
import { undoRevision } from '@/db/mutations/records';
import { divisions, importRuns, revisions, votes } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { parseDivisionJson } from '@/lib/import/commons-division';
import { describeSavedDivision, describeWarnings } from '@/lib/import/division-summary';
import { ImportError } from '@/lib/import/errors';
import { divisionFormSchema } from '@/lib/validation/divisions';
import { createTempDb, tableCounts, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };
const FIXTURE = path.join(process.cwd(), 'tests/fixtures/commons-votes-constructed-division.json');

const manual: DivisionValues = {
  house: 'commons',
  heldAt: '2023-11-20T16:30:00',
  number: 1,
  officialId: null,
  officialTitle: 'A division added by hand',
  shortTitle: null,
  motionText: null,
  motionTextSource: null,
  movedBy: null,
  ayeCount: 10,
  noCount: 20,
  resultText: null,
  isDeferred: false,
  hansardUrl: null,
  hansardReference: null,
  sources: [],
};

describe('admin: division details', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
  });
  afterEach(() => t.close());

  it('refuses a division whose official id is already held, and names the one to edit instead', () => {
    const counts = tableCounts(t.db);
    const result = saveDivisionMetadata(t.db, null, { ...manual, officialId: 1666 }, { actor, expectedUpdatedAt: null });
    expect(result.status).toBe('duplicate');
    const held = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!;
    expect(result.status === 'duplicate' && result.duplicates).toEqual([
      { id: held.id, officialId: 1666, house: 'commons', date: '2023-11-15', number: 3, clash: 'officialId' },
    ]);
    expect(tableCounts(t.db)).toEqual(counts);
  });

  it('refuses a second division with the same house, date and number', () => {
    const result = saveDivisionMetadata(t.db, null, { ...manual, heldAt: '2023-11-15T20:00:00', number: 3 }, { actor, expectedUpdatedAt: null });
    expect(result.status === 'duplicate' && result.duplicates.map((d) => [d.officialId, d.clash])).toEqual([[1666, 'number']]);
    // The same number on another day, or in the other House, is a different division.
    expect(findDuplicateDivisions(t.db, { ...manual, heldAt: '2023-11-16T20:00:00', number: 3 }, null)).toEqual([]);
    expect(findDuplicateDivisions(t.db, { ...manual, house: 'lords', heldAt: '2023-11-15T20:00:00', number: 3 }, null)).toEqual([]);
  });

  it('creates a division by hand with a revision, and lets it be edited without clashing with itself', () => {
    const created = saveDivisionMetadata(t.db, null, { ...manual, officialId: 990002 }, { actor, expectedUpdatedAt: null });
    if (created.status !== 'saved') throw new Error(`not saved: ${created.status}`);
    const row = t.db.select().from(divisions).where(eq(divisions.id, Number(created.id))).get()!;
    expect(row).toMatchObject({ date: '2023-11-20', heldAt: '2023-11-20T16:30:00', officialId: 990002, ayeCount: 10 });
    const edited = saveDivisionMetadata(t.db, row.id, { ...manual, officialId: 990002, shortTitle: 'Short' }, { actor, expectedUpdatedAt: row.updatedAt });
    expect(edited.status).toBe('saved');
    const stale = saveDivisionMetadata(t.db, row.id, { ...manual, officialId: 990002 }, { actor, expectedUpdatedAt: row.updatedAt });
    expect(stale.status).toBe('conflict');
    expect(t.db.select().from(revisions).where(eq(revisions.recordId, String(row.id))).all().map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('checks the form: a real date and time, whole-number counts, and every problem at once', () => {
    const parsed = divisionFormSchema.safeParse({ house: 'commons', heldAt: '2023-02-30T19:14', number: '0', ayeCount: '-1', noCount: '2.5', officialId: 'abc' });
    expect(parsed.success).toBe(false);
    const fields = new Set(parsed.error?.issues.map((i) => i.path[0]));
    expect([...fields].sort()).toEqual(['ayeCount', 'heldAt', 'noCount', 'number', 'officialId', 'officialTitle']);
    const ok = divisionFormSchema.parse({ house: 'commons', heldAt: '2023-11-15T19:14', number: '3', ayeCount: '0', noCount: '293', officialTitle: 'T', isDeferred: 'yes' });
    expect(ok).toMatchObject({ heldAt: '2023-11-15T19:14:00', number: 3, ayeCount: 0, noCount: 293, officialId: null, isDeferred: true });
  });
});

describe('admin: uploading an official division file', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
  });
  afterEach(() => t.close());

  const upload = (text: string) =>
    t.db.transaction((tx) => uploadDivisionRecord(tx, parseDivisionJson(text, 'constructed.json'), { actor, fileName: 'constructed.json' }));
  const votesOf = (officialId: number) =>
    t.db.get<{ n: number }>(sql`select count(*) as n from ${votes} join ${divisions} on ${divisions.id} = ${votes.divisionId} where ${divisions.officialId} = ${officialId}`).n;

  it('loads a new division as one revision that undo removes, votes and all, and undoing the undo brings back', () => {
    const countsBefore = tableCounts(t.db);
    const result = upload(fs.readFileSync(FIXTURE, 'utf8'));
    expect(result.status).toBe('new');
    expect(describeSavedDivision(result)).toBe('Division 990001: new (650 votes)');
    expect(describeWarnings(result)).toEqual(['note: NoCount: official count 293 but 294 names recorded in Noes']);
    expect(votesOf(990001)).toBe(650);

    const revision = t.db.select().from(revisions).where(eq(revisions.id, result.revisionId!)).get()!;
    expect(revision).toMatchObject({ tableName: 'divisions', action: 'create', recordId: String(result.divisionId), actorLabel: 'editor@example.org' });
    expect((revision.after as { votes: unknown[] }).votes).toHaveLength(650);
    expect(t.db.select().from(importRuns).where(eq(importRuns.id, result.runId)).get()).toMatchObject({ source: 'admin-upload', status: 'succeeded' });

    const undo = undoRevision(t.db, result.revisionId!, { actor });
    expect(undo.status).toBe('undone');
    expect(votesOf(990001)).toBe(0);
    expect(t.db.select().from(divisions).where(eq(divisions.officialId, 990001)).get()).toBeUndefined();
    expect({ ...tableCounts(t.db), revisions: 0 }).toEqual({ ...countsBefore, revisions: 0 });

    if (undo.status !== 'undone') return;
    expect(undoRevision(t.db, undo.revisionId, { actor }).status).toBe('undone');
    expect(votesOf(990001)).toBe(650);
    expect(t.db.select().from(divisions).where(eq(divisions.officialId, 990001)).get()).toMatchObject({ id: result.divisionId, number: 90 });
  });

  it('changes nothing when the same file is uploaded again', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    upload(text);
    const counts = tableCounts(t.db);
    const again = upload(text);
    expect(again).toMatchObject({ status: 'unchanged', revisionId: null });
    expect({ ...tableCounts(t.db) }).toEqual(counts);
  });

  it('refuses a broken file with the importer’s message naming the field, before anything is written', () => {
    const record = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
    const cases: [string, RegExp][] = [
      ['{"DivisionId": 990001, "Ayes": [', /^constructed\.json: not valid JSON/],
      [JSON.stringify({ ...record, AyeCount: 'many' }), /^constructed\.json: AyeCount: /],
      [JSON.stringify({ ...record, NoCount: 100 }), /^constructed\.json: NoCount: official count 100 but 294 names recorded in Noes: the counts do not add up$/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseDivisionJson(text, 'constructed.json')).toThrow(ImportError);
      expect(() => parseDivisionJson(text, 'constructed.json')).toThrow(message);
    }
  });
});
