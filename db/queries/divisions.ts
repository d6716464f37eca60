import 'server-only';
import { asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { preparedOnce } from '@/db/prepared';
import { divisionPartyTallies, divisions, posts, topicDivisions, topics, votes, whips } from '@/db/schema';
import { payrollPostColumns } from './columns';
import type { PostEndReason, PostKind, Source, VotePosition, WhipBasis, WhipInstruction } from '@/db/schema';
import { readSeatedOnDays } from './seated';

// Reads for lists of divisions (the divisions index and the home page). Each function is one query
// over a page of divisions, never one query per division.

export type DivisionListItem = {
  id: number;
  officialId: number;
  date: string;
  heldAt: string;
  number: number;
  officialTitle: string;
  shortTitle: string | null;
  ayeCount: number;
  noCount: number;
  resultText: string | null;
};

export const listColumns = {
  id: divisions.id,
  officialId: sql<number>`${divisions.officialId}`,
  date: divisions.date,
  heldAt: divisions.heldAt,
  number: divisions.number,
  officialTitle: divisions.officialTitle,
  shortTitle: divisions.shortTitle,
  ayeCount: divisions.ayeCount,
  noCount: divisions.noCount,
  resultText: divisions.resultText,
};

/** One page of divisions with an official id (the only ones with an address), newest first. */
export function listDivisions(options: { limit: number; offset: number }): { items: DivisionListItem[]; total: number } {
  const rows = getDb()
    .select({ ...listColumns, total: sql<number>`count(*) over ()` })
    .from(divisions)
    .where(isNotNull(divisions.officialId))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(options.limit)
    .offset(options.offset)
    .all();
  const items = rows.map((row): DivisionListItem => {
    const item: DivisionListItem & { total?: number } = { ...row };
    delete item.total;
    return item;
  });
  return { items, total: rows[0]?.total ?? 0 };
}

export type FeaturedDivision = DivisionListItem & { topicTitle: string | null; topicSlug: string | null };

/** The latest division linked to a topic, else the latest division; null when there are none. */
export const getFeaturedDivision = cache((): FeaturedDivision | null => {
  const row = getDb()
    .select({ ...listColumns, topicTitle: topics.title, topicSlug: topics.slug })
    .from(divisions)
    .leftJoin(topicDivisions, eq(topicDivisions.divisionId, divisions.id))
    .leftJoin(topics, eq(topics.id, topicDivisions.topicId))
    .where(isNotNull(divisions.officialId))
    .orderBy(sql`${topicDivisions.divisionId} IS NULL`, desc(divisions.heldAt), desc(divisions.id))
    .limit(1)
    .get();
  return row ?? null;
});

export type VoteFactRow = {
  divisionId: number;
  personId: number;
  partyId: number | null;
  position: VotePosition;
  isTeller: boolean;
};

/** The facts the whip rules need, for every vote in the given divisions. */
export function listVoteFacts(divisionIds: ReadonlyArray<number>): VoteFactRow[] {
  if (divisionIds.length === 0) return [];
  return getDb()
    .select({
      divisionId: votes.divisionId,
      personId: votes.personId,
      partyId: votes.partyId,
      position: votes.position,
      isTeller: votes.isTeller,
    })
    .from(votes)
    .where(inArray(votes.divisionId, [...divisionIds]))
    .all();
}

export type DivisionTallyRow = { divisionId: number; partyId: number; position: VotePosition; members: number };

/**
 * How each party's members voted in the given divisions, tellers included (votes with no party on the day left out):
 * the stored tallies (division_party_tallies), a few rows a party and division, by division, party and way.
 */
export function listDivisionTallies(divisionIds: ReadonlyArray<number>): DivisionTallyRow[] {
  if (divisionIds.length === 0) return [];
  const t = divisionPartyTallies;
  return getDb()
    .select({ divisionId: t.divisionId, partyId: t.partyId, position: t.position, members: t.members })
    .from(t)
    .where(inArray(t.divisionId, [...divisionIds]))
    .orderBy(asc(t.divisionId), asc(t.partyId), asc(t.position))
    .all();
}

export type WhipRow = {
  divisionId: number;
  partyId: number;
  instruction: WhipInstruction;
  strength: number | null;
  basis: WhipBasis;
  note: string | null;
  sources: Source[];
};

const whipRowColumns = {
  divisionId: whips.divisionId,
  partyId: whips.partyId,
  instruction: whips.instruction,
  strength: whips.strength,
  basis: whips.basis,
  note: whips.note,
  sources: whips.sources,
};

/** The whips recorded for the given divisions. */
export function listWhips(divisionIds: ReadonlyArray<number>): WhipRow[] {
  if (divisionIds.length === 0) return [];
  return getDb()
    .select(whipRowColumns)
    .from(whips)
    .where(inArray(whips.divisionId, [...divisionIds]))
    .all();
}

/**
 * The whips recorded for one division (a division's view), by a statement prepared once a connection: built anew
 * for each page, listWhips' query cost the view about 0.2 ms.
 */
export function readDivisionWhips(divisionId: number): WhipRow[] {
  return whipsOf().all({ divisionId });
}

const whipsOf = preparedOnce((db) =>
  db
    .select(whipRowColumns)
    .from(whips)
    .where(eq(whips.divisionId, sql.placeholder('divisionId')))
    .prepare(),
);

export type DepartureFactRow = {
  divisionId: number;
  personId: number;
  kind: PostKind;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endedOverDivisionId: number | null;
};

/** Posts linked to the given divisions as having ended over them (uses posts_ended_over_division_idx). */
export function listDepartureFacts(divisionIds: ReadonlyArray<number>): DepartureFactRow[] {
  if (divisionIds.length === 0) return [];
  return getDb()
    .select({ divisionId: sql<number>`${posts.endedOverDivisionId}`, ...payrollPostColumns })
    .from(posts)
    .where(inArray(posts.endedOverDivisionId, [...divisionIds]))
    .all();
}

/**
 * What the rebel and departure counts of a list of divisions need, as their own pages count them (members seated
 * by membership included): four queries, whatever the list's length. How each party voted comes from the stored
 * tallies: a rebel count is the party's members on the ways its whip calls rebellion, so no vote is read.
 */
export function listDivisionTotalsFacts(list: ReadonlyArray<{ id: number; date: string }>) {
  const divisionIds = list.map((d) => d.id);
  const tallies = listDivisionTallies(divisionIds);
  const seatedOn = readSeatedOnDays();
  const dateOf = new Map(list.map((d) => [d.id, d.date]));
  return {
    tallies,
    whips: listWhips(divisionIds),
    departures: listDepartureFacts(divisionIds),
    seated: (divisionId: number, partyId: number) => seatedOn(partyId, dateOf.get(divisionId) ?? ''),
  };
}
