import 'server-only';
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { versionMemo } from '@/db/version-memo';
import { constituencies, divisions, persons, posts, stances, topicDivisions, topics, votes, whips } from '@/db/schema';
import { parseRebelsQuery, REBELS_MAX_DIVISIONS, type QueryIssue, type RebelsQuery } from '@/lib/validation/rebels';
import type { RebellionTally } from '@/lib/domain';
import { filterRebellions, listRebels, rebelPersonIds, type RebelList, type RebelScope } from '@/lib/view/rebels';
import {
  buildRebellions,
  judgePartyLobbies,
  type LobbyJudgement,
  type RebelDivisionFact,
  type RebelFacts,
  type RebelVoteFact,
} from '@/lib/view/rebels-facts';
import { buildRebellionHistory, type RebellionHistory } from '@/lib/view/rebellion-history';
import { formatDate } from '@/lib/view/format';
import { listParties } from './parties';
import { listDivisionTallies } from './divisions';
import { readSeatedOnDays } from './seated';
import { judgePersonRecord } from './person';
import { payrollPostColumns } from './columns';

// Reads for the rebel explorer and for one MP's rebellion history. A fixed number of queries whatever the
// number of divisions or members. The explorer reads at most REBELS_MAX_DIVISIONS divisions for a list (some
// 65,000 votes), never the whole record, and does not carry their votes into memory: the rules (lib/domain)
// judge each party's lobbies from counts, and the database returns only the votes judged rebellions.

const explorerDivisionColumns = {
  id: divisions.id,
  officialId: sql<number>`${divisions.officialId}`,
  date: divisions.date,
  title: sql<string>`coalesce(${divisions.shortTitle}, ${divisions.officialTitle})`,
};

export type RebelDivisionScope = {
  /** The divisions to read, newest first. */
  divisions: RebelDivisionFact[];
  scope: RebelScope;
  /** Divisions chosen that are not on record. */
  missing: number[];
  /** Divisions chosen that are on record but outside the dates asked for (left out). */
  outsideDates: RebelDivisionFact[];
};

/** The day before a YYYY-MM-DD date. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Which divisions a list reads, in one query on the divisions table (its held_at index gives the order): the
 * ones chosen (at most REBELS_MAX_DIVISIONS, which the validation enforces) within the dates, or else the
 * latest REBELS_MAX_DIVISIONS with an address (an official id) between the dates, with how many match.
 */
export function listScopeDivisions(query: Pick<RebelsQuery, 'division' | 'from' | 'to'>): RebelDivisionScope {
  const db = getDb();
  const from = query.from ?? null;
  const to = query.to ?? null;
  const inDates = (date: string) => (!from || date >= from) && (!to || date <= to);
  const datesOf = (rows: ReadonlyArray<RebelDivisionFact>) => {
    const dates = rows.map((d) => d.date).sort();
    return { earliestDate: dates[0] ?? null, latestDate: dates.at(-1) ?? null };
  };

  if (query.division.length > 0) {
    const rows = db
      .select(explorerDivisionColumns)
      .from(divisions)
      .where(inArray(divisions.officialId, [...new Set(query.division)]))
      .orderBy(desc(divisions.heldAt), desc(divisions.id))
      .all();
    const found = new Set(rows.map((d) => d.officialId));
    const chosen = rows.filter((d) => inDates(d.date));
    return {
      divisions: chosen,
      missing: [...new Set(query.division)].filter((id) => !found.has(id)),
      outsideDates: rows.filter((d) => !inDates(d.date)),
      scope: { kind: 'chosen', from, to, read: chosen.length, matching: chosen.length, limit: REBELS_MAX_DIVISIONS, ...datesOf(chosen), earlierTo: null },
    };
  }

  const conditions: SQL[] = [isNotNull(divisions.officialId)];
  if (from) conditions.push(gte(divisions.date, from));
  if (to) conditions.push(lte(divisions.date, to));
  // One more than the limit: the newest division left out gives the date to look further back from.
  const rows = db
    .select({ ...explorerDivisionColumns, matching: sql<number>`count(*) over ()` })
    .from(divisions)
    .where(and(...conditions))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(REBELS_MAX_DIVISIONS + 1)
    .all();
  const read = rows.slice(0, REBELS_MAX_DIVISIONS).map(({ id, officialId, date, title }) => ({ id, officialId, date, title }));
  const next = rows[REBELS_MAX_DIVISIONS];
  // Reading back from the date of the newest division left out re-reads the few of that day already shown
  // rather than skipping the others; only if one day held more than the limit would that not move back.
  const earlierTo = next ? (next.date === to ? dayBefore(next.date) : next.date) : null;
  return {
    divisions: read,
    missing: [],
    outsideDates: [],
    scope: { kind: 'latest', from, to, read: read.length, matching: rows[0]?.matching ?? 0, limit: REBELS_MAX_DIVISIONS, ...datesOf(read), earlierTo },
  };
}

