import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, recordBatchHeader, undoRevision, updateRecord, writeVotes } from '@/db/mutations/records';
import { getDeleteImpact } from '@/db/queries/delete-impact';
import { findDivisionRecordIds, getRevisionContext, listChanges, listRecordRevisions, type RevisionRow } from '@/db/queries/revisions';
import { getUndoPreview } from '@/db/queries/undo-preview';
import { divisions, parties, posts, revisions, votes, whips } from '@/db/schema';
import { readChangesFilter } from '@/lib/view/changes-filter';
import { changeLinks, describeChange, diffRevision } from '@/lib/view/revision-view';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

// The history as editors read it, on the real record of division 1666: each change in words with the real names,
// before and after in words, the marks between an undo and what it undid, the filters, and what an undo or a
// deletion will do, counted, before it is done.

const editor = { id: 'u1', label: 'editor@example.org' };
const other = { id: 'u2', label: 'other@example.org' };
const QURESHI = 501;

describe('the history of changes', () => {
  let t: TempDb;
  let labour: number;
  let division: number;
  beforeEach(() => {
    t = useSeededAppDb();
    labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.name, 'Labour')).get()!.id;
    division = t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, 1666)).get()!.id;
  });
  afterEach(() => releaseAppDb(t));

  const labourWhip = () => t.db.select().from(whips).where(eq(whips.partyId, labour)).get()!;
  const setLabourFree = (actor = editor) =>
    t.db.transaction((tx) => updateRecord(tx, 'whips', String(labourWhip().id), { instruction: 'free', strength: null }, { actor, expectedUpdatedAt: null }));
  const latest = () => listChanges({})[0]!;
  const words = (r: RevisionRow) => describeChange(r, getRevisionContext([r]).names);

  it('says what each change was with the real names, and links to the record and its public page', () => {
    setLabourFree();
    const whipChange = latest();
    expect(words(whipChange)).toBe('Labour’s whip on division 1666: abstain → free vote');
    const context = getRevisionContext([whipChange]);
    expect(changeLinks(whipChange, context.names)).toEqual({ admin: `/admin/divisions/${division}/whips`, public: '/divisions/1666' });

    // Before and after in words: the field's label, the values as the forms name them.
    expect(diffRevision(whipChange, context.names).map((f) => [f.label, f.before, f.after])).toEqual([
      ['Whip', 'abstain', 'free vote'],
      ['Strength', 'three-line whip', null],
    ]);

    const post = t.db.transaction((tx) =>
      createRecord(tx, 'posts', { personId: QURESHI, title: 'Shadow Minister for Health', kind: 'shadow_minister', side: 'opposition', partyId: labour }, { actor: editor }),
    );
    expect(words(latest())).toBe('Post of Yasmin Qureshi (Shadow Minister for Health): created');
    const created = getRevisionContext([latest()]);
    const fields = diffRevision(latest(), created.names);
    expect(fields.map((f) => [f.label, f.after])).toContainEqual(['Kind', 'Shadow minister']);
    expect(fields.map((f) => [f.label, f.after])).toContainEqual(['Party', 'Labour']);
    expect(fields.map((f) => f.label)).not.toContain('personId');
    expect(changeLinks(latest(), created.names)).toEqual({ admin: `/admin/posts/${post.status === 'saved' ? post.id : ''}`, public: '/mps/3924' });

    t.db.transaction((tx) => updateRecord(tx, 'posts', post.status === 'saved' ? post.id : '', { endDate: '2023-11-08', endReason: 'resigned' }, { actor: editor, expectedUpdatedAt: null }));
    expect(words(latest())).toBe('Post of Yasmin Qureshi (Shadow Minister for Health): end date set to 8 November 2023; how it ended set to resigned');

    t.db.transaction((tx) =>
      createRecord(
        tx,
        'stances',
        { topicId: 1, personId: QURESHI, speaker: 'Yasmin Qureshi', position: 'supports', label: 'Backs a ceasefire', kind: 'statement', sourceUrl: 'https://example.org/q' },
        { actor: editor },
      ),
    );
    expect(words(latest())).toBe('Statement by Yasmin Qureshi on Gaza: immediate ceasefire: created');

    const three = t.db.select().from(votes).where(eq(votes.divisionId, division)).limit(3).all().map((v) => ({ ...v, position: 'both' as const, isTeller: false }));
    t.db.transaction((tx) => writeVotes(tx, division, three, { actor: editor }));
    const votesChange = latest();
    expect(words(votesChange)).toBe('3 votes in division 1666 corrected');
    const voteRows = diffRevision(votesChange, getRevisionContext([votesChange]).names);
    expect(voteRows).toHaveLength(3);
    expect(voteRows.every((r) => r.after === 'both lobbies (a recorded abstention)')).toBe(true);
  });

  it('marks an undone change and its undo both ways, and a second undo is refused with the reason', () => {
    setLabourFree();
    const change = latest();
    const undo = t.db.transaction((tx) => undoRevision(tx, change.id, { actor: editor }));
    expect(undo.status).toBe('undone');
    const [undoRow, original] = listChanges({}) as [RevisionRow, RevisionRow];
    expect(undoRow.undoOf).toBe(change.id);
    const context = getRevisionContext([undoRow, original]);
    expect(context.undoneBy.get(change.id)).toBe(undoRow.id);
    expect(context.undoneBy.has(undoRow.id)).toBe(false);
    expect(describeChange(undoRow, context.names)).toBe('Labour’s whip on division 1666: free vote → abstain; strength set to three-line whip');

    const again = getUndoPreview(change.id)!;
    expect(again.status).toBe('refused');
    expect(again.status === 'refused' && again.reason).toBe(`This change was undone already, by change #${undoRow.id}. To make it again, undo that undo.`);
    const redo = getUndoPreview(undoRow.id)!;
    expect(redo.status).toBe('ready');
    expect(redo.status === 'ready' && redo.effects).toEqual(['This will put back the earlier values of Labour’s whip on division 1666:']);
    expect(redo.status === 'ready' && redo.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Whip', 'abstain', 'free vote'],
      ['Strength', 'three-line whip', null],
    ]);
  });

  it('names the later change that stands in the way of an undo', () => {
    setLabourFree();
    const first = latest();
    t.db.transaction((tx) => updateRecord(tx, 'whips', String(labourWhip().id), { note: 'Told on the day' }, { actor: other, expectedUpdatedAt: null }));
    const later = latest();
    const preview = getUndoPreview(first.id)!;
    expect(preview.status).toBe('refused');
    if (preview.status !== 'refused') return;
    expect(preview.blocking?.id).toBe(later.id);
    expect(preview.reason).toBe(
      `The record has changed since: change #${later.id} (Labour’s whip on division 1666: public note changed, by other@example.org) came after it. Undo that change first.`,
    );
  });

  it('says what deleting division 1666 takes with it, and what undoing the deletion brings back, counted', () => {
    const impact = getDeleteImpact('divisions', division)!;
    expect(impact.effects[0]).toMatch(/^This will delete division 1666 \(“SNP amendment \(h\): .*…”\) with its 650 votes, 9 whips and 1 topic link\.$/);
    expect(impact.effects[1]).toBe('10 posts that name it as the vote they ended over will no longer name it (undoing the deletion puts the link back).');

    const deleted = t.db.transaction((tx) => deleteRecord(tx, 'divisions', String(division), { actor: editor, expectedUpdatedAt: null }));
    expect(deleted.status).toBe('saved');
    const deletion = latest();
    expect(words(deletion)).toMatch(/^Division 1666 \(“SNP amendment \(h\): .*”\): deleted$/);
    // Its own page has gone: the link leads to its changes, where it can be brought back.
    expect(changeLinks(deletion, getRevisionContext([deletion]).names)).toEqual({ admin: `/admin/changes?type=divisions&record=${division}`, public: null });
    const preview = getUndoPreview(deletion.id)!;
    expect(preview.status === 'ready' && preview.effects[0]).toMatch(/^This will put back division 1666 \(“SNP amendment \(h\): .*”\) with its 650 votes, 9 whips and 1 topic link\.$/);
    // The division's number still finds its changes once it is gone.
    expect(findDivisionRecordIds(1666)).toEqual([division]);

    expect(t.db.transaction((tx) => undoRevision(tx, deletion.id, { actor: editor })).status).toBe('undone');
    expect(t.db.select().from(votes).where(eq(votes.divisionId, division)).all()).toHaveLength(650);
    expect(t.db.select().from(posts).where(eq(posts.endedOverDivisionId, division)).all()).toHaveLength(10);
    // Undoing the restoration would delete it again, with the same counts.
    const again = getUndoPreview(latest().id)!;
    expect(again.status === 'ready' && again.effects[0]).toMatch(/^This will delete division 1666 .* with its 650 votes, 9 whips and 1 topic link, and clear it from 10 posts/);
  });

  it('says what removing a whip does to its party’s rebels before it is removed', () => {
    // Labour's recorded whip to abstain makes its 56 ayes rebels; only 56 of 197 voted, so none can be inferred.
    const labourImpact = getDeleteImpact('whips', labourWhip().id)!;
    expect(labourImpact.effects).toEqual([
      'This will remove Labour’s whip on division 1666.',
      expect.stringMatching(/^56 Labour members are counted as defying it now\. With it gone no whip is known for Labour \(none recorded, and none can be inferred: only 56 of 197 Labour MPs voted .*\), and none of its members is counted as a rebel\.$/),
      'The division’s public page and its members’ pages show the change at once.',
    ]);
    expect(labourImpact.back).toEqual({ href: `/admin/divisions/${division}/whips`, label: 'the division’s whips' });

    // The Conservatives voted no nearly to a member: without the recorded whip the rules infer the same one.
    const conservative = t.db.select({ id: parties.id }).from(parties).where(eq(parties.name, 'Conservative')).get()!.id;
    const conservativeWhip = t.db.select().from(whips).where(eq(whips.partyId, conservative)).get()!;
    expect(getDeleteImpact('whips', conservativeWhip.id)!.effects[1]).toMatch(
      /^No member is counted as defying it now\. With it gone they are measured against the whip the rules infer from how they voted \(vote against\), which 0 members defied\.$/,
    );
  });

  it('lists a bulk change as one change with its rows under it, and counts what its undo will do', () => {
    const partyNamed = (name: string) => t.db.select({ id: parties.id }).from(parties).where(eq(parties.name, name)).get()!.id;
    const [conservative, snp] = [partyNamed('Conservative'), partyNamed('Scottish National Party')];
    const header = t.db.transaction((tx) => {
      const id = recordBatchHeader(tx, { actor: editor, action: 'create', after: { kind: 'whips', file: 'whips-1666.csv', counts: { new: 2, changed: 1, unchanged: 0 }, rows: 3 } });
      updateRecord(tx, 'whips', String(labourWhip().id), { instruction: 'free', strength: null }, { actor: editor, expectedUpdatedAt: null, batchId: id });
      // Two whips the file adds: cleared first (outside the history) so that it can.
      tx.delete(whips).where(eq(whips.partyId, conservative)).run();
      tx.delete(whips).where(eq(whips.partyId, snp)).run();
      createRecord(tx, 'whips', { divisionId: division, partyId: conservative, instruction: 'no', basis: 'reported' }, { actor: editor, batchId: id });
      createRecord(tx, 'whips', { divisionId: division, partyId: snp, instruction: 'aye', basis: 'reported' }, { actor: editor, batchId: id });
      return id;
    });
    const list = listChanges({});
    expect(list.map((r) => r.id)).toEqual([header]);
    const context = getRevisionContext(list);
    expect(describeChange(list[0]!, context.names)).toBe('Whips from whips-1666.csv: 2 new, 1 changed');
    expect(context.items.get(header)?.map((r) => describeChange(r, context.names))).toEqual([
      'Labour’s whip on division 1666: abstain → free vote',
      'Conservative’s whip on division 1666: created',
      'Scottish National Party’s whip on division 1666: created',
    ]);
    // Its rows are listed when whips are asked for, each naming the bulk change; they are undone only through it.
    expect(listChanges({ tableName: 'whips' }).every((r) => r.batchId === header)).toBe(true);
    const item = getUndoPreview(listChanges({ tableName: 'whips' })[0]!.id)!;
    expect(item.status === 'refused' && item.reason).toMatch(/^This is one record of bulk change #\d+\. Undo that change instead/);

    const preview = getUndoPreview(header)!;
    expect(preview.status === 'ready' && preview.effects).toEqual([
      'This will put back the earlier values of 1 whip and delete 2 whips: all 3 records the file wrote, in one change.',
    ]);
    expect(listChanges({ kind: 'bulk' }).map((r) => r.id)).toEqual([header]);
    expect(listChanges({ kind: 'created' })).toEqual([]);
  });

  it('filters by record, division, editor, kind and UK dates, and names a bad value beside its field', () => {
    setLabourFree(editor);
    t.db.transaction((tx) => createRecord(tx, 'posts', { personId: QURESHI, title: 'PPS', kind: 'pps', side: 'opposition' }, { actor: other }));
    const post = latest();
    t.db.transaction((tx) => undoRevision(tx, post.id, { actor: editor }));

    expect(listChanges({ actor: 'other@example.org' }).map((r) => r.id)).toEqual([post.id]);
    expect(listChanges({ kind: 'undo' }).map((r) => r.undoOf)).toEqual([post.id]);
    expect(listChanges({ kind: 'edited' }).map((r) => r.tableName)).toEqual(['whips']);
    expect(listChanges({ tableName: 'posts', recordId: post.recordId }).map((r) => r.action)).toEqual(['undo', 'create']);
    expect(listChanges({ divisionIds: findDivisionRecordIds(1666) }).map((r) => r.tableName)).toEqual(['whips']);
    expect(listRecordRevisions('whips', labourWhip().id)).toHaveLength(1);

    // Dates are UK days: the change made now is within today and not within yesterday.
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
    expect(listChanges(readChangesFilter({ from: today, to: today }).filter)).toHaveLength(3);
    expect(listChanges(readChangesFilter({ to: yesterday }).filter)).toHaveLength(0);

    const bad = readChangesFilter({ from: '31/02/2023', to: '15/11/2023', division: 'sixteen', record: '12', kind: 'everything', editor: 'editor@example.org' });
    expect(bad.errors).toEqual({
      from: 'Enter a real date, like 15/11/2023',
      division: 'Enter the division’s official number, like 1666',
      record: 'Choose the kind of record too: a record id is only an id within its kind',
      kind: 'Choose a kind of change from the list',
    });
    // The values that read still apply, and what was typed is kept for the form.
    expect(bad.filter).toEqual({ actor: 'editor@example.org', toAt: '2023-11-16T00:00:00.000Z' });
    expect(bad.values.from).toBe('31/02/2023');
    expect(readChangesFilter({ from: '1/7/2024' }).filter.fromAt).toBe('2024-06-30T23:00:00.000Z');
  });

  it('reads the names for a whole page of changes in one query', () => {
    for (let i = 0; i < 5; i++) setLabourFree();
    const rows = listChanges({});
    const client = (t.db as unknown as { $client: { prepare: (sql: string) => unknown } }).$client;
    const prepared: string[] = [];
    const original = client.prepare.bind(client);
    client.prepare = (sql: string) => {
      prepared.push(sql);
      return original(sql);
    };
    try {
      getRevisionContext(rows);
    } finally {
      client.prepare = original;
    }
    expect(prepared.filter((s) => /from parties/i.test(s))).toHaveLength(1);
    expect(prepared.length).toBeLessThanOrEqual(2);
    expect(t.db.select().from(revisions).all()).toHaveLength(5);
  });
});
