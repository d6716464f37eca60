// The record's own suggestions (db/mutations/suggestions.ts): on the real record of 15 Nov 2023 (the seed) and with
// the fixture divisions of other Parliaments loaded by the importer (tests/fixtures/parliaments). A post is entered
// as an editor would (createRecord), votes changed as a CSV paste would (writeVotes), and the scan run as the queue's
// button and the importers run it.
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmDeparture,
  confirmMemberReview,
  confirmRecordWhip,
  dismissSuggestion,
  scanForSuggestions,
  type SuggestionRow,
} from '@/db/mutations/suggestions';
import { createRecord, undoRevision, writeVotes } from '@/db/mutations/records';
import { loadDivisionPage } from '@/db/queries/division-detail';
import { loadMemberPage } from '@/db/queries/member-page';
import { divisions, parties, persons, posts, revisions, suggestions, suggestionScans, votes, whips } from '@/db/schema';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { describeDeparture, describeNewMember, describeSplit } from '@/lib/view/suggestions';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
const editor = { label: 'editor@example.org' };

describe('suggestions from the record', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const personByMemberId = (memberId: number) => t.db.select().from(persons).where(eq(persons.parliamentId, memberId)).get()!;
  const divisionByOfficialId = (officialId: number) => t.db.select().from(divisions).where(eq(divisions.officialId, officialId)).get()!;
  const partyId = (abbreviation: string) => t.db.select().from(parties).where(eq(parties.abbreviation, abbreviation)).get()!.id;
  const suggestion = (key: string) => t.db.select().from(suggestions).where(eq(suggestions.subjectKey, key)).get() as SuggestionRow | undefined;
  const addPost = (personId: number, values: Partial<typeof posts.$inferInsert>) => {
    const result = createRecord(
      t.db,
      'posts',
      { personId, title: 'Shadow Minister for Testing', kind: 'shadow_minister', side: 'opposition', startDate: '2023-09-04', ...values },
      { actor: editor },
    );
    if (result.status !== 'saved') throw new Error('post not saved');
    return Number(result.id);
  };
  /** The first Labour member who voted aye in 1666 (against the recorded whip to abstain) and holds no post. */
  const labourRebel = () =>
    t.db.get<{ id: number; parliamentId: number }>(sql`
      SELECT pe.id, pe.parliament_id AS parliamentId FROM votes v JOIN persons pe ON pe.id = v.person_id JOIN parties p ON p.id = v.party_id
      WHERE v.division_id = ${divisionByOfficialId(1666).id} AND p.abbreviation = 'Lab' AND v.position = 'aye'
        AND pe.id NOT IN (SELECT person_id FROM posts) ORDER BY pe.sort_name LIMIT 1`);

  describe('on the seed', () => {
    it('finds nothing on the record as seeded: every post left over 1666 is linked, and every party in it has a whip', () => {
      // Never searched is not "nothing found": the queue says which it is.
      expect(t.db.select().from(suggestionScans).all()).toEqual([]);
      expect(scanForSuggestions(t.db, new Date('2026-12-03T10:00:00Z'))).toEqual({ settled: 0, departure: 0, record_whip: 0, member_review: 0 });
      expect(t.db.select().from(suggestions).all()).toEqual([]);
      expect(t.db.select().from(suggestionScans).all()).toEqual([{ id: 1, scannedAt: '2026-12-03T10:00:00.000Z' }]);
    });

    let rebel: { id: number; parliamentId: number };
    let inWindow: number;
    let tooLate: number;
    let before: number;
    let linked: number;
    let reshuffled: number;
    let division1666: number;

    it('suggests a post that ended within seven days after a rebel’s vote, and no other', () => {
      rebel = labourRebel();
      division1666 = divisionByOfficialId(1666).id;
      inWindow = addPost(rebel.id, { endDate: '2023-11-17' });
      tooLate = addPost(rebel.id, { title: 'PPS to the Shadow Chancellor', kind: 'pps', endDate: '2023-11-23' });
      before = addPost(rebel.id, { title: 'Shadow Minister for Earlier', endDate: '2023-11-14' });
      linked = addPost(rebel.id, { title: 'Shadow Minister for Linked', endDate: '2023-11-16', endReason: 'resigned', endedOverDivisionId: division1666 });
      reshuffled = addPost(rebel.id, { title: 'Shadow Minister for Reshuffles', endDate: '2023-11-16', endReason: 'reshuffle' });

      expect(scanForSuggestions(t.db)).toMatchObject({ departure: 1, record_whip: 0, member_review: 0 });
      const found = suggestion(`departure:${inWindow}:${division1666}`)!;
      expect(found).toMatchObject({ kind: 'departure', status: 'open' });
      expect(found.evidence).toMatchObject({
        postId: inWindow,
        personId: rebel.id,
        divisionOfficialId: 1666,
        divisionDate: '2023-11-15',
        position: 'aye',
        whip: 'abstain',
        whipOrigin: 'recorded',
        whipBasis: 'reported',
        partyName: 'Labour',
        days: 2,
        postEndReason: null,
      });
      for (const other of [tooLate, before, linked, reshuffled]) expect(suggestion(`departure:${other}:${division1666}`), String(other)).toBeUndefined();
      // Said in words for the queue.
      expect(describeDeparture(found.evidence).join(' ')).toMatch(/voted aye \(for\) in division 1666 \(15 Nov 2023\).*Labour’s recorded whip \(reported by a source\) was to abstain/);
      expect(describeDeparture(found.evidence).join(' ')).toContain('ended 17 Nov 2023, 2 days later; how it ended is not recorded.');
    });

    it('never files it twice', () => {
      expect(scanForSuggestions(t.db).departure).toBe(0);
      expect(t.db.select().from(suggestions).where(eq(suggestions.kind, 'departure')).all()).toHaveLength(1);
    });

    it('confirming links the post as an undoable change, and the MP’s page and the division show it left over 1666', () => {
      const found = suggestion(`departure:${inWindow}:${division1666}`)!;
      const result = t.db.transaction((tx) => confirmDeparture(tx, found.id, { actor: editor, note: null }));
      expect(result).toMatchObject({ status: 'done', personIds: [rebel.id], divisionIds: [division1666] });
      const revisionId = (result as { revisionId: number }).revisionId;

      const post = t.db.select().from(posts).where(eq(posts.id, inWindow)).get()!;
      // Linked, and how it ended left unknown: the editor chose no reason.
      expect(post).toMatchObject({ endedOverDivisionId: division1666, endReason: null });
      const revision = t.db.select().from(revisions).where(eq(revisions.id, revisionId)).get()!;
      expect(revision).toMatchObject({ tableName: 'posts', recordId: String(inWindow), action: 'update', actorLabel: editor.label });
      expect(revision.before).toMatchObject({ endedOverDivisionId: null });
      expect(revision.after).toMatchObject({ endedOverDivisionId: division1666 });
      expect(suggestion(`departure:${inWindow}:${division1666}`)).toMatchObject({ status: 'confirmed', resolvedBy: editor.label, revisionId });

      const page = loadMemberPage(rebel.parliamentId, 1)!;
      expect(page.posts.find((p) => p.id === inWindow)).toMatchObject({ endedOverOfficialId: 1666 });
      expect(loadDivisionPage(1666)!.view.departures.map((d) => d.personId)).toContain(rebel.id);

      // An ordinary change: undone from its revision like any other.
      expect(undoRevision(t.db, revisionId, { actor: editor })).toMatchObject({ status: 'undone' });
      expect(t.db.select().from(posts).where(eq(posts.id, inWindow)).get()).toMatchObject({ endedOverDivisionId: null });
    });

    it('a confirmed suggestion is not filed again after its change is undone, nor answered twice', () => {
      expect(scanForSuggestions(t.db).departure).toBe(0);
      const found = suggestion(`departure:${inWindow}:${division1666}`)!;
      expect(confirmDeparture(t.db, found.id, { actor: editor })).toEqual({ status: 'gone' });
    });

    it('a dismissed suggestion stays dismissed on every later scan', () => {
      const again = addPost(rebel.id, { title: 'Shadow Minister for Dismissals', endDate: '2023-11-15', endReason: 'sacked' });
      expect(scanForSuggestions(t.db).departure).toBe(1);
      const found = suggestion(`departure:${again}:${division1666}`)!;
      expect(dismissSuggestion(t.db, found.id, { actor: editor, note: 'A different reason: see the source' })).toMatchObject({ status: 'done' });
      for (let i = 0; i < 2; i += 1) expect(scanForSuggestions(t.db)).toMatchObject({ departure: 0, settled: 0 });
      expect(suggestion(`departure:${again}:${division1666}`)).toMatchObject({ status: 'dismissed', resolutionNote: 'A different reason: see the source' });
      expect(t.db.select().from(posts).where(eq(posts.id, again)).get()).toMatchObject({ endedOverDivisionId: null });
    });

    it('a post linked on its own form closes the open suggestion as confirmed at the next scan', () => {
      const third = addPost(rebel.id, { title: 'Shadow Minister for Forms', endDate: '2023-11-20', endReason: 'resigned' });
      scanForSuggestions(t.db);
      expect(suggestion(`departure:${third}:${division1666}`)).toMatchObject({ status: 'open' });
      t.db.update(posts).set({ endedOverDivisionId: division1666 }).where(eq(posts.id, third)).run();
      expect(scanForSuggestions(t.db).settled).toBe(1);
      expect(suggestion(`departure:${third}:${division1666}`)).toMatchObject({ status: 'confirmed', resolvedBy: 'the record' });
    });
  });

  describe('with the divisions of other Parliaments imported', () => {
    beforeAll(() => {
      // The importer looks for suggestions itself when it has loaded the files.
      const summary = importDivisionFiles(t.db, [1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
      expect(summary.counts).toMatchObject({ new: 3, failed: 0 });
    });

    it('files each member the import created for review, saying which import and what the record says of them', () => {
      const owen = personByMemberId(91001);
      const found = suggestion(`member_review:${owen.id}`)!;
      expect(found).toMatchObject({ kind: 'member_review', status: 'open' });
      expect(found.evidence).toMatchObject({ personName: 'Joseph Owen', importSource: 'commons-votes-files', votes: 1, partyName: 'Labour', constituencyName: 'Aldershot' });
      expect(describeNewMember(found.evidence).join(' ')).toMatch(/Created by the import “commons-votes-files” \(run #\d+, .*\)\. 1 vote recorded/);
      const flagged = t.db.select().from(persons).where(eq(persons.needsReview, true)).all().length;
      expect(t.db.select().from(suggestions).where(eq(suggestions.kind, 'member_review')).all()).toHaveLength(flagged);
    });

    it('confirming a review clears the flag as a revision of the person', () => {
      const owen = personByMemberId(91001);
      const found = suggestion(`member_review:${owen.id}`)!;
      const result = confirmMemberReview(t.db, found.id, { actor: editor, note: 'Checked against the Members API' });
      expect(result).toMatchObject({ status: 'done' });
      expect(personByMemberId(91001).needsReview).toBe(false);
      const revision = t.db.select().from(revisions).where(eq(revisions.id, (result as { revisionId: number }).revisionId)).get()!;
      expect(revision).toMatchObject({ tableName: 'persons', recordId: String(owen.id), action: 'update' });
      expect(revision.after).toMatchObject({ needsReview: false });
    });

    it('measures against an inferred whip only when it is strong', () => {
      // 1720 (17 Jan 2024): 312 Conservatives aye, 11 no, no whip recorded: 97% of those who voted, a strong aye.
      const d1720 = divisionByOfficialId(1720).id;
      const conRebel = t.db
        .select({ personId: votes.personId })
        .from(votes)
        .where(and(eq(votes.divisionId, d1720), eq(votes.partyId, partyId('Con')), eq(votes.position, 'no')))
        .get()!.personId;
      const strong = addPost(conRebel, { title: 'PPS to the Home Office', kind: 'pps', side: 'government', startDate: '2023-01-01', endDate: '2024-01-19' });
      // 2105 (1 Jul 2025): 335 Labour aye, 49 no: 87% of those who voted, inferred by rule 4 but not strong enough here.
      const d2105 = divisionByOfficialId(2105).id;
      const labRebel = t.db
        .select({ personId: votes.personId })
        .from(votes)
        .where(and(eq(votes.divisionId, d2105), eq(votes.partyId, partyId('Lab')), eq(votes.position, 'no')))
        .get()!.personId;
      const weak = addPost(labRebel, { title: 'PPS to the Treasury', kind: 'pps', side: 'government', startDate: '2024-09-01', endDate: '2025-07-02' });

      scanForSuggestions(t.db);
      expect(suggestion(`departure:${strong}:${d1720}`)?.evidence).toMatchObject({ whip: 'aye', whipOrigin: 'computed', whipBasis: 'inferred', partyAyes: 312, partyNoes: 11, days: 2 });
      expect(suggestion(`departure:${weak}:${d2105}`)).toBeUndefined();
    });

    it('suggests recording the whip of a party that split, and confirming it saves a reported whip', () => {
      // 1720: all 15 Liberal Democrats voted no. Seven of them corrected to aye leave 8 to 7: no side has two thirds.
      const d1720 = divisionByOfficialId(1720).id;
      const ld = partyId('LD');
      const key = `record_whip:${d1720}:${ld}`;
      scanForSuggestions(t.db);
      expect(suggestion(key)).toBeUndefined();
      const lds = t.db.select().from(votes).where(and(eq(votes.divisionId, d1720), eq(votes.partyId, ld), eq(votes.position, 'no'))).all();
      writeVotes(t.db, d1720, lds.slice(0, 7).map((v) => ({ ...v, position: 'aye' as const, isTeller: false })), { actor: editor });

      expect(scanForSuggestions(t.db).record_whip).toBe(1);
      const found = suggestion(key)!;
      expect(found.evidence).toMatchObject({ partyName: 'Liberal Democrat', divisionOfficialId: 1720, ayes: 7, noes: 8, both: 0, absent: 0, members: 15 });
      expect(describeSplit(found.evidence).join(' ')).toContain('7 aye, 8 no, 0 no vote recorded, of 15 members.');
      // No other party in the four divisions split with ten or more voting and no whip.
      expect(t.db.select().from(suggestions).where(eq(suggestions.kind, 'record_whip')).all()).toHaveLength(1);

      const confirmed = confirmRecordWhip(t.db, found.id, { actor: editor, instruction: 'no', sourceUrl: 'https://example.org/lib-dem-whip' });
      expect(confirmed).toMatchObject({ status: 'done' });
      const whip = t.db.select().from(whips).where(and(eq(whips.divisionId, d1720), eq(whips.partyId, ld))).get()!;
      expect(whip).toMatchObject({ instruction: 'no', basis: 'reported', sources: [{ url: 'https://example.org/lib-dem-whip' }] });
      expect(suggestion(key)).toMatchObject({ status: 'confirmed', revisionId: (confirmed as { revisionId: number }).revisionId });
      // The seven now rebel against a recorded whip: the division's page counts them.
      expect(loadDivisionPage(1720)!.view.rebelGroups.find((g) => g.party?.abbreviation === 'LD')?.members).toHaveLength(7);
    });

    it('a whip saved on the whip form closes the suggestion at the next scan', () => {
      const d1720 = divisionByOfficialId(1720).id;
      const snp = partyId('SNP');
      const snps = t.db.select().from(votes).where(and(eq(votes.divisionId, d1720), eq(votes.partyId, snp), eq(votes.position, 'no'))).all();
      writeVotes(t.db, d1720, snps.slice(0, 20).map((v) => ({ ...v, position: 'aye' as const, isTeller: false })), { actor: editor });
      scanForSuggestions(t.db);
      expect(suggestion(`record_whip:${d1720}:${snp}`)).toMatchObject({ status: 'open' });
      createRecord(t.db, 'whips', { divisionId: d1720, partyId: snp, instruction: 'free', basis: 'reported', sources: [{ url: 'https://example.org/snp' }] }, { actor: editor });
      expect(scanForSuggestions(t.db).settled).toBe(1);
      expect(suggestion(`record_whip:${d1720}:${snp}`)).toMatchObject({ status: 'confirmed', resolvedBy: 'the record' });
    });
  });
});
