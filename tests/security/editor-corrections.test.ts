// Issue 11, item 10: re-loading the unchanged official file reported "changed" and silently put back the record's
// vote over an editor's correction. An official record never overwrites an editor's correction without saying so:
// the import reports each conflict (the member, the record's vote, the editor's, who corrected it and when), the
// summaries count them, and the editor's vote stands until an editor changes it. A record whose only differences are
// such conflicts is unchanged. Votes no editor touched still follow Parliament's corrections.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { correctVote, writeVoteEntries } from '@/db/mutations/vote-corrections';
import { divisions, importRuns, persons, revisions, votes } from '@/db/schema';
import { describeApiCounts } from '@/lib/import/api-import-summary';
import { describeConflicts, describeImportCounts, describeSavedDivision } from '@/lib/import/division-summary';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { DIVISION_1666, readDivision1666, voteDump } from '../integration/support/temp-db';
import { runImportCommand, startUploadSession, writeRecord, type UploadSession } from './support/division-files';

vi.mock('next/headers', () => import('../integration/support/next-request'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const QURESHI = 3924; // Yasmin Qureshi: an aye in division 1666
type UploadState = { status: string; message?: string; fieldErrors?: Record<string, string[]>; summary?: { lines: string[]; status: string } };

describe('an official record and an editor’s correction of a vote', () => {
  let s: UploadSession;
  let division: number;
  let correctedAt: string;
  const editor = () => ({ id: 'editor-account', label: s.editorEmail });
  const personOf = (memberId: number) => s.t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, memberId)).get()!.id;
  const voteOf = (memberId: number) =>
    s.t.db
      .select({ position: votes.position, isTeller: votes.isTeller })
      .from(votes)
      .where(and(eq(votes.divisionId, division), eq(votes.personId, personOf(memberId))))
      .get();

  beforeAll(async () => {
    s = await startUploadSession('editor@corrections.test');
    division = s.t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
    const saved = s.t.db.transaction((tx) =>
      correctVote(tx, division, personOf(QURESHI), { position: 'no', isTeller: false, proxyName: null }, { actor: editor(), reason: 'Hansard corrected her vote' }),
    );
    expect(saved).toMatchObject({ status: 'saved', changed: 1 });
    correctedAt = s.t.db.select({ at: revisions.at }).from(revisions).where(eq(revisions.tableName, 'division_votes')).get()!.at;
  });
  afterAll(() => s.close());

  it('the unchanged file is reported unchanged, with one conflict naming the member, and the editor’s vote stands', () => {
    const votesBefore = voteDump(s.t.db);
    const revisionsBefore = s.t.db.select().from(revisions).all().length;
    const summary = importDivisionFiles(s.t.db, [DIVISION_1666]);
    expect(summary.counts).toMatchObject({ new: 0, changed: 0, unchanged: 1, conflicts: 1 });
    // The run's record keeps the count too, for /admin/imports.
    expect(s.t.db.select({ counts: importRuns.counts }).from(importRuns).where(eq(importRuns.id, summary.runId!)).get()?.counts).toMatchObject({ conflicts: 1 });
    const [result] = summary.results;
    expect(result?.status).toBe('unchanged');
    expect(result?.conflicts).toEqual([
      { memberId: QURESHI, name: 'Yasmin Qureshi', recordVote: 'aye', editorVote: 'no', correctedBy: s.editorEmail, correctedAt },
    ]);
    expect(voteOf(QURESHI)).toEqual({ position: 'no', isTeller: false });
    expect(voteDump(s.t.db)).toBe(votesBefore);
    expect(s.t.db.select().from(revisions).all()).toHaveLength(revisionsBefore);

    // The words the command prints and the upload page shows.
    expect(describeSavedDivision(result!)).toBe('Division 1666: unchanged (650 votes, 1 conflict with an editor’s correction)');
    expect(describeConflicts(result!)).toEqual([
      `conflict: member ${QURESHI} (Yasmin Qureshi): the record says aye, but ${s.editorEmail} corrected it to no on ${correctedAt.slice(0, 16).replace('T', ' ')}: the editor’s vote stands`,
    ]);
    expect(describeImportCounts(1, summary.counts, false, 1)).toBe(
      '1 file(s): 0 new, 0 changed, 1 unchanged, 0 skipped, 0 failed; 1 vote conflicts with an editor’s correction (the editor’s vote kept).',
    );
    expect(describeApiCounts('division', summary.counts, false, 2)).toBe(
      '1 division: 0 new, 0 changed, 1 unchanged, 0 skipped, 0 failed; 2 votes conflict with editors’ corrections (the editors’ votes kept).',
    );
  });

  it('the division’s page shows the editor’s vote', async () => {
    const { loadDivisionPage } = await import('@/db/queries/division-detail');
    const member = loadDivisionPage(1666)?.view.members.find((m) => m.parliamentId === QURESHI);
    expect(member?.position).toBe('no');
  });

  it('the command says the same and exits 0', () => {
    const result = runImportCommand(s.t.file, [DIVISION_1666]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Division 1666: unchanged (650 votes, 1 conflict with an editor’s correction)');
    expect(result.stdout).toContain(`conflict: member ${QURESHI} (Yasmin Qureshi): the record says aye, but ${s.editorEmail} corrected it to no`);
    expect(result.stdout).toContain('1 unchanged, 0 skipped, 0 failed; 1 vote conflicts with an editor’s correction');
    expect(voteOf(QURESHI)?.position).toBe('no');
  });

  it('the upload says the same, changes nothing, and the editor’s vote stands', async () => {
    const votesBefore = voteDump(s.t.db);
    const outcome = await s.upload(JSON.stringify(readDivision1666()), 'commonsvotes-division-1666.json');
    expect(outcome.threw).toBe(false);
    const state = (outcome as { value: UploadState }).value;
    expect(state.status).toBe('saved');
    expect(state.summary?.status).toBe('unchanged');
    expect(state.message).toMatch(/1 vote an editor corrected/);
    expect(state.summary?.lines).toEqual([
      'Division 1666: unchanged (650 votes, 1 conflict with an editor’s correction)',
      expect.stringMatching(/^ {2}note: NoCount: /),
      `  conflict: member ${QURESHI} (Yasmin Qureshi): the record says aye, but ${s.editorEmail} corrected it to no on ${correctedAt.slice(0, 16).replace('T', ' ')}: the editor’s vote stands`,
      '1 file(s): 0 new, 0 changed, 1 unchanged, 0 skipped, 0 failed; 1 vote conflicts with an editor’s correction (the editor’s vote kept).',
    ]);
    expect(voteDump(s.t.db)).toBe(votesBefore);
  });

  it('a genuine correction elsewhere in the same record still applies; the editor’s vote still stands', () => {
    const record = readDivision1666();
    const moved = record.Noes.pop() as { MemberId: number; Name: string };
    record.Ayes.push(moved);
    record.AyeCount = 126;
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-16T10:00:00';
    const summary = importDivisionFiles(s.t.db, [writeRecord(s.t.dir, 'corrected.json', record)]);
    expect(summary.results[0]).toMatchObject({ status: 'changed', conflicts: [expect.objectContaining({ memberId: QURESHI, editorVote: 'no' })] });
    expect(voteOf(moved.MemberId)?.position).toBe('aye');
    expect(voteOf(QURESHI)?.position).toBe('no');
    // The importer's revision holds the vote it changed, not the editor's.
    const latest = s.t.db.select().from(revisions).where(eq(revisions.tableName, 'division_votes')).all().at(-1)!;
    expect(latest.actorLabel).toBe('importer');
    expect((latest.after as { votes: { personId: number }[] }).votes.map((v) => v.personId)).toEqual([personOf(moved.MemberId)]);
  });

  it('an editor’s CSV paste is theirs too; once an editor puts a vote back as the record has it, there is no conflict', () => {
    const paste = s.t.db.transaction((tx) =>
      writeVoteEntries(tx, division, [{ line: 2, memberId: 172, position: 'no', isTeller: false, proxyName: null }], { actor: editor(), reason: 'CSV paste' }),
    );
    expect(paste.status).toBe('saved');
    const record = readDivision1666();
    const pasted = importDivisionFiles(s.t.db, [writeRecord(s.t.dir, 'again.json', { ...record, Noes: record.Noes.slice(0, -1), Ayes: [...record.Ayes, record.Noes.at(-1)], AyeCount: 126, NoCount: 292, PublicationUpdated: '2023-11-16T10:00:00' })]);
    expect(pasted.results[0]?.status).toBe('unchanged');
    expect(pasted.results[0]?.conflicts.map((c) => [c.memberId, c.recordVote, c.editorVote])).toEqual([
      [172, 'aye', 'no'],
      [QURESHI, 'aye', 'no'],
    ]);

    s.t.db.transaction((tx) => correctVote(tx, division, personOf(QURESHI), { position: 'aye', isTeller: false, proxyName: null }, { actor: editor() }));
    const after = importDivisionFiles(s.t.db, [DIVISION_1666]);
    // Qureshi agrees with the record again; Diane Abbott (172) keeps the editor's vote.
    expect(after.results[0]?.conflicts.map((c) => c.memberId)).toEqual([172]);
    expect(voteOf(QURESHI)?.position).toBe('aye');
    expect(voteOf(172)?.position).toBe('no');
  });
});
