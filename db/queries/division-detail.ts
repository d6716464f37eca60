import 'server-only';
import type { Statement } from 'better-sqlite3';
import { asc, eq, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { preparedOnce } from '@/db/prepared';
import { versionMemo } from '@/db/version-memo';
import { payrollPostColumns, postColumns, stanceColumns } from './columns';
import {
  constituencies,
  divisions,
  persons,
  posts,
  stances,
  topicDivisions,
  topics,
  type Confidence,
  type Lobby,
  type PostEndReason,
  type PostKind,
  type PostSide,
  type Source,
  type StanceKind,
  type PostsKnownBasis,
  type StancePosition,
  type StanceTiming,
  type VotePosition,
} from '@/db/schema';
import { buildDivisionView } from '@/lib/view/division-view';
import { readDivisionWhips } from './divisions';
import { listParties } from './parties';
import { readSeatedByParty } from './seated';

// Reads for one division's page. Each is one query, or a lookup in what is kept per data version; together they are
// the whole page.

export type DivisionDetail = {
  id: number;
  officialId: number;
  date: string;
  heldAt: string;
  number: number;
  officialTitle: string;
  shortTitle: string | null;
  motionText: string | null;
  motionTextSource: string | null;
  movedBy: string | null;
  ayeCount: number;
  noCount: number;
  resultText: string | null;
  isDeferred: boolean;
  hansardUrl: string | null;
  hansardReference: string | null;
  sources: Source[];
};

/**
 * Divisions kept by official id (each a short row, the motion's text the longest part): the ones being read now, and
 * ids asked for that no division has (kept as null), so that a page read again reads no heading.
 */
const HEADINGS_KEPT = 512;
const headingMemo = versionMemo<number, DivisionDetail | null>({ maxEntries: HEADINGS_KEPT });

/**
 * A division by its Commons Votes id: kept until the data changes (db/version-memo.ts) and memoised per request, so
 * that the page, its metadata, its downloads and the API share one reading. Shared: callers must not change it.
 */
export const getDivisionByOfficialId = cache(
  (officialId: number): DivisionDetail | null => headingMemo(officialId, () => readDivision(officialId)),
);

const divisionByOfficialId = preparedOnce((db) =>
  db
    .select({
      id: divisions.id,
      officialId: sql<number>`${divisions.officialId}`,
      date: divisions.date,
      heldAt: divisions.heldAt,
      number: divisions.number,
      officialTitle: divisions.officialTitle,
      shortTitle: divisions.shortTitle,
      motionText: divisions.motionText,
      motionTextSource: divisions.motionTextSource,
      movedBy: divisions.movedBy,
      ayeCount: divisions.ayeCount,
      noCount: divisions.noCount,
      resultText: divisions.resultText,
      isDeferred: divisions.isDeferred,
      hansardUrl: divisions.hansardUrl,
      hansardReference: divisions.hansardReference,
      sources: divisions.sources,
    })
    .from(divisions)
    .where(eq(divisions.officialId, sql.placeholder('officialId')))
    .prepare(),
);

function readDivision(officialId: number): DivisionDetail | null {
  return divisionByOfficialId().get({ officialId }) ?? null;
}

export type DivisionMemberRow = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
  partyId: number | null;
  constituencyName: string | null;
  postsKnown: PostsKnownBasis | null;
  postsKnownOn: string | null;
};

/**
 * Every member's vote in the division, with party and seat on the day as the record gives them, by sort name (then
 * person). The votes are read from the table alone, as plain arrays by a statement prepared once a connection; each
 * voter's name and seat come from voterLookups, read once per data version for every division. Joining the persons
 * and seats tables in SQL for each of 650 votes, and mapping the rows into objects by column name, cost twice as much.
 */
export function listDivisionMembers(divisionId: number): DivisionMemberRow[] {
  const lookups = voterLookups();
  const rows = divisionVotesStatement().all(divisionId) as DivisionVoteTuple[];
  const members: DivisionMemberRow[] = [];
  for (const [personId, position, isTeller, proxyName, partyId, constituencyId] of rows) {
    const person = lookups.persons.get(personId);
    // A vote always has its person (a foreign key); one added since the persons were read is left out, as a join
    // made at that moment would have left it.
    if (!person) continue;
    members.push({
      personId,
      parliamentId: person.parliamentId,
      name: person.name,
      sortName: person.sortName,
      position,
      isTeller: isTeller === 1,
      proxyName,
      partyId,
      constituencyName: constituencyId === null ? null : (lookups.seats.get(constituencyId) ?? null),
      postsKnown: person.postsKnown,
      postsKnownOn: person.postsKnownOn,
    });
  }
  // Sorted here, not by SQL: by sort name, then person, whatever order the votes were read in. SQLite's ORDER BY on
  // text compares UTF-8 bytes; comparing UTF-16 code units gives the same order for every character a name holds
  // (they differ only between the surrogates and U+E000 to U+FFFF).
  return members.sort((a, b) => (a.sortName === b.sortName ? a.personId - b.personId : a.sortName < b.sortName ? -1 : 1));
}

