import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { cache } from 'react';
import { getDb } from '@/db';
import { postColumns, stanceColumns } from './columns';
import {
  constituencies,
  divisions,
  memberships,
  persons,
  posts,
  stances,
  topicDivisions,
  topics,
  votes,
  whips,
  type Confidence,
  type Lobby,
  type MembershipDateBasis,
  type PostEndReason,
  type PostKind,
  type PostSide,
  type Source,
  type StanceKind,
  type StancePosition,
  type VotePosition,
  type WhipBasis,
  type WhipInstruction,
} from '@/db/schema';

// Reads for one MP's page. Each is one query, whatever the number of votes, posts or stances.

export type PersonSummary = { id: number; parliamentId: number; twfyId: number | null; name: string; slug: string };

/** A person by official member id; memoised per request so the page and its metadata share it. */
export const getPersonByParliamentId = cache((parliamentId: number): PersonSummary | null => {
  const row = getDb()
    .select({ id: persons.id, twfyId: persons.twfyId, name: persons.name, slug: persons.slug })
    .from(persons)
    .where(eq(persons.parliamentId, parliamentId))
    .get();
  return row ? { ...row, parliamentId } : null;
});

/** The official member id for a slug ("yasmin-qureshi"), to redirect to the canonical address. */
export const findParliamentIdBySlug = cache((slug: string): number | null => {
  const row = getDb().select({ parliamentId: persons.parliamentId }).from(persons).where(eq(persons.slug, slug)).get();
  return row?.parliamentId ?? null;
});

export type MembershipRow = {
  partyId: number;
  constituencyName: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  datesBasis: MembershipDateBasis;
};

/** Commons memberships, latest first. */
export const listPersonMemberships = cache((personId: number): MembershipRow[] =>
  getDb()
    .select({
      partyId: memberships.partyId,
      constituencyName: constituencies.name,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      endReason: memberships.endReason,
      datesBasis: memberships.datesBasis,
    })
    .from(memberships)
    .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
    .where(and(eq(memberships.personId, personId), eq(memberships.house, 'commons')))
    .orderBy(desc(memberships.startDate), desc(memberships.id))
    .all(),
);

export type PersonPostRow = {
  id: number;
  title: string;
  kind: PostKind;
  side: PostSide;
  department: string | null;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endReasonNote: string | null;
  endedOverDivisionId: number | null;
  endedOverOfficialId: number | null;
  note: string | null;
  sources: Source[];
};

/** Posts held, latest ending first (still-held posts first), with the division any ended over. */
export function listPersonPosts(personId: number): PersonPostRow[] {
  return getDb()
    .select({
      id: posts.id,
      ...postColumns,
      endedOverOfficialId: divisions.officialId,
    })
    .from(posts)
    .leftJoin(divisions, eq(divisions.id, posts.endedOverDivisionId))
    .where(eq(posts.personId, personId))
    .orderBy(desc(posts.endDate), desc(posts.startDate), asc(posts.id))
    .all();
}

export type PersonVoteRow = {
  divisionId: number;
  officialId: number | null;
  date: string;
  heldAt: string;
  officialTitle: string;
  shortTitle: string | null;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
  partyId: number | null;
  whipInstruction: WhipInstruction | null;
  whipStrength: number | null;
  whipBasis: WhipBasis | null;
};

/** Every recorded vote, newest first, with the whip recorded for the member's party on the day. */
export function listPersonVotes(personId: number): PersonVoteRow[] {
  return getDb()
    .select({
      divisionId: votes.divisionId,
      officialId: divisions.officialId,
      date: divisions.date,
      heldAt: divisions.heldAt,
      officialTitle: divisions.officialTitle,
      shortTitle: divisions.shortTitle,
      position: votes.position,
      isTeller: votes.isTeller,
      proxyName: votes.proxyName,
      partyId: votes.partyId,
      whipInstruction: whips.instruction,
      whipStrength: whips.strength,
      whipBasis: whips.basis,
    })
    .from(votes)
    .innerJoin(divisions, eq(divisions.id, votes.divisionId))
    .leftJoin(whips, and(eq(whips.divisionId, votes.divisionId), eq(whips.partyId, votes.partyId)))
    .where(eq(votes.personId, personId))
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .all();
}

export type PartyTallyRow = { divisionId: number; position: VotePosition; members: number };

const mine = alias(votes, 'mine');

/**
 * How the member's own party (on the day) voted in each division the member is recorded in: what the
 * whip guess of rule 4 needs when no whip is recorded. Tellers included, as the rule says.
 */
export function listOwnPartyTallies(personId: number): PartyTallyRow[] {
  return getDb()
    .select({ divisionId: votes.divisionId, position: votes.position, members: count() })
    .from(mine)
    .innerJoin(votes, and(eq(votes.divisionId, mine.divisionId), eq(votes.partyId, mine.partyId)))
    .where(eq(mine.personId, personId))
    .groupBy(votes.divisionId, votes.position)
    .all();
}

export type PersonStanceRow = {
  stanceId: number;
  topicTitle: string;
  topicSlug: string;
  position: StancePosition;
  label: string;
  quote: string | null;
  statedOn: string | null;
  kind: StanceKind;
  sourceUrl: string;
  confidence: Confidence;
  note: string | null;
  /** A division the topic links, or null when it links none: one row per stance and linked division. */
  divisionId: number | null;
  supportingLobby: Lobby | null;
};

/** What the person said, with each division the stance's topic links (for said-vs-did). */
export function listPersonStances(personId: number): PersonStanceRow[] {
  return getDb()
    .select({
      ...stanceColumns,
      topicTitle: topics.title,
      topicSlug: topics.slug,
      divisionId: topicDivisions.divisionId,
      supportingLobby: topicDivisions.supportingLobby,
    })
    .from(stances)
    .innerJoin(topics, eq(topics.id, stances.topicId))
    .leftJoin(topicDivisions, eq(topicDivisions.topicId, stances.topicId))
    .where(eq(stances.personId, personId))
    .orderBy(desc(stances.statedOn), asc(stances.id))
    .all();
}

export type PersonVoteTopicRow = { divisionId: number; title: string; supportingLobby: Lobby };

/** The topics each division the member voted in bears on (for the summary at the top of the page). */
export function listPersonVoteTopics(personId: number): PersonVoteTopicRow[] {
  return getDb()
    .select({ divisionId: topicDivisions.divisionId, title: topics.title, supportingLobby: topicDivisions.supportingLobby })
    .from(votes)
    .innerJoin(topicDivisions, eq(topicDivisions.divisionId, votes.divisionId))
    .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
    .where(eq(votes.personId, personId))
    .orderBy(asc(topics.title))
    .all();
}
