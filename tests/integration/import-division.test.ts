import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { undoRevision } from '@/db/mutations/records';
import { divisions, importRuns, persons, revisions } from '@/db/schema';
import { ImportError } from '@/lib/import/errors';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { createTempDb, DIVISION_1666, readDivision1666, tableCounts, voteDump, type TempDb } from './support/temp-db';

describe('importing Commons Votes API division records', () => {
  let t: TempDb;
  const write = (name: string, content: unknown) => {
    const file = path.join(t.dir, name);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const expectImportError = (fn: () => unknown, pattern: RegExp) => {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect((caught as ImportError).message).toMatch(pattern);
  };

  beforeEach(() => {
    t = createTempDb();
  });
  afterEach(() => t.close());

  it('loads the real division 1666 into an empty database and flags the members it did not know', () => {
    const summary = importDivisionFiles(t.db, [DIVISION_1666]);
    expect(summary.counts).toEqual({ new: 1, changed: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(summary.results[0]?.votes).toBe(650);
    expect(summary.results[0]?.createdMembers).toHaveLength(650);
    expect(summary.results[0]?.warnings).toContain('NoCount: official count 293 but 294 names recorded in Noes');
    expect(t.db.get<{ n: number }>(sql`select count(*) as n from persons where needs_review = 1`).n).toBe(650);
    const run = t.db.select().from(importRuns).where(eq(importRuns.id, summary.runId ?? -1)).get();
    expect(run?.status).toBe('succeeded');
    expect(Object.values(run?.responseHashes ?? {})[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes and duplicates nothing when the same division is imported twice', () => {
    seedDatabase(t.db);
    const counts = tableCounts(t.db);
    const votes = voteDump(t.db);
    const summary = importDivisionFiles(t.db, [DIVISION_1666]);
    expect(summary.counts.unchanged).toBe(1);
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votes);
  });

  it('creates and flags a member the database does not know, and says so', () => {
    seedDatabase(t.db);
    const record = readDivision1666();
    record.DivisionId = 99001;
    record.Number = 4;
    record.Ayes = [
      ...record.Ayes,
      { ...record.Ayes[0], MemberId: 999999, Name: 'New Member', MemberFrom: 'Nowhere', ProxyName: null },
    ];
    record.AyeCount = 126;
    const summary = importDivisionFiles(t.db, [write('unknown-member.json', record)]);
    expect(summary.results[0]?.createdMembers).toEqual([999999]);
    expect(summary.results[0]?.warnings.join(' ')).toMatch(/999999/);
    const person = t.db.select().from(persons).where(eq(persons.parliamentId, 999999)).get();
    expect(person).toMatchObject({ name: 'New Member', needsReview: true });
  });

  it('updates a division Parliament corrected and keeps the change as a revision', () => {
    seedDatabase(t.db);
    const record = readDivision1666();
    const moved = record.Noes.pop() as Record<string, unknown>;
    record.Ayes.push(moved);
    record.AyeCount = 126;
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-16T10:00:00';
    const summary = importDivisionFiles(t.db, [write('corrected.json', record)]);
    expect(summary.counts.changed).toBe(1);
    const position = t.db.get<{ position: string }>(
      sql`select v.position from votes v join persons p on p.id = v.person_id where p.parliament_id = ${moved.MemberId as number}`,
    );
    expect(position.position).toBe('aye');
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'divisions')).get();
    expect(revision).toMatchObject({ action: 'update', actorLabel: 'importer', importRunId: summary.runId });
    expect(revision?.before).toMatchObject({ ayeCount: 125, noCount: 293 });
    expect(revision?.after).toMatchObject({ ayeCount: 126, noCount: 292 });
  });

  it('lets an editor undo a correction the importer loaded, votes included', () => {
    seedDatabase(t.db);
    const counts = tableCounts(t.db);
    const votesBefore = voteDump(t.db);
    const record = readDivision1666();
    record.Ayes.push(record.Noes.pop() as Record<string, unknown>);
    record.AyeCount = 126;
    record.NoCount = 292;
    importDivisionFiles(t.db, [write('corrected-again.json', record)]);
    expect(voteDump(t.db)).not.toBe(votesBefore);

    const changes = t.db.select().from(revisions).orderBy(revisions.id).all();
    expect(changes.map((r) => r.tableName)).toEqual(['divisions', 'division_votes']);
    expect((changes[1]?.before as { votes: unknown[] }).votes).toHaveLength(1);
    for (const change of changes.reverse()) {
      expect(undoRevision(t.db, change.id, { actor: { label: 'editor@example.org' } }).status).toBe('undone');
    }
    expect(voteDump(t.db)).toBe(votesBefore);
    expect({ ...tableCounts(t.db), revisions: counts.revisions }).toEqual(counts);
    expect(t.db.select({ ayeCount: divisions.ayeCount }).from(divisions).get()?.ayeCount).toBe(125);
  });

  it('a dry run says what would change and writes nothing, not even an import run', () => {
    seedDatabase(t.db);
    const record = readDivision1666();
    record.Noes.pop();
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-16T10:00:00';
    const counts = tableCounts(t.db);
    const votes = voteDump(t.db);
    const runs = t.db.select().from(importRuns).all().length;
    const summary = importDivisionFiles(t.db, [write('corrected.json', record), write('other.json', { ...record, DivisionId: 99010, Number: 9 })], { dryRun: true });
    expect(summary.counts).toEqual({ new: 1, changed: 1, unchanged: 0, skipped: 0, failed: 0 });
    expect(summary.runId).toBeNull();
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votes);
    expect(t.db.select().from(importRuns).all()).toHaveLength(runs);
  });

  it('a division that fails while loading is rolled back whole; those before it in the same commit stay', () => {
    seedDatabase(t.db);
    const record = readDivision1666();
    const first = write('first.json', { ...record, DivisionId: 99020, Number: 20 });
    // Valid on its own, but it clashes with division 1666 (same day, same number) when saved.
    const clash = write('clash.json', { ...record, DivisionId: 99021 });
    const last = write('last.json', { ...record, DivisionId: 99022, Number: 22 });
    const before = tableCounts(t.db);
    expect(() => importDivisionFiles(t.db, [first, clash, last])).toThrow(/clash\.json: Number: .*already held as division 1666/);
    const held = (id: number) => t.db.get<{ n: number }>(sql`select count(*) as n from votes v join divisions d on d.id = v.division_id where d.official_id = ${id}`).n;
    expect([held(99020), held(99021), held(99022)]).toEqual([650, 0, 0]);
    expect(tableCounts(t.db)).toMatchObject({ divisions: (before.divisions ?? 0) + 1, votes: (before.votes ?? 0) + 650 });
    expect(t.db.select().from(importRuns).where(eq(importRuns.source, 'commons-votes-files')).get()?.status).toBe('failed');
  });

  it('a failed division keeps the memberships and seats those saved before it in the same commit stretched', () => {
    // An empty database: every membership and seat comes from the records, stretched day after day. A bulk import
    // writes those stretches once a commit (db/mutations/deferred-writes.ts); a failure must not lose them.
    const record = readDivision1666();
    const first = write('first.json', { ...record, DivisionId: 99030, Number: 30, Date: '2023-11-20T00:00:00' });
    const second = write('second.json', { ...record, DivisionId: 99031, Number: 31, Date: '2023-11-21T00:00:00' });
    const clash = write('clash.json', { ...record, DivisionId: 99032, Number: 31, Date: '2023-11-21T00:00:00' });
    expect(() => importDivisionFiles(t.db, [first, second, clash])).toThrow(/clash\.json: Number: .*already held/);
    const spans = t.db.all<{ from: string; to: string; n: number }>(
      sql`select start_date as "from", end_date as "to", count(*) as n from memberships group by 1, 2`,
    );
    expect(spans).toEqual([{ from: '2023-11-20', to: '2023-11-21', n: 650 }]);
    const seats = t.db.all<{ from: string; to: string; n: number }>(
      sql`select valid_from as "from", valid_to as "to", count(*) as n from constituencies group by 1, 2`,
    );
    expect(seats).toEqual([{ from: '2023-11-20', to: '2023-11-21', n: 650 }]);
  });

  describe('bad input changes nothing and names the file and the field', () => {
    beforeEach(() => {
      seedDatabase(t.db);
    });

    const cases: [string, (r: ReturnType<typeof readDivision1666>) => unknown, RegExp][] = [
      ['malformed JSON (a truncated download)', () => fs.readFileSync(DIVISION_1666, 'utf8').slice(0, 5000), /truncated\.json: not valid JSON/],
      ['a wrong shape', (r) => ({ ...r, Ayes: r.Ayes.map((m, i) => (i === 3 ? { ...m, MemberId: 'x' } : m)) }), /wrong-shape\.json: Ayes\[3\]\.MemberId/],
      ['a missing field', (r) => ({ ...r, Title: undefined }), /missing-field\.json: Title/],
      ['counts that do not add up', (r) => ({ ...r, DivisionId: 99002, AyeCount: 200 }), /bad-counts\.json: AyeCount: .*do not add up/],
      ['a member listed twice', (r) => ({ ...r, Noes: [...r.Noes, r.Noes[0]] }), /twice\.json: Noes\[294\]\.MemberId: .*listed twice/],
      ['a search result with empty member lists', (r) => ({ ...r, Ayes: [], Noes: [], AyeTellers: [], NoTellers: [] }), /search\.json: Ayes: .*search result/],
    ];
    const names = ['truncated', 'wrong-shape', 'missing-field', 'bad-counts', 'twice', 'search'];

    cases.forEach(([label, make, pattern], i) => {
      it(`refuses ${label}`, () => {
        const counts = tableCounts(t.db);
        const votes = voteDump(t.db);
        const file = write(`${names[i]}.json`, make(readDivision1666()));
        expectImportError(() => importDivisionFiles(t.db, [file]), pattern);
        expect(tableCounts(t.db)).toEqual(counts);
        expect(voteDump(t.db)).toBe(votes);
        const run = t.db.select().from(importRuns).where(eq(importRuns.source, 'commons-votes-files')).get();
        expect(run?.status).toBe('failed');
      });
    });

    it('writes nothing from a batch in which one file is bad', () => {
      const record = readDivision1666();
      const good = write('good.json', { ...record, DivisionId: 99003, Number: 5 });
      const bad = write('bad.json', '{"DivisionId": 1');
      const counts = tableCounts(t.db);
      expectImportError(() => importDivisionFiles(t.db, [good, bad]), /bad\.json/);
      expect(tableCounts(t.db)).toEqual(counts);
    });

    it('the command exits non-zero, names the file and leaves the database as it was', () => {
      const bad = write('cli-bad.json', { ...readDivision1666(), NoCount: -1 });
      const counts = tableCounts(t.db);
      const result = spawnSync('npx', ['tsx', 'scripts/import.ts', 'divisions', '--file', bad], {
        env: { ...process.env, DATABASE_PATH: t.file },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/cli-bad\.json: NoCount:/);
      expect(tableCounts(t.db)).toEqual(counts);
    });
  });
});
