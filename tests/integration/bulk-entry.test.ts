import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '@/db/connection';
import { writeBulkChange } from '@/db/mutations/bulk-changes';
import { undoRevision, updateRecord } from '@/db/mutations/records';
import { divisions, parties, persons, posts, revisions, stances, suggestions, votes, whips } from '@/db/schema';
import { seedDatabase } from '@/db/seed';
import { analyseDivision } from '@/lib/domain';
import { BULK_KINDS, bulkColumns, bulkExample, parseBulkFile, type BulkKind } from '@/lib/import/bulk/kinds';
import { describeBulkProblem } from '@/lib/import/bulk/problems';
import { createTempDb, tableCounts, type TempDb } from './support/temp-db';

const actor = { id: 'u1', label: 'editor@example.org' };

/** A whole table, every column but `updated_at` (an undo puts a record's values back with a new timestamp). */
const dump = (db: AppDatabase, table: 'whips' | 'posts' | 'stances') =>
  db.all<Record<string, unknown>>(sql.raw(`select * from ${table} order by id`)).map(({ updated_at: _u, ...row }) => (void _u, row));

const load = (db: AppDatabase, kind: BulkKind, text: string, options: { dryRun?: boolean; fileName?: string } = {}) =>
  db.transaction((tx) => writeBulkChange(tx, parseBulkFile(kind, text, options.fileName ?? `${kind}.csv`), { actor, dryRun: options.dryRun }));

const csv = (kind: BulkKind, lines: Record<string, string>[]) => {
  const names = bulkColumns(kind).map((c) => c.name);
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [names.join(','), ...lines.map((l) => names.map((n) => cell(l[n] ?? '')).join(','))].join('\n') + '\n';
};