/** A list of ids as one bound parameter, for `id in (select value from json_each(?))`. */
const idList = (ids: Iterable<number>) => sql`(select value from json_each(${JSON.stringify([...ids])}))`;

/**
 * The lobbies judged (party, division, way of voting) as a table bound in one parameter. `cross join` keeps
 * it the outer loop, so that each lobby is one search of votes_division_party_idx.
 */
function lobbyTable(rows: ReadonlyArray<ReadonlyArray<number | string>>) {
  return sql`(select value->>0 as division_id, value->>1 as party_id, value->>2 as position, value->>3 as rebellions,
    value->>4 as whipped_votes, value->>5 as absences, value->>6 as recorded_abstentions from json_each(${JSON.stringify(rows)})) lobby`;
}

/**
 * What the explorer needs for the given divisions (from listScopeDivisions), in 9 queries: how each party's
 * members voted in them (the stored tallies, so no vote is counted), the whips recorded, the parties, their
 * members seated by membership; then, once the rules have judged each party's lobbies (judgePartyLobbies), only the votes judged
 * rebellions, with who cast them, and the rebels' posts, their stances and the parties' lines on linked topics,
 * and the topics. None is made per division or per member.
 */
export function listRebelFacts(divisionRows: ReadonlyArray<RebelDivisionFact>): RebelFacts {
  const db = getDb();
  const parties = listParties();
  const ids = divisionRows.map((d) => d.id);
  if (ids.length === 0) return { divisions: [], judgements: [], votes: [], parties, posts: [], stances: [], partyLines: [], topics: [] };

  const tallies = listDivisionTallies(ids);
  const recorded = db
    .select({ divisionId: whips.divisionId, partyId: whips.partyId, instruction: whips.instruction, basis: whips.basis, strength: whips.strength })
    .from(whips)
    .where(inArray(whips.divisionId, ids))
    .all();
  const seatedOn = readSeatedOnDays();
  const dateOf = new Map(divisionRows.map((d) => [d.id, d.date]));
  const judgements = judgePartyLobbies({ tallies, whips: recorded, parties, seated: (partyId, divisionId) => seatedOn(partyId, dateOf.get(divisionId) ?? '') });

  const rebelLobbies = judgements.filter((j) => j.assessment.verdict === 'rebelled').map((j) => [j.divisionId, j.partyId, j.position]);
  const rebelVotes = db
    .all<Omit<RebelVoteFact, 'isTeller'> & { isTeller: 0 | 1 }>(
      sql`select v.division_id as divisionId, v.person_id as personId, p.parliament_id as parliamentId, p.name as name,
        p.sort_name as sortName, v.position as position, v.is_teller as isTeller, v.party_id as partyId,
        c.name as constituencyName, c.nation as nation, p.posts_known as postsKnown, p.posts_known_on as postsKnownOn
      from ${lobbyTable(rebelLobbies)}
      cross join ${votes} v on v.division_id = lobby.division_id and v.party_id = lobby.party_id and v.position = lobby.position
      join ${persons} p on p.id = v.person_id
      left join ${constituencies} c on c.id = v.constituency_id`,
    )
    .map((v) => ({ ...v, isTeller: v.isTeller === 1 }));
  const rebels = new Set(rebelVotes.map((v) => v.personId));

  return {
    divisions: divisionRows,
    judgements,
    votes: rebelVotes,
    parties,
    // Every post of every rebel: payrollStatusOnDate and leftOverDivision decide, per division date.
    posts: db
      .select(payrollPostColumns)
      .from(posts)
      .where(sql`${posts.personId} in ${idList(rebels)}`)
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
      .innerJoin(stances, eq(stances.topicId, topicDivisions.topicId))
      .where(and(inArray(topicDivisions.divisionId, ids), sql`${stances.personId} in ${idList(rebels)}`))
      .all(),
    partyLines: db
      .select({
        divisionId: topicDivisions.divisionId,
        topicSlug: topics.slug,
        partyId: sql<number>`${stances.partyId}`,
        position: stances.position,
      })
      .from(topicDivisions)
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .innerJoin(stances, eq(stances.topicId, topicDivisions.topicId))
      .where(and(inArray(topicDivisions.divisionId, ids), isNull(stances.personId), isNotNull(stances.partyId)))
      .all(),
    topics: db
      .select({ divisionId: topicDivisions.divisionId, slug: topics.slug, title: topics.title })
      .from(topicDivisions)
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .where(inArray(topicDivisions.divisionId, ids))
      .all(),
  };
}