type DivisionVoteTuple = [
  personId: number,
  position: VotePosition,
  isTeller: number,
  proxyName: string | null,
  partyId: number | null,
  constituencyId: number | null,
];

const divisionVotesStatement = preparedOnce(
  (db): Statement =>
    db.$client
      .prepare('SELECT person_id, position, is_teller, proxy_name, party_id, constituency_id FROM votes WHERE division_id = ?')
      .raw(),
);

type VoterFields = Pick<DivisionMemberRow, 'parliamentId' | 'name' | 'sortName' | 'postsKnown' | 'postsKnownOn'>;

/**
 * What a division's page shows of each voter beside their vote, for every person, seat and post: names, whether
 * their posts are known, seats' names, and every post's dates (a couple of thousand rows each). Read whole once per
 * data version and shared by every division's view, in place of joining them to each division's 650 votes.
 */
type VoterLookups = {
  persons: Map<number, VoterFields>;
  seats: Map<number, string>;
  /** Each person's posts, in the order they were entered. */
  posts: Map<number, PayrollPostRow[]>;
};

const voterLookupsMemo = versionMemo<'all', VoterLookups>({ maxEntries: 1 });

function voterLookups(): VoterLookups {
  return voterLookupsMemo('all', () => {
    const db = getDb();
    const personRows = db
      .select({
        id: persons.id,
        parliamentId: persons.parliamentId,
        name: persons.name,
        sortName: persons.sortName,
        postsKnown: persons.postsKnown,
        postsKnownOn: persons.postsKnownOn,
      })
      .from(persons)
      .all();
    const seatRows = db.select({ id: constituencies.id, name: constituencies.name }).from(constituencies).all();
    const postRows = db
      .select(payrollPostColumns)
      .from(posts)
      .orderBy(asc(posts.personId), asc(posts.id))
      .all();
    const postsByPerson = new Map<number, PayrollPostRow[]>();
    for (const post of postRows) {
      const held = postsByPerson.get(post.personId);
      if (held) held.push(post);
      else postsByPerson.set(post.personId, [post]);
    }
    return {
      persons: new Map(personRows.map(({ id, ...fields }) => [id, fields])),
      seats: new Map(seatRows.map((c) => [c.id, c.name])),
      posts: postsByPerson,
    };
  });
}

export type PayrollPostRow = {
  personId: number;
  kind: PostKind;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endedOverDivisionId: number | null;
};

/**
 * Posts held by the division's voters (one vote each) that may cover its date, in the voters' order and each one's
 * as entered, from voterLookups. The date test here only narrows the rows; payrollStatusOnDate (lib/domain) decides.
 */
export function listVotersPostsAround(members: ReadonlyArray<Pick<DivisionMemberRow, 'personId'>>, date: string): PayrollPostRow[] {
  const day = date.slice(0, 10);
  const held = voterLookups().posts;
  const found: PayrollPostRow[] = [];
  for (const { personId } of members) {
    for (const post of held.get(personId) ?? []) {
      if ((post.startDate === null || post.startDate.slice(0, 10) <= day) && (post.endDate === null || post.endDate.slice(0, 10) >= day)) {
        found.push(post);
      }
    }
  }
  return found;
}

export type DepartureRow = {
  postId: number;
  personId: number;
  parliamentId: number | null;
  name: string;
  title: string;
  kind: PostKind;
  side: PostSide;
  department: string | null;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endReasonNote: string | null;
  endedOverDivisionId: number | null;
  note: string | null;
  sources: Source[];
};

/** Posts recorded as having ended over the division, with who held them. */
export function listDepartures(divisionId: number): DepartureRow[] {
  return departuresOver().all({ divisionId });
}