describe('bulk entry of whips, posts and statements', () => {
  let t: TempDb;
  let division1666: number;
  let labour: number;
  beforeEach(() => {
    t = createTempDb();
    seedDatabase(t.db);
    division1666 = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
    labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!.id;
  });
  afterEach(() => t.close());

  const labourRebels = () => {
    const facts = t.db.select({ personId: votes.personId, partyId: votes.partyId, position: votes.position, isTeller: votes.isTeller }).from(votes).where(eq(votes.divisionId, division1666)).all();
    const recorded = new Map(t.db.select().from(whips).where(eq(whips.divisionId, division1666)).all().map((w) => [w.partyId, w]));
    return analyseDivision(facts, t.db.select({ id: parties.id, kind: parties.kind }).from(parties).all(), recorded).parties.get(labour)!.rebels;
  };

  it('each template, an example line from the real record, changes nothing in the seeded record', () => {
    for (const kind of BULK_KINDS) {
      const result = load(t.db, kind, csv(kind, [bulkExample(kind)]));
      expect(result.status, kind).toBe('saved');
      if (result.status === 'refused') continue;
      expect(result.counts, kind).toEqual({ new: 0, changed: 0, unchanged: 1 });
      expect(result.revisionId).toBeNull();
    }
    expect(tableCounts(t.db).revisions).toBe(0);
  });

  describe('whips', () => {
    const good = csv('whips', [
      // Labour's abstain becomes "vote for": the 56 who voted aye are no longer rebels.
      { division: '1666', party: 'lab', instruction: 'for', strength: 'three-line', basis: 'reported', note: 'Invented for the test.', source_url: 'https://labourlist.org/2023/11/parliament-ceasefire-vote-mps-labour-frontbench/ https://example.org/b', source_note: 'said so' },
      { division: '1666', party: 'Democratic Unionist Party', instruction: 'free', strength: '2', basis: 'inferred' },
      { ...bulkExample('whips'), party: 'Scottish National Party', instruction: 'aye', strength: '', note: 'The SNP tabled amendment (h); both tellers for the Ayes were SNP MPs.', source_url: 'https://thenational.scot/news/23911493.snp-use-kings-speech-amendment-force-labour-ceasefire-vote' },
    ]);

    it('writes a good file as one change that one undo takes back exactly, and a second undo writes it again', () => {
      const before = dump(t.db, 'whips');
      expect(labourRebels()).toBe(56);
      const result = load(t.db, 'whips', good, { fileName: 'whips-1666.csv' });
      expect(result.status).toBe('saved');
      if (result.status === 'refused') return;
      expect(result.counts).toEqual({ new: 1, changed: 1, unchanged: 1 });
      expect(result.items.map((i) => [i.line, i.status])).toEqual([[2, 'changed'], [3, 'new'], [4, 'unchanged']]);
      expect(result.items[0]!.detail).toMatch(/^instruction abstain → aye/);
      expect(result.items[1]!.notes).toEqual(['strength 2 cleared: a free vote has no whip lines']);
      expect(labourRebels()).toBe(0);
      const labourWhip = t.db.select().from(whips).where(and(eq(whips.divisionId, division1666), eq(whips.partyId, labour))).get()!;
      expect(labourWhip).toMatchObject({ instruction: 'aye', strength: 3, basis: 'reported', note: 'Invented for the test.' });
      // The source already held keeps nothing it had; the new note goes with the first source.
      expect(labourWhip.sources).toEqual([{ url: 'https://labourlist.org/2023/11/parliament-ceasefire-vote-mps-labour-frontbench/', note: 'said so' }, { url: 'https://example.org/b' }]);
      expect(t.db.select().from(whips).where(eq(whips.divisionId, division1666)).all().find((w) => w.instruction === 'free')?.strength).toBeNull();
      expect(result.divisionIds).toEqual([division1666]);
      expect(result.personIds).toHaveLength(197 + 8);

      // THE BATCH CONTRACT: one header, one revision per record written, each naming the header.
      const header = t.db.select().from(revisions).where(eq(revisions.id, result.revisionId!)).get()!;
      expect(header).toMatchObject({ tableName: 'batches', recordId: String(header.id), action: 'create', before: null, batchId: null });
      expect(header.after).toEqual({ kind: 'whips', file: 'whips-1666.csv', counts: { new: 1, changed: 1, unchanged: 1 }, rows: 3 });
      const items = t.db.select().from(revisions).where(eq(revisions.batchId, header.id)).orderBy(revisions.id).all();
      expect(items.map((r) => [r.tableName, r.action])).toEqual([['whips', 'update'], ['whips', 'create']]);
      expect(items[0]!.before).toMatchObject({ instruction: 'abstain' });
      expect(items[0]!.after).toMatchObject({ instruction: 'aye' });

      // An item is not undone on its own.
      expect(undoRevision(t.db, items[0]!.id, { actor })).toEqual({ status: 'refused', reason: expect.stringMatching(new RegExp(`bulk change #${header.id}`)) });

      const undo = undoRevision(t.db, header.id, { actor });
      expect(undo.status).toBe('undone');
      if (undo.status !== 'undone') return;
      expect(dump(t.db, 'whips')).toEqual(before);
      expect(labourRebels()).toBe(56);
      const undoHeader = t.db.select().from(revisions).where(eq(revisions.id, undo.revisionId)).get()!;
      expect(undoHeader).toMatchObject({ tableName: 'batches', recordId: String(undo.revisionId), action: 'undo', undoOf: header.id, after: header.after });
      const undoItems = t.db.select().from(revisions).where(eq(revisions.batchId, undo.revisionId)).orderBy(revisions.id).all();
      // Last first: the new DUP whip goes, then Labour's goes back.
      expect(undoItems.map((r) => [r.action, r.undoOf])).toEqual([['undo', items[1]!.id], ['undo', items[0]!.id]]);

      // Undoing the undo writes the file again.
      expect(undoRevision(t.db, undo.revisionId, { actor }).status).toBe('undone');
      expect(labourRebels()).toBe(0);
      expect(t.db.select().from(whips).where(eq(whips.divisionId, division1666)).all()).toHaveLength(before.length + 1);
    });

    it('refuses the whole file when one line is bad, naming every problem by line and column, and writes nothing', () => {
      const before = { whips: dump(t.db, 'whips'), counts: tableCounts(t.db) };
      const bad = csv('whips', [
        { division: '1666', party: 'Labour', instruction: 'aye', basis: 'inferred' },
        { division: '1666', party: 'Conservative', instruction: 'abstian', basis: 'inferred' },
        { division: '1666', party: 'Lab', instruction: 'no', basis: 'reported' },
        { division: '9999', party: 'Reform', instruction: 'no', strength: '5', basis: 'inferred' },
        { division: '1666', party: 'Independent', instruction: 'no', basis: 'inferred' },
      ]);
      const result = load(t.db, 'whips', bad);
      expect(result.status).toBe('refused');
      if (result.status !== 'refused') return;
      expect(result.problems.map(describeBulkProblem)).toEqual([
        'Line 3, column instruction: “abstian” is not one of aye, no, abstain, free',
        'Line 4, column source_url: empty: a reported whip needs a source that reports it: give its web address, or put inferred in basis',
        'Line 5, column division: no division 9999 is held: load it first (npm run import -- divisions --id 9999, or the division upload)',
        'Line 5, column party: no party is called “Reform”: give a party’s name or abbreviation as held, e.g. Labour or Lab',
        'Line 5, column strength: “5” is not a whip’s strength: use 1, 2 or 3 (one-, two- or three-line), or leave it blank when not known',
        'Line 6, column party: Independent members have no party whip: a whip is for a party',
      ]);
      expect(dump(t.db, 'whips')).toEqual(before.whips);
      expect(tableCounts(t.db)).toEqual(before.counts);
      // A line given twice is a problem too, once each line reads.
      const twice = load(t.db, 'whips', csv('whips', [{ division: '1666', party: 'Labour', instruction: 'aye', basis: 'inferred' }, { division: '1666', party: 'lab', instruction: 'no', basis: 'inferred' }]));
      expect(twice.status === 'refused' && twice.problems.map(describeBulkProblem)).toEqual(['Line 3, column party: Labour’s whip on division 1666 is also on line 2: give each whip once']);
      expect(tableCounts(t.db)).toEqual(before.counts);
    });

    it('a dry run says what would change and writes nothing; a re-run of a file written changes nothing', () => {
      const counts = tableCounts(t.db);
      const checked = load(t.db, 'whips', good, { dryRun: true });
      expect(checked).toMatchObject({ status: 'checked', counts: { new: 1, changed: 1, unchanged: 1 }, revisionId: null });
      expect(tableCounts(t.db)).toEqual(counts);
      expect(load(t.db, 'whips', good).status).toBe('saved');
      const written = dump(t.db, 'whips');
      const revisionsAfter = tableCounts(t.db).revisions;
      const again = load(t.db, 'whips', good);
      expect(again).toMatchObject({ status: 'saved', counts: { new: 0, changed: 0, unchanged: 3 }, revisionId: null });
      expect(dump(t.db, 'whips')).toEqual(written);
      expect(tableCounts(t.db).revisions).toBe(revisionsAfter);
    });

    it('refuses to undo a bulk change whose records changed since, and undoes none of it', () => {
      const result = load(t.db, 'whips', good);
      if (result.status === 'refused') throw new Error('refused');
      const labourWhip = t.db.select().from(whips).where(and(eq(whips.divisionId, division1666), eq(whips.partyId, labour))).get()!;
      updateRecord(t.db, 'whips', String(labourWhip.id), { note: 'Changed by hand since.' }, { actor, expectedUpdatedAt: null });
      const held = dump(t.db, 'whips');
      const undo = undoRevision(t.db, result.revisionId!, { actor });
      expect(undo).toEqual({ status: 'refused', reason: expect.stringMatching(/^Nothing was undone: 1 of the 2 records this change wrote has changed since \(whip #\d+/) });
      expect(dump(t.db, 'whips')).toEqual(held);
    });
  });

  describe('posts', () => {
    it('adds and updates posts by member id or name, with UK dates; one undo restores the table', () => {
      const before = dump(t.db, 'posts');
      const result = load(
        t.db,
        'posts',
        csv('posts', [
          { ...bulkExample('posts'), end_date: '15 November 2023', note: 'Resigned before the vote.' },
          { person: 'yasmin qureshi', title: 'Shadow Minister for International Development', kind: 'Shadow Minister', side: 'opposition', party: 'Lab', start_date: '01/12/2021', end_date: '4 September 2023', end_reason: 'reshuffle', source_url: 'https://example.org/reshuffle' },
        ]),
      );
      expect(result.status).toBe('saved');
      if (result.status === 'refused') return;
      expect(result.counts).toEqual({ new: 1, changed: 1, unchanged: 0 });
      const added = t.db.select().from(posts).where(eq(posts.title, 'Shadow Minister for International Development')).get()!;
      expect(added).toMatchObject({ kind: 'shadow_minister', startDate: '2021-12-01', endDate: '2023-09-04', endReason: 'reshuffle', partyId: labour });
      expect(result.divisionIds).toEqual([division1666]);
      expect(undoRevision(t.db, result.revisionId!, { actor }).status).toBe('undone');
      expect(dump(t.db, 'posts')).toEqual(before);
    });

    it('files a "left over this vote?" suggestion for a post it ends days after its holder defied the whip', () => {
      // Apsana Begum (4790) voted aye in 1666 against Labour's whip to abstain, and holds no post in the seed.
      const result = load(
        t.db,
        'posts',
        csv('posts', [{ person: '4790', title: 'Shadow Minister for Bulk Entry', kind: 'shadow_minister', side: 'opposition', start_date: '04/09/2023', end_date: '17/11/2023' }]),
      );
      expect(result.status).toBe('saved');
      const filed = t.db.select().from(suggestions).where(eq(suggestions.kind, 'departure')).all();
      expect(filed).toHaveLength(1);
      expect(filed[0]!.evidence).toMatchObject({ personParliamentId: 4790, postTitle: 'Shadow Minister for Bulk Entry', divisionOfficialId: 1666, days: 2 });
    });

    it('refuses a name two people share, naming both, and the form’s rules on dates', () => {
      t.db.insert(persons).values({ name: 'Yasmin Qureshi', sortName: 'Qureshi, Yasmin', slug: 'yasmin-qureshi-2', parliamentId: 999001 }).run();
      const before = dump(t.db, 'posts');
      const result = load(
        t.db,
        'posts',
        csv('posts', [
          { person: 'Yasmin Qureshi', title: 'PPS', kind: 'pps', side: 'opposition' },
          { person: '3924', title: 'Whip', kind: 'whip', side: 'opposition', start_date: '15/11/2023', end_date: '14/11/2023' },
          { person: '3924', title: 'Leader', kind: 'party_leader', side: 'opposition', end_reason: 'sacked', start_date: '31/02/2023' },
        ]),
      );
      expect(result.status).toBe('refused');
      if (result.status !== 'refused') return;
      expect(result.problems.map(describeBulkProblem)).toEqual([
        'Line 2, column person: “Yasmin Qureshi” names 2 people: Yasmin Qureshi (member id 3924), Yasmin Qureshi (member id 999001): give the member id instead',
        'Line 3, column end_date: the post cannot end before it starts: check both dates',
        'Line 4, column start_date: “31/02/2023” is not a day on the calendar',
        'Line 4, column end_date: empty: give the date the post ended, or clear end_reason',
      ]);
      expect(dump(t.db, 'posts')).toEqual(before);
    });
  });

  describe('statements', () => {
    it('adds and updates statements by topic address or title; one undo restores the table', () => {
      const before = dump(t.db, 'stances');
      const result = load(
        t.db,
        'statements',
        csv('statements', [
          { ...bulkExample('statements'), confidence: 'medium' },
          { person: 'Yasmin Qureshi', topic: 'Gaza: immediate ceasefire', position: 'supports', label: 'calls for a ceasefire', quote: 'A new quote, invented for the test.', said_on: '14/11/2023', kind: 'social post', source_url: 'https://example.org/post', confidence: 'low' },
          { party: 'Labour', topic: 'gaza-immediate-ceasefire', position: 'other', label: 'a party line, invented for the test', kind: 'statement', source_url: 'https://example.org/line', confidence: 'high' },
        ]),
      );
      expect(result.status).toBe('saved');
      if (result.status === 'refused') return;
      expect(result.counts).toEqual({ new: 2, changed: 1, unchanged: 0 });
      const added = t.db.select().from(stances).where(eq(stances.sourceUrl, 'https://example.org/post')).get()!;
      expect(added).toMatchObject({ speaker: 'Yasmin Qureshi', kind: 'social_post', statedOn: '2023-11-14', said: 'unknown' });
      expect(t.db.select().from(stances).where(eq(stances.sourceUrl, 'https://example.org/line')).get()).toMatchObject({ personId: null, partyId: labour, speaker: 'Labour' });
      expect(undoRevision(t.db, result.revisionId!, { actor }).status).toBe('undone');
      expect(dump(t.db, 'stances')).toEqual(before);
    });

    it('refuses a statement with no speaker, an unknown topic and a bad address, line by line', () => {
      const result = load(
        t.db,
        'statements',
        csv('statements', [{ topic: 'no-such-topic', position: 'supports', label: 'x', kind: 'speech', source_url: 'www.example.org', confidence: 'high' }]),
      );
      expect(result.status === 'refused' && result.problems.map(describeBulkProblem)).toEqual([
        'Line 2, column person: empty: give the person who said it, or a party in party for a party line',
        'Line 2, column topic: no topic has the address or title “no-such-topic”: add the topic first, or check its address',
        'Line 2, column source_url: “www.example.org” is not a web address: start it with http:// or https://',
      ]);
    });
  });

  describe('the command line', () => {
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { env: { ...process.env, DATABASE_PATH: t.file }, encoding: 'utf8' });
    const fixture = (name: string) => path.join(process.cwd(), 'tests/fixtures/bulk', name);

    it('refuses a bad file with every problem, names the file and exits 1; loads a good one and prints the summary', () => {
      const before = dump(t.db, 'whips');
      const refused = run('whips', '--file', fixture('whips-1666-bad.csv'));
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`Error: ${fixture('whips-1666-bad.csv')}: refused, nothing was written: 1 problem:`);
      expect(refused.stderr).toContain('Line 3, column instruction: “abstian” is not one of aye, no, abstain, free');
      expect(dump(t.db, 'whips')).toEqual(before);

      const checked = run('whips', '--file', fixture('whips-1666-good.csv'), '--dry-run');
      expect(checked.status).toBe(0);
      expect(checked.stdout).toContain('Dry run, nothing written. 1 file(s): 0 new, 1 changed, 0 unchanged, 0 skipped, 0 failed.');
      expect(dump(t.db, 'whips')).toEqual(before);

      const loaded = run('whips', '--file', fixture('whips-1666-good.csv'), '--reason', 'a test');
      expect(loaded.status).toBe(0);
      expect(loaded.stdout).toContain('Line 2: Labour’s whip on division 1666: changed (instruction abstain → aye');
      expect(loaded.stdout).toContain('1 file(s): 0 new, 1 changed, 0 unchanged, 0 skipped, 0 failed.');
      const header = t.db.select().from(revisions).where(eq(revisions.tableName, 'batches')).get()!;
      expect(loaded.stdout).toContain(`Written as change #${header.id}, one undoable change: undo it at /admin/changes/${header.id}/undo`);
      expect(header).toMatchObject({ actorLabel: 'importer', reason: 'a test' });
      expect(labourRebels()).toBe(0);
    });

    it('says how to use it when the file is missing', () => {
      const result = run('posts');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/posts takes one file: --file FILE\.csv\.\nUsage: .*\n.*\n.*\(whips \| posts \| statements\) --file FILE\.csv/);
      expect(fs.existsSync(t.file)).toBe(true);
    });
  });
});