/**
 * Each person's rebellions over whipped votes in the divisions judged (one query, whatever the number of
 * people): the database adds up, vote by vote, each lobby's share (LobbyJudgement.counts) for these people.
 * The votes are found lobby by lobby (votes_division_party_idx) and only then kept for these people: `+v.person_id`
 * stops SQLite from looking each lobby up in each person's record instead (votes_person_idx), which for the
 * explorer's 100 latest divisions and 450 rebels was 1.4 million searches and most of a second.
 */
export function listRebelTallies(judgements: ReadonlyArray<LobbyJudgement>, personIds: ReadonlyArray<number>): Map<number, RebellionTally> {
  const whipped = judgements
    .filter((j) => j.counts.whippedVotes > 0)
    .map((j) => [j.divisionId, j.partyId, j.position, j.counts.rebellions, j.counts.whippedVotes, j.counts.absences, j.counts.recordedAbstentions]);
  if (personIds.length === 0 || whipped.length === 0) return new Map();
  const rows = getDb().all<{ personId: number } & RebellionTally>(
    sql`select v.person_id as personId, sum(lobby.rebellions) as rebellions, sum(lobby.whipped_votes) as whippedVotes,
      sum(lobby.absences) as absences, sum(lobby.recorded_abstentions) as recordedAbstentions
    from ${lobbyTable(whipped)}
    cross join ${votes} v on v.division_id = lobby.division_id and v.party_id = lobby.party_id and v.position = lobby.position
    where +v.person_id in ${idList(personIds)}
    group by v.person_id`,
  );
  return new Map(rows.map(({ personId, ...tally }) => [personId, tally]));
}

/** How many recent divisions the explorer's form offers to tick; older ones are chosen by number or by date. */
export const RECENT_DIVISION_CHOICES = 10;

/** The latest divisions with an address, newest first: the explorer's short list of choices (one indexed query, once per data version). */
export function listRecentDivisionChoices(limit = RECENT_DIVISION_CHOICES): ReadonlyArray<DivisionChoice> {
  return choicesMemo(limit, () => readRecentDivisionChoices(limit));
}

type DivisionChoice = { officialId: number; date: string; title: string };

// The explorer offers them on every page it makes: read once per data version (db/version-memo.ts).
const choicesMemo = versionMemo<number, ReadonlyArray<DivisionChoice>>({ maxEntries: 2 });

function readRecentDivisionChoices(limit: number): DivisionChoice[] {
  return getDb()
    .select({ officialId: explorerDivisionColumns.officialId, date: divisions.date, title: explorerDivisionColumns.title })
    .from(divisions)
    .where(isNotNull(divisions.officialId))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(limit)
    .all();
}

/**
 * One person's votes in every division with an address, judged against the whip (recorded, else rule 4's guess):
 * three queries at most, whatever the length of the record (db/queries/person.ts judgePersonRecord).
 */
export function getRebellionHistory(personId: number): RebellionHistory {
  return buildRebellionHistory(judgePersonRecord(personId));
}

export type RebelListResult = {
  query: RebelsQuery;
  /** Filters that failed validation (left out of `query`), an unknown party, and unknown divisions. */
  issues: QueryIssue[];
  list: RebelList;
  /** Which divisions were read, and how many more matched: what the list's counts cover. */
  scope: RebelScope;
  /** The divisions read (those chosen, or the latest), newest first. */
  divisions: RebelFacts['divisions'];
  topics: ReadonlyArray<{ slug: string; title: string }>;
  parties: RebelFacts['parties'];
};

/**
 * The rebel explorer from a query string: validate (lib/validation/rebels), pick the divisions
 * (listScopeDivisions), read (listRebelFacts), judge and filter (lib/view/rebels). /rebels, /rebels.csv,
 * /rebels.json and /api/v1/rebels all call this, so they list the same rows. Answer 400 when `issues` is not
 * empty; the page shows the issues and the rest of the list. Eleven queries, whatever the filters and the
 * number of divisions or rebels.
 */
export function loadRebelList(raw: URLSearchParams | Record<string, string | string[] | undefined>): RebelListResult {
  const { query, issues } = parseRebelsQuery(raw);
  const chosen = listScopeDivisions(query);
  const facts = listRebelFacts(chosen.divisions);
  const universe = buildRebellions(facts);
  const filtered = filterRebellions(universe, query, facts.parties);
  const tallies = listRebelTallies(facts.judgements, rebelPersonIds(filtered.matching));
  const list = listRebels(filtered, tallies, query);
  if (chosen.missing.length > 0) issues.push({ path: 'division', message: `There is no division ${chosen.missing.join(', ')}` });
  for (const d of chosen.outsideDates) {
    issues.push({ path: 'division', message: `Division ${d.officialId} (${formatDate(d.date)}) is outside the dates chosen, so it is left out` });
  }
  if (list.unknownParty) issues.push({ path: 'party', message: `There is no party with the abbreviation "${list.unknownParty}"` });
  return { query, issues, list, scope: chosen.scope, divisions: facts.divisions, topics: universe.topics, parties: facts.parties };
}
