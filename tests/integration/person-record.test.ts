// An MP's record (db/queries/person.ts listPersonVotes) is read from the index on person alone, with each vote's
// division, whip and seat taken from every division's, whip's and seat's, read once per data version. It must give,
// row for row and in the same order, what joining the tables gives: for every member of records of several
// Parliaments, and again after an editor changes a vote, a whip, a division's title and time and a seat's name, and
// after those changes are undone.
// And it is judged against the whips chosen once per data version for every member (judgeRecord): each vote's whip
// and verdict must be what judging that vote on reading gives (assessMemberVotes, rule 3 and rule 4), at each step;
// its party lines and topics, taken from every division's (kept per data version), must be what the joins give. An MP's
// page, which counts the record kept as arrays and makes rows only for what it shows (readJudgedRecord), must show
// what the rules give from every row judged on reading: the summary, the rebellions, said-vs-did and the totals.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoRevision } from '@/db/mutations/records';
import { correctVote } from '@/db/mutations/vote-corrections';
import { listParties } from '@/db/queries/parties';
import { stanceColumns } from '@/db/queries/columns';
import {
  judgePersonRecord,
  listPartyLinesForPerson,
  listPartyTallies,
  listPersonVotes,
  listPersonStances,
  listPersonVoteTopics,
  type PartyLineRow,
  type PersonVoteRow,
} from '@/db/queries/person';
import { readSeatedOnDays } from '@/db/queries/seated';
import { constituencies, divisions, persons, revisions, stances, topicDivisions, topics, votes, whips } from '@/db/schema';
import { releaseAppDb, useSeededAppDbWithParliaments } from './support/app-db';
import { loadMemberPage } from '@/db/queries/member-page';
import { assessMemberVotes, compareSaidWithDid, listWhipGuessesNeeded, toSummaryVotes, VOTES_PER_PAGE, type VoteView } from '@/lib/view/member-view';
import { summariseMember } from '@/lib/view/mp-summary';
import { buildRebellionHistory } from '@/lib/view/rebellion-history';
import { fullScansOf, recordStatements } from './support/statement-log';
import type { TempDb } from './support/temp-db';

const QURESHI = 3924; // Labour, an aye in division 1666
const actor = { id: 'editor-account', label: 'editor@person-record.test' };

