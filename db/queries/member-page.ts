import 'server-only';
import { cache } from 'react';
import {
  assessMemberVotes,
  compareSaidWithDid,
  listWhipGuessesNeeded,
  toSummaryVotes,
  VOTES_PER_PAGE,
  type StanceView,
  type VoteView,
} from '@/lib/view/member-view';
import { summariseMember, type MemberSummary } from '@/lib/view/mp-summary';
import { buildRebellionHistory, type RebellionHistory } from '@/lib/view/rebellion-history';
import { listParties, type PartySummary } from './parties';
import {
  getPersonByParliamentId,
  listPartyTallies,
  listPersonMemberships,
  listPersonPosts,
  listPersonVotes,
  listPersonStances,
  listPersonVoteTopics,
  type MembershipRow,
  type PersonPostRow,
  type PersonStanceRow,
  type PersonSummary,
  type PersonVoteRow,
} from './person';

export type MemberVotesPage = {
  rows: VoteView<PersonVoteRow>[];
  /** 1-based; `page > pages` when the address asked for a page past the last. */
  page: number;
  pages: number;
  perPage: number;
  /** Position in the whole record (newest first, from 1) of the first and last rows shown; 0 when none. */
  first: number;
  last: number;
};

export type MemberPageData = {
  person: PersonSummary;
  /** The latest Commons membership, and its party. */
  membership: MembershipRow | null;
  party: PartySummary | null;
  parties: PartySummary[];
  posts: PersonPostRow[];
  summary: MemberSummary;
  history: RebellionHistory;
  stances: StanceView<PersonStanceRow>[];
  /** The official id of every division in the record, for the links beside what they said. */
  officialIdByDivision: Map<number, number | null>;
  /** Over the whole record, not just the page shown. */
  totals: { votes: number; rebellions: number };
  votes: MemberVotesPage;
};

/**
 * Everything an MP's page shows, with one page of the voting table (newest first): at most eight queries however
 * long the record — person, parties, memberships, posts, the record, the party tallies where rule 4 has to guess
 * a whip (none when every whip is recorded), stances and the topics of the record's divisions.
 * The record is read once, with only what judging a vote needs, and judged in memory by the rules of lib/domain:
 * the summary, the counts, the rebellion history and said-vs-did all come from it. Memoised per request, so the
 * page and its metadata share one set of reads. Null when no person has this member id.
 */
export const loadMemberPage = cache((parliamentId: number, page: number): MemberPageData | null => {
  const person = getPersonByParliamentId(parliamentId);
  if (!person) return null;
  const parties = listParties();
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const kinds = new Map(parties.map((p) => [p.id, p.kind]));
  const membership = listPersonMemberships(person.id)[0] ?? null;
  const posts = listPersonPosts(person.id);

  const rows = listPersonVotes(person.id);
  const tallies = listPartyTallies(listWhipGuessesNeeded(rows, kinds));
  const record = assessMemberVotes(rows, tallies, kinds);
  const pages = Math.max(1, Math.ceil(record.length / VOTES_PER_PAGE));
  const isPage = Number.isSafeInteger(page) && page >= 1 && page <= pages;
  const offset = (page - 1) * VOTES_PER_PAGE;
  // The record is already read and judged in full, newest first: the page is a slice of it.
  const shown = isPage ? record.slice(offset, offset + VOTES_PER_PAGE) : [];

  return {
    person,
    membership,
    party: membership ? (partyById.get(membership.partyId) ?? null) : null,
    parties,
    posts,
    summary: summariseMember({ name: person.name, votes: toSummaryVotes(record, partyById, listPersonVoteTopics(person.id)), posts }),
    history: buildRebellionHistory(record),
    stances: compareSaidWithDid(listPersonStances(person.id), record),
    officialIdByDivision: new Map(record.map((v) => [v.divisionId, v.officialId])),
    totals: { votes: record.length, rebellions: record.filter((v) => v.verdict === 'rebelled').length },
    votes: {
      rows: shown,
      page,
      pages,
      perPage: VOTES_PER_PAGE,
      first: shown.length > 0 ? offset + 1 : 0,
      last: shown.length > 0 ? offset + shown.length : 0,
    },
  };
});
