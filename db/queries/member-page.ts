import 'server-only';
import { cache } from 'react';
import { versionMemo } from '@/db/version-memo';
import {
  compareSaidWithDid,
  toSummaryVotes,
  VOTES_PER_PAGE,
  type MemberWords,
  type VoteView,
} from '@/lib/view/member-view';
import { tallyRebellions, type VoteAssessment } from '@/lib/domain';
import { notability, summariseRecord, type MemberSummary } from '@/lib/view/mp-summary';
import { rebellionHistoryOf, type RebellionHistory } from '@/lib/view/rebellion-history';
import { listParties, type PartySummary } from './parties';
import {
  getPersonByParliamentId,
  listPartyLinesForPerson,
  listPersonMemberships,
  listPersonOtherNames,
  listPersonPosts,
  listPersonStances,
  readJudgedRecord,
  voteTopicsByDivision,
  type JudgedRecord,
  type MembershipRow,
  type PartyLineRow,
  type PersonNameRow,
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
  /** The latest Commons membership (latest start), and its party: what they are now, as far as the record knows. */
  membership: MembershipRow | null;
  party: PartySummary | null;
  /** Every Commons membership, latest first: party and seat over time. */
  memberships: MembershipRow[];
  /** Names recorded before (or besides) the current one. */
  otherNames: PersonNameRow[];
  parties: PartySummary[];
  posts: PersonPostRow[];
  summary: MemberSummary;
  history: RebellionHistory;
  words: MemberWords<PersonStanceRow, PartyLineRow>;
  /** The official id of each division in what they said beside what they did, for the links beside it. */
  officialIdByDivision: Map<number, number | null>;
  /** Over the whole record, not just the page shown. */
  totals: { votes: number; rebellions: number };
  /** The whole record, judged, newest first (the API gives it whole; the page shows `votes`). */
  record: JudgedRecord;
  votes: MemberVotesPage;
};

/**
 * Everything an MP's page shows, with one page of the voting table (newest first): at most twelve queries however
 * long the record — person, other names, parties, memberships, posts, the record and stances; every party line and
 * every division's topics, and what the record shows of each division, whip and seat (each read once per data version
 * for every member); and, only for a division without an address, the party tallies and the party's members seated
 * where rule 4 has to guess a whip.
 * The record is read once and judged in memory against the whip each division and party was given once per data
 * version for every member (readJudgedRecord): the summary, the counts, the rebellion history and said-vs-did all
 * come from it, kept until the data changes, and rows are made only for the votes shown.
 * Null when no person has this member id.
 */
export const loadMemberPage = cache((parliamentId: number, page: number): MemberPageData | null => {
  const person = getPersonByParliamentId(parliamentId);
  if (!person) return null;
  const whole = recordMemo(person.id, () => judgeWholeRecord(person));
  const { record } = whole;
  const pages = Math.max(1, Math.ceil(record.length / VOTES_PER_PAGE));
  const isPage = Number.isSafeInteger(page) && page >= 1 && page <= pages;
  const offset = (page - 1) * VOTES_PER_PAGE;
  // The record is already read and judged in full, newest first: the page is a slice of it.
  const shown = isPage ? record.rows(offset, offset + VOTES_PER_PAGE) : [];
  return {
    ...whole,
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

/**
 * MPs whose judged records are kept: the ones being read now, for the next page of their votes, the metadata and the
 * API. Few: a crawler walking every MP pushed each kept record into the old generation of the heap, where collecting
 * it cost more than keeping it saved.
 */
const RECORDS_KEPT = 4;
const recordMemo = versionMemo<number, Omit<MemberPageData, 'votes'>>({ maxEntries: RECORDS_KEPT });

/**
 * Everything but the page of the table: the whole record read and judged once, kept until the data changes
 * (db/version-memo.ts), so that every page of the table, the metadata and the API share one judging.
 */
function judgeWholeRecord(person: PersonSummary): Omit<MemberPageData, 'votes'> {
  const parties = listParties();
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const memberships = listPersonMemberships(person.id);
  const membership = memberships[0] ?? null;
  const posts = listPersonPosts(person.id);
  const record = readJudgedRecord(person.id);

  // One pass over the record, making no rows: the counts, the rebellions, the most notable vote (notability: the
  // first of the most notable, newest first, as summariseMember chooses it) and the votes in divisions they spoke on.
  const stances = listPersonStances(person.id);
  const spokenOn = new Set(stances.map((s) => s.divisionId));
  const topics = voteTopicsByDivision();
  const leftOver = new Set(posts.map((p) => p.endedOverDivisionId));
  const addressed: VoteAssessment[] = [];
  const rebellions: number[] = [];
  const linked: number[] = [];
  let known = 0;
  let notable = -1;
  let best = -1;
  for (let k = 0; k < record.length; k++) {
    const divisionId = record.divisionIds[k]!;
    const assessment = { whip: record.whips[k]!, verdict: record.verdicts[k]! };
    if (assessment.whip !== null) known += 1;
    if (assessment.verdict === 'rebelled') rebellions.push(k);
    if (record.officialIds[k] !== null) addressed.push(assessment);
    if (spokenOn.has(divisionId)) linked.push(k);
    const score = notability({ verdict: assessment.verdict, hasTopic: topics.has(divisionId) }, leftOver.has(divisionId));
    if (score > best) {
      notable = k;
      best = score;
    }
  }
  const rebelRows = rebellions.map(record.row);
  const linkedRows = linked.map(record.row);
  const notableRow = notable >= 0 ? record.row(notable) : null;

  const words = compareSaidWithDid(stances, linkedRows, listPartyLinesForPerson(linkedRows));
  return {
    person,
    membership,
    party: membership ? (partyById.get(membership.partyId) ?? null) : null,
    memberships,
    otherNames: listPersonOtherNames(person.id),
    parties,
    posts,
    summary: summariseRecord({
      name: person.name,
      posts,
      notable: notableRow ? toSummaryVotes([notableRow], partyById, topics.get(notableRow.divisionId) ?? [])[0]! : null,
      counts: { votes: record.length, rebellions: rebellions.length, known },
    }),
    history: rebellionHistoryOf(tallyRebellions(addressed), rebelRows),
    words,
    officialIdByDivision: officialIdsOf(linkedRows, words.verdicts),
    totals: { votes: record.length, rebellions: rebellions.length },
    record,
  };
}

/** The official id of each division said-vs-did has an entry for, from the votes in the divisions it links. */
function officialIdsOf(votes: ReadonlyArray<PersonVoteRow>, entries: ReadonlyArray<{ divisionId: number }>): Map<number, number | null> {
  const wanted = new Set(entries.map((e) => e.divisionId));
  const ids = new Map<number, number | null>();
  for (const vote of votes) if (wanted.has(vote.divisionId)) ids.set(vote.divisionId, vote.officialId);
  return ids;
}
