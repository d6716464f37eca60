import 'server-only';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { versionMemo } from '@/db/version-memo';
import { memberVoteColumns, postColumns, stanceColumns } from './columns';
import {
  constituencies,
  divisions,
  persons,
  posts,
  stances,
  topicDivisions,
  topics,
  votes,
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
import { listWhips } from './divisions';
import { listParties } from './parties';
import { readSeatedByParty } from './seated';

// Reads for one division's page. Each is one query; together they are the whole page.

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

function readDivision(officialId: number): DivisionDetail | null {
  const row = getDb()
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
    .where(eq(divisions.officialId, officialId))
    .get();
  return row ?? null;
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

/** Every member's vote in the division, with party and seat on the day as the record gives them. */
export function listDivisionMembers(divisionId: number): DivisionMemberRow[] {
  return getDb()
    .select({ ...memberVoteColumns, proxyName: votes.proxyName })
    .from(votes)
    .innerJoin(persons, eq(persons.id, votes.personId))
    .leftJoin(constituencies, eq(constituencies.id, votes.constituencyId))
    .where(eq(votes.divisionId, divisionId))
    .orderBy(asc(persons.sortName))
    .all();
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
 * Posts held by the division's voters that may cover its date. The date test here only narrows the rows
 * read; payrollStatusOnDate (lib/domain) decides.
 */
export function listVotersPostsAround(divisionId: number, date: string): PayrollPostRow[] {
  const day = date.slice(0, 10);
  return getDb()
    .select({
      personId: posts.personId,
      kind: posts.kind,
      startDate: posts.startDate,
      endDate: posts.endDate,
      endReason: posts.endReason,
      endedOverDivisionId: posts.endedOverDivisionId,
    })
    .from(posts)
    .innerJoin(votes, and(eq(votes.personId, posts.personId), eq(votes.divisionId, divisionId)))
    .where(
      and(
        or(isNull(posts.startDate), sql`substr(${posts.startDate}, 1, 10) <= ${day}`),
        or(isNull(posts.endDate), sql`substr(${posts.endDate}, 1, 10) >= ${day}`),
      ),
    )
    .all();
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
  return getDb()
    .select({
      postId: posts.id,
      personId: posts.personId,
      parliamentId: persons.parliamentId,
      name: persons.name,
      ...postColumns,
    })
    .from(posts)
    .innerJoin(persons, eq(persons.id, posts.personId))
    .where(eq(posts.endedOverDivisionId, divisionId))
    .orderBy(asc(persons.sortName), asc(posts.id))
    .all();
}

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
  return getDb()
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
    .where(eq(topicDivisions.divisionId, divisionId))
    .orderBy(asc(stances.statedOn), asc(stances.id))
    .all();
}

export type DivisionTopicRow = { id: number; slug: string; title: string; supportingLobby: Lobby };

/** The topics this division bears on, and which lobby means "supports". */
export function listDivisionTopics(divisionId: number): DivisionTopicRow[] {
  return getDb()
    .select({ id: topics.id, slug: topics.slug, title: topics.title, supportingLobby: topicDivisions.supportingLobby })
    .from(topicDivisions)
    .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
    .where(eq(topicDivisions.divisionId, divisionId))
    .orderBy(asc(topics.title))
    .all();
}

/** Divisions whose views are kept (each a few hundred KB for 650 members): the ones being read now. */
const VIEWS_KEPT = 48;
const viewMemo = versionMemo<number, ReturnType<typeof readDivisionView>>({ maxEntries: VIEWS_KEPT });

/**
 * All the reads behind one division's topics, members, parties, rebels and departures (eight queries), arranged by
 * buildDivisionView: the page, its filters, its CSV and JSON exports and the API call this, so they show the same
 * rows. Kept until the data changes (db/version-memo.ts), so that they share one reading; what it returns is
 * shared and must not be changed.
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
      whips: listWhips([division.id]),
      posts: listVotersPostsAround(division.id, division.date),
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
 * Everything one division's page shows: nine queries whatever the number of members (the division and
 * loadDivisionView's eight), none when the page was read since the data last changed. Memoised per request, so the
 * page and its metadata share one set of reads. Null when no division has this official id.
 */
export const loadDivisionPage = cache((officialId: number): DivisionPageData | null => {
  const division = getDivisionByOfficialId(officialId);
  if (!division) return null;
  return { division, ...loadDivisionView(division) };
});