describe('an MP’s record read from the index', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDbWithParliaments();
  });
  afterAll(() => releaseAppDb(t));

  /** The record as joining the tables reads it: newest first (latest held, then the later division). */
  const joined = (personId: number): PersonVoteRow[] =>
    t.db
      .all<Omit<PersonVoteRow, 'isTeller'> & { isTeller: number }>(
        sql`select v.division_id as divisionId, d.official_id as officialId, d.date, d.held_at as heldAt,
                   d.official_title as officialTitle, d.short_title as shortTitle, v.position, v.party_id as partyId,
                   c.name as constituencyName, w.instruction as whipInstruction, w.strength as whipStrength,
                   w.basis as whipBasis, v.is_teller as isTeller, v.proxy_name as proxyName
              from votes v join divisions d on d.id = v.division_id
              left join constituencies c on c.id = v.constituency_id
              left join whips w on w.division_id = v.division_id and w.party_id = v.party_id
             where v.person_id = ${personId}
             order by d.held_at desc, d.id desc`,
      )
      .map((row) => ({ ...row, isTeller: row.isTeller === 1 }));
  const everyone = () => t.db.selectDistinct({ id: votes.personId }).from(votes).all().map((p) => p.id);
  const personId = (memberId: number) => t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, memberId)).get()!.id;
  /** The record as judging each vote on reading has it: the recorded whip, else rule 4's guess from the party's tallies. */
  const judgedOnReading = (personId: number) => {
    const kinds = new Map(listParties().map((p) => [p.id, p.kind]));
    const record = joined(personId);
    return assessMemberVotes(record, listPartyTallies(listWhipGuessesNeeded(record, kinds)), kinds, readSeatedOnDays());
  };
  /** Party lines bearing on the member's votes as joining the tables reads them (one row per line and division). */
  const partyLinesJoined = (personId: number): PartyLineRow[] =>
    t.db
      .select({
        ...stanceColumns,
        topicTitle: topics.title,
        topicSlug: topics.slug,
        divisionId: votes.divisionId,
        partyId: sql<number>`${stances.partyId}`,
        speaker: stances.speaker,
      })
      .from(votes)
      .innerJoin(topicDivisions, eq(topicDivisions.divisionId, votes.divisionId))
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .innerJoin(stances, and(eq(stances.topicId, topicDivisions.topicId), isNull(stances.personId), eq(stances.partyId, votes.partyId)))
      .where(eq(votes.personId, personId))
      .orderBy(asc(stances.statedOn), asc(stances.id), asc(votes.divisionId))
      .all();
  /** The topics of the member's divisions as joining the tables reads them, by division and title. */
  const voteTopicsJoined = (personId: number) =>
    t.db.all<{ divisionId: number; title: string; supportingLobby: string }>(sql`
      select td.division_id as divisionId, tp.title, td.supporting_lobby as supportingLobby
        from votes v join topic_divisions td on td.division_id = v.division_id join topics tp on tp.id = td.topic_id
       where v.person_id = ${personId} order by td.division_id, tp.title`);
  const byDivision = <R extends { divisionId: number }>(rows: R[]) => [...rows].sort((a, b) => a.divisionId - b.divisionId);
  const expectEveryRecordAsJoined = () => {
    const people = everyone();
    expect(people.length).toBeGreaterThan(1000);
    let guessed = 0;
    let rebellions = 0;
    let lines = 0;
    for (const id of people) {
      const record = listPersonVotes(id);
      expect(record).toEqual(joined(id));
      // Said-vs-did's party lines and the summary's topics, from every division's (kept per data version).
      const partyLines = listPartyLinesForPerson(record);
      const said = partyLines.map((l): [string | null, number] => [l.statedOn, l.stanceId]);
      expect(said).toEqual([...said].sort(byStatedThenId));
      expect(byTie(partyLines)).toEqual(partyLinesJoined(id));
      lines += partyLines.length;
      expect(byDivision(listPersonVoteTopics(record))).toEqual(voteTopicsJoined(id));
      const judged = judgePersonRecord(id);
      const onReading = judgedOnReading(id);
      expect(judged).toEqual(onReading);
      expectPageAsFromRows(id, onReading);
      guessed += judged.filter((v) => v.whip?.origin === 'computed').length;
      rebellions += judged.filter((v) => v.verdict === 'rebelled').length;
    }
    // Whips recorded and guessed, rebellions against both, and party lines, among what was compared.
    expect(guessed).toBeGreaterThan(100);
    expect(rebellions).toBeGreaterThan(56);
    expect(lines).toBeGreaterThan(0);
  };
  /**
   * What an MP's page shows of the whole record (counted from the record kept as arrays, rows made only for what is
   * shown) is what the rules give from every vote's row judged on reading.
   */
  const expectPageAsFromRows = (id: number, rows: VoteView<PersonVoteRow>[]) => {
    const parliamentId = t.db.select({ parliamentId: persons.parliamentId }).from(persons).where(eq(persons.id, id)).get()?.parliamentId;
    if (parliamentId == null) return;
    const page = loadMemberPage(parliamentId, 1)!;
    const partyById = new Map(listParties().map((p) => [p.id, p]));
    expect(page.record.rows()).toEqual(rows);
    expect(page.votes.rows).toEqual(rows.slice(0, VOTES_PER_PAGE));
    expect(page.totals).toEqual({ votes: rows.length, rebellions: rows.filter((v) => v.verdict === 'rebelled').length });
    expect(page.summary).toEqual(
      summariseMember({ name: page.person.name, votes: toSummaryVotes(rows, partyById, listPersonVoteTopics(rows)), posts: page.posts }),
    );
    expect(page.history).toEqual(buildRebellionHistory(rows));
    expect(page.words).toEqual(compareSaidWithDid(listPersonStances(id), rows, listPartyLinesForPerson(rows)));
  };
  /** Said earliest first (null first, as SQLite orders it), then by id. */
  const byStatedThenId = (a: [string | null, number], b: [string | null, number]) =>
    a[0] === b[0] ? a[1] - b[1] : a[0] === null ? -1 : b[0] === null ? 1 : a[0] < b[0] ? -1 : 1;
  /** One line's rows for several divisions by division, as the join is asked to order them. */
  const byTie = (rows: PartyLineRow[]) =>
    [...rows].sort((a, b) => byStatedThenId([a.statedOn, a.stanceId], [b.statedOn, b.stanceId]) || a.divisionId - b.divisionId);

  it('gives every member’s record as joining the tables does, across several Parliaments', () => {
    expectEveryRecordAsJoined();
    // Records that span the Parliaments, and tellers and proxies among the rows.
    expect(Math.max(...everyone().map((id) => new Set(listPersonVotes(id).map((v) => v.date.slice(0, 4))).size))).toBeGreaterThan(1);
    const rows = everyone().flatMap((id) => listPersonVotes(id));
    expect(rows.some((v) => v.isTeller)).toBe(true);
    expect(rows.some((v) => v.proxyName !== null)).toBe(true);
    expect(rows.some((v) => v.whipInstruction !== null)).toBe(true);
  });

  it('follows an editor’s changes to a vote, a whip, a division’s title and time and a seat, and their undoing', () => {
    const qureshi = personId(QURESHI);
    const before = listPersonVotes(qureshi);
    const vote = before.find((v) => v.officialId === 1666)!;
    expect(vote.position).toBe('aye');
    const firstChange = t.db.select({ id: sql<number>`max(${revisions.id})` }).from(revisions).get()!.id ?? 0;

    const saved = t.db.transaction((tx) => correctVote(tx, vote.divisionId, qureshi, { position: 'no', isTeller: false, proxyName: null }, { actor }));
    expect(saved.status).toBe('saved');
    t.db.update(whips).set({ instruction: 'no', basis: 'reported' }).where(sql`${whips.divisionId} = ${vote.divisionId} and ${whips.partyId} = ${vote.partyId}`).run();
    t.db.update(divisions).set({ shortTitle: 'A retitled division' }).where(eq(divisions.id, vote.divisionId)).run();
    t.db.update(constituencies).set({ name: 'A renamed seat' }).where(eq(constituencies.name, vote.constituencyName!)).run();
    // Two divisions held at the same moment (a time corrected to another's): the later division first, as joined.
    const other = before.find((v) => v.divisionId !== vote.divisionId)!;
    t.db.update(divisions).set({ heldAt: vote.heldAt }).where(eq(divisions.id, other.divisionId)).run();
    expect(listPersonVotes(qureshi).filter((v) => v.heldAt === vote.heldAt).map((v) => v.divisionId)).toEqual(
      [vote.divisionId, other.divisionId].sort((a, b) => b - a),
    );

    // A party line on a topic, and the topic linked to another of her divisions: her page has it at once.
    const topic = t.db.select({ id: topicDivisions.topicId }).from(topicDivisions).where(eq(topicDivisions.divisionId, vote.divisionId)).get()!.id;
    const line = t.db
      .insert(stances)
      .values({ topicId: topic, partyId: vote.partyId, speaker: 'A party spokesperson', position: 'opposes', label: 'Against', kind: 'statement', sourceUrl: 'https://example.org/line', statedOn: null })
      .returning({ id: stances.id })
      .get().id;
    t.db.insert(topicDivisions).values({ topicId: topic, divisionId: other.divisionId, supportingLobby: 'no' }).onConflictDoNothing().run();
    const record = listPersonVotes(qureshi);
    expect(listPartyLinesForPerson(record).filter((l) => l.stanceId === line).map((l) => l.divisionId).sort()).toEqual(
      record.filter((v) => v.partyId === vote.partyId && (v.divisionId === vote.divisionId || v.divisionId === other.divisionId)).map((v) => v.divisionId).sort(),
    );
    expect(listPersonVoteTopics(record).filter((v) => v.divisionId === other.divisionId).length).toBeGreaterThan(0);

    const after = listPersonVotes(qureshi).find((v) => v.divisionId === vote.divisionId)!;
    expect(after).toMatchObject({ position: 'no', whipInstruction: 'no', shortTitle: 'A retitled division', constituencyName: 'A renamed seat' });
    expectEveryRecordAsJoined();

    const undone = t.db.select({ id: revisions.id }).from(revisions).where(sql`${revisions.id} > ${firstChange}`).all();
    expect(undone.length).toBeGreaterThan(0);
    for (const change of undone.reverse()) expect(undoRevision(t.db, change.id, { actor }).status).toBe('undone');
    expect(listPersonVotes(qureshi).find((v) => v.divisionId === vote.divisionId)!.position).toBe('aye');
    expectEveryRecordAsJoined();

    // A vote with no party or seat recorded, cast by a proxy whose name has commas and quotes in it, and a teller.
    const herVote = (divisionId: number) => and(eq(votes.divisionId, divisionId), eq(votes.personId, qureshi));
    t.db.update(votes).set({ partyId: null, constituencyId: null, proxyName: 'O’Brien, "Jim", [proxy]' }).where(herVote(other.divisionId)).run();
    t.db.update(votes).set({ position: 'no', isTeller: true }).where(herVote(vote.divisionId)).run();
    expect(listPersonVotes(qureshi).find((v) => v.divisionId === other.divisionId)).toMatchObject({
      partyId: null,
      constituencyName: null,
      whipInstruction: null,
      proxyName: 'O’Brien, "Jim", [proxy]',
    });
    expect(listPersonVotes(qureshi).find((v) => v.divisionId === vote.divisionId)).toMatchObject({ position: 'no', isTeller: true });
    expectEveryRecordAsJoined();
  });

  it('reads the votes from the index on person alone, and no table whole but the divisions, whips and seats it keeps', () => {
    const longest = t.db.get<{ id: number }>(sql`select person_id as id from votes group by person_id order by count(*) desc limit 1`).id;
    const { statements } = recordStatements(t.db, () => listPersonVotes(longest));
    const ofVotes = statements.filter((s) => /\bvotes\b/i.test(s.sql));
    expect(ofVotes).toHaveLength(1);
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${ofVotes[0]!.sql}`).all(...ofVotes[0]!.params) as { detail: string }[];
    // The votes from the index alone; each vote's division, whip and seat from what is kept.
    expect(plan.map((p) => p.detail)).toEqual(['SEARCH votes USING COVERING INDEX votes_person_idx (person_id=?)']);
    expect(fullScansOf(t.db, statements, ['votes', 'division_party_tallies', 'persons'])).toEqual([]);
    // Made once for the data version: a second record reads only its votes.
    const qureshi = personId(QURESHI);
    const { statements: second } = recordStatements(t.db, () => {
      listPersonVotes(longest);
      return listPersonVotes(qureshi);
    });
    expect(second.filter((s) => /\bvotes\b/i.test(s.sql))).toHaveLength(2);
    expect(second.filter((s) => !/\bvotes\b/i.test(s.sql))).toHaveLength(statements.length - 1);
  });
});
