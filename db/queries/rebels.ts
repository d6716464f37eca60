import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { memberVoteColumns } from './columns';
import { constituencies, divisions, persons, posts, stances, topicDivisions, topics, votes, whips } from '@/db/schema';
import { parseRebelsQuery, type QueryIssue, type RebelsQuery } from '@/lib/validation/rebels';
import { buildRebellions, listRebels, type RebelFacts, type RebelList } from '@/lib/view/rebels';
import { buildRebellionHistory, type RebellionHistory } from '@/lib/view/rebellion-history';
import { listParties } from './parties';

// Reads for the rebel explorer and for one MP's rebellion history. A fixed number of queries whatever the
// number of divisions or members: the rules (lib/domain) then run over the rows in memory.

/** Divisions with an address (an official id): the ones asked for, or all of them. */
function listExplorerDivisions(officialIds: ReadonlyArray<number>) {
  const db = getDb();
  const where = officialIds.length > 0 ? inArray(divisions.officialId, [...officialIds]) : isNotNull(divisions.officialId);
  return db
    .select({
      id: divisions.id,
      officialId: sql<number>`${divisions.officialId}`,
      date: divisions.date,
      title: sql<string>`coalesce(${divisions.shortTitle}, ${divisions.officialTitle})`,
    })
    .from(divisions)
    .where(where)
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .all();
}

/**
 * Everything the explorer needs for the given divisions (official ids; empty for all): 7 queries — divisions,
 * their votes with person and seat, parties, whips, the voters' posts, stances on linked topics, the topics.
 */
export function listRebelFacts(officialIds: ReadonlyArray<number>): RebelFacts {
  const db = getDb();
  const divisionRows = listExplorerDivisions(officialIds);
  const ids = divisionRows.map((d) => d.id);
  if (ids.length === 0) return { divisions: [], votes: [], parties: listParties(), whips: [], posts: [], stances: [], topics: [] };
  const voters = db.selectDistinct({ personId: votes.personId }).from(votes).where(inArray(votes.divisionId, ids));

  return {
    divisions: divisionRows,
    votes: db
      .select({ divisionId: votes.divisionId, ...memberVoteColumns, onsCode: constituencies.onsCode })
      .from(votes)
      .innerJoin(persons, eq(persons.id, votes.personId))
      .leftJoin(constituencies, eq(constituencies.id, votes.constituencyId))
      .where(inArray(votes.divisionId, ids))
      .orderBy(asc(votes.divisionId), asc(persons.sortName))
      .all(),
    parties: listParties(),
    whips: db
      .select({
        divisionId: whips.divisionId,
        partyId: whips.partyId,
        instruction: whips.instruction,
        basis: whips.basis,
        strength: whips.strength,
      })
      .from(whips)
      .where(inArray(whips.divisionId, ids))
      .all(),
    // Every post of anyone who voted: payrollStatusOnDate and leftOverDivision decide, per division date.
    posts: db
      .select({
        personId: posts.personId,
        kind: posts.kind,
        startDate: posts.startDate,
        endDate: posts.endDate,
        endReason: posts.endReason,
        endedOverDivisionId: posts.endedOverDivisionId,
      })
      .from(posts)
      .where(inArray(posts.personId, voters))
      .all(),
    stances: db
      .select({
        divisionId: topicDivisions.divisionId,
        topicSlug: topics.slug,
        personId: sql<number>`${stances.personId}`,
        position: stances.position,
      })
      .from(topicDivisions)
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .innerJoin(stances, and(eq(stances.topicId, topicDivisions.topicId), isNotNull(stances.personId)))
      .where(inArray(topicDivisions.divisionId, ids))
      .all(),
    topics: db
      .select({ divisionId: topicDivisions.divisionId, slug: topics.slug, title: topics.title })
      .from(topicDivisions)
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .where(inArray(topicDivisions.divisionId, ids))
      .all(),
  };
}

/** Every division with an address, newest first: the explorer's division choices. */
export function listDivisionChoices(): { officialId: number; date: string; title: string }[] {
  return listExplorerDivisions([]).map(({ officialId, date, title }) => ({ officialId, date, title }));
}

/**
 * One person's votes in every division, judged against the whip (recorded, else rule 4's guess): four queries —
 * their votes, their parties' tallies in those divisions (counted in SQL, so no other member's rows are read),
 * the whips recorded for those parties, and the parties.
 */
export function getRebellionHistory(personId: number): RebellionHistory {
  const db = getDb();
  const ownVotes = db
    .select({
      divisionId: votes.divisionId,
      officialId: sql<number>`${divisions.officialId}`,
      date: divisions.date,
      title: sql<string>`coalesce(${divisions.shortTitle}, ${divisions.officialTitle})`,
      partyId: votes.partyId,
      position: votes.position,
      isTeller: votes.isTeller,
    })
    .from(votes)
    .innerJoin(divisions, eq(divisions.id, votes.divisionId))
    .where(and(eq(votes.personId, personId), isNotNull(divisions.officialId)))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .all();

  const tallies = db.all<{ divisionId: number; partyId: number; ayes: number; noes: number; both: number; absent: number }>(sql`
    select v.division_id as divisionId, v.party_id as partyId,
      sum(v.position = 'aye') as ayes, sum(v.position = 'no') as noes,
      sum(v.position = 'both') as "both", sum(v.position = 'absent') as absent
    from ${votes} mine
    join ${votes} v on v.division_id = mine.division_id and v.party_id = mine.party_id
    where mine.person_id = ${personId}
    group by v.division_id, v.party_id`);

  const recorded = db
    .select({ divisionId: whips.divisionId, partyId: whips.partyId, instruction: whips.instruction, basis: whips.basis, strength: whips.strength })
    .from(whips)
    .innerJoin(votes, and(eq(votes.divisionId, whips.divisionId), eq(votes.partyId, whips.partyId), eq(votes.personId, personId)))
    .all();

  return buildRebellionHistory({ votes: ownVotes, tallies, whips: recorded, parties: listParties() });
}

export type RebelListResult = {
  query: RebelsQuery;
  /** Filters that failed validation (left out of `query`), an unknown party, and unknown divisions. */
  issues: QueryIssue[];
  list: RebelList;
  /** The divisions read (those chosen, or all), newest first. */
  divisions: RebelFacts['divisions'];
  topics: ReadonlyArray<{ slug: string; title: string }>;
  parties: RebelFacts['parties'];
};

/**
 * The rebel explorer from a query string: validate (lib/validation/rebels), read (listRebelFacts), judge and
 * filter (lib/view/rebels). /rebels, /rebels.csv, /rebels.json and /api/v1/rebels all call this, so they list
 * the same rows. Answer 400 when `issues` is not empty; the page shows the issues and the rest of the list.
 */
export function loadRebelList(raw: URLSearchParams | Record<string, string | string[] | undefined>): RebelListResult {
  const { query, issues } = parseRebelsQuery(raw);
  const facts = listRebelFacts(query.division);
  const universe = buildRebellions(facts);
  const list = listRebels(universe, query, facts.parties);
  const found = new Set(facts.divisions.map((d) => d.officialId));
  const missing = query.division.filter((id) => !found.has(id));
  if (missing.length > 0) issues.push({ path: 'division', message: `There is no division ${missing.join(', ')}` });
  if (list.unknownParty) issues.push({ path: 'party', message: `There is no party with the abbreviation "${list.unknownParty}"` });
  return { query, issues, list, divisions: facts.divisions, topics: universe.topics, parties: facts.parties };
}