const departuresOver = preparedOnce((db) =>
  db
    .select({
      postId: posts.id,
      personId: posts.personId,
      parliamentId: persons.parliamentId,
      name: persons.name,
      ...postColumns,
    })
    .from(posts)
    .innerJoin(persons, eq(persons.id, posts.personId))
    .where(eq(posts.endedOverDivisionId, sql.placeholder('divisionId')))
    .orderBy(asc(persons.sortName), asc(posts.id))
    .prepare(),
);

export type DivisionStanceRow = {
  stanceId: number;
  topicId: number;
  topicTitle: string;
  supportingLobby: Lobby;
  personId: number | null;
  partyId: number | null;
  speaker: string;
  position: StancePosition;
  label: string;
  quote: string | null;
  statedOn: string | null;
  said: StanceTiming;
  kind: StanceKind;
  sourceUrl: string;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  confidence: Confidence;
  note: string | null;
};

/** What people and parties said on the topics this division bears on. */
export function listDivisionStances(divisionId: number): DivisionStanceRow[] {
  return stancesOn().all({ divisionId });
}

const stancesOn = preparedOnce((db) =>
  db
    .select({
      ...stanceColumns,
      topicId: topics.id,
      topicTitle: topics.title,
      supportingLobby: topicDivisions.supportingLobby,
      personId: stances.personId,
      partyId: stances.partyId,
      speaker: stances.speaker,
    })
    .from(topicDivisions)
    .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
    .innerJoin(stances, eq(stances.topicId, topicDivisions.topicId))
    .where(eq(topicDivisions.divisionId, sql.placeholder('divisionId')))
    .orderBy(asc(stances.statedOn), asc(stances.id))
    .prepare(),
);

export type DivisionTopicRow = { id: number; slug: string; title: string; supportingLobby: Lobby };

/** The topics this division bears on, and which lobby means "supports". */
export function listDivisionTopics(divisionId: number): DivisionTopicRow[] {
  return topicsOf().all({ divisionId });
}

const topicsOf = preparedOnce((db) =>
  db
    .select({ id: topics.id, slug: topics.slug, title: topics.title, supportingLobby: topicDivisions.supportingLobby })
    .from(topicDivisions)
    .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
    .where(eq(topicDivisions.divisionId, sql.placeholder('divisionId')))
    .orderBy(asc(topics.title))
    .prepare(),
);

/** Divisions whose views are kept (each a few hundred KB for 650 members): the ones being read now. */
const VIEWS_KEPT = 48;
const viewMemo = versionMemo<number, ReturnType<typeof readDivisionView>>({ maxEntries: VIEWS_KEPT });

/**
 * All the reads behind one division's topics, members, parties, rebels and departures (five queries: its votes,
 * topics, whips, departures and stances; the parties, each voter's name, seat and posts, and the members seated, are
 * kept per data version), arranged by buildDivisionView: the page, its filters, its CSV and JSON exports and the API
 * call this, so they show the same rows. Kept until the data changes (db/version-memo.ts), so that they share one
 * reading; what it returns is shared and must not be changed.
 */
export function loadDivisionView(division: Pick<DivisionDetail, 'id' | 'date' | 'ayeCount' | 'noCount'>) {
  return viewMemo(division.id, () => readDivisionView(division));
}

function readDivisionView(division: Pick<DivisionDetail, 'id' | 'date' | 'ayeCount' | 'noCount'>) {
  const parties = listParties();
  const members = listDivisionMembers(division.id);
  return {
    parties,
    topics: listDivisionTopics(division.id),
    view: buildDivisionView({
      division,
      members,
      parties,
      whips: readDivisionWhips(division.id),
      posts: listVotersPostsAround(members, division.date),
      departures: listDepartures(division.id),
      stances: listDivisionStances(division.id),
      seatedByParty: readSeatedByParty(
        members.flatMap((m) => (m.partyId === null ? [] : [m.partyId])),
        division.date,
      ),
    }),
  };
}

export type DivisionPageData = ReturnType<typeof loadDivisionView> & { division: DivisionDetail };

/**
 * Everything one division's page shows: six queries whatever the number of members (the division and
 * loadDivisionView's five), none when the page was read since the data last changed. Memoised per request, so the
 * page and its metadata share one set of reads. Null when no division has this official id.
 */
export const loadDivisionPage = cache((officialId: number): DivisionPageData | null => {
  const division = getDivisionByOfficialId(officialId);
  if (!division) return null;
  return { division, ...loadDivisionView(division) };
});
