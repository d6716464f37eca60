import {
  addToTally,
  assessVote,
  chooseWhip,
  emptyTally,
  leftOverDivision,
  payrollStatusOnDate,
  seatedMembers,
  tallyRebellions,
  type Nation,
  type PartyTally,
  type PayrollStatus,
  type PostFacts,
  type RebellionTally,
  type RecordedWhip,
  type VoteAssessment,
  type WhipUsed,
} from '@/lib/domain';
import type { PostsKnownBasis, StancePosition, VotePosition } from '@/lib/domain/types';
import type { PartyInfo } from './division-view';
import { groupBy } from './group-by';

// The rebel explorer's facts, as db/queries/rebels.ts reads them, judged by the rules of lib/domain into
// rebellions (lib/view/rebels.ts then filters, sorts and pages them). Pure.
//
// A list covers up to 100 divisions, some 65,000 votes. Rather than carry every vote into memory, the rules
// are applied once per party, division and lobby (judgePartyLobbies: a vote's verdict depends only on those),
// and the database then returns only the votes those verdicts call rebellions, and each rebel's sums.

export type RebelDivisionFact = { id: number; officialId: number; date: string; title: string };
/** How many of a party's members (on the day) voted one way in a division, tellers included. */
export type RebelTallyFact = { divisionId: number; partyId: number; position: VotePosition; members: number };
export type RebelWhipFact = RecordedWhip & { divisionId: number; partyId: number };
/** A vote the judgements call a rebellion, with who cast it and their seat on the day. */
export type RebelVoteFact = {
  divisionId: number;
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  position: VotePosition;
  isTeller: boolean;
  partyId: number | null;
  constituencyName: string | null;
  nation: Nation | null;
  postsKnown: PostsKnownBasis | null;
  postsKnownOn: string | null;
};
export type RebelPostFact = PostFacts & { personId: number };
export type RebelStanceFact = { divisionId: number; topicSlug: string; personId: number; position: StancePosition };
/** What a party (not a person) said on a topic the division bears on: its party line. */
export type RebelPartyLineFact = { divisionId: number; topicSlug: string; partyId: number; position: StancePosition };
export type RebelTopicFact = { divisionId: number; slug: string; title: string };

/**
 * The verdict on every member of one party who voted one way in one division, and that vote's share of
 * a member's tally (tallyRebellions of this one assessment: the tallies add up, vote by vote).
 */
export type LobbyJudgement = {
  divisionId: number;
  partyId: number;
  position: VotePosition;
  assessment: VoteAssessment;
  counts: RebellionTally;
};

/**
 * Rules 3 and 4 per party, division and lobby, as analyseDivision applies them vote by vote: each party's
 * tally (party on the day, tellers included), the whip recorded for it, else rule 4's guess (chooseWhip),
 * and the verdict on each way of voting (assessVote). Votes with no party on the day have no whip, so they
 * are never rebellions and never whipped votes: they have no judgement here.
 */
export function judgePartyLobbies(input: {
  tallies: ReadonlyArray<RebelTallyFact>;
  whips: ReadonlyArray<RebelWhipFact>;
  parties: ReadonlyArray<Pick<PartyInfo, 'id' | 'kind'>>;
  /** Members seated by membership, per party and division (rule 4's denominator where a record lists fewer). */
  seated?: (partyId: number, divisionId: number) => number;
}): LobbyJudgement[] {
  const kinds = new Map(input.parties.map((p) => [p.id, p.kind]));
  const recorded = new Map(
    input.whips.map((w): [string, RecordedWhip] => [`${w.divisionId}:${w.partyId}`, { instruction: w.instruction, basis: w.basis, strength: w.strength }]),
  );
  const byGroup = new Map<string, { divisionId: number; partyId: number; tally: PartyTally; positions: VotePosition[] }>();
  for (const row of input.tallies) {
    const key = `${row.divisionId}:${row.partyId}`;
    const group = byGroup.get(key) ?? { divisionId: row.divisionId, partyId: row.partyId, tally: emptyTally(), positions: [] };
    for (let i = 0; i < row.members; i += 1) addToTally(group.tally, row.position);
    group.positions.push(row.position);
    byGroup.set(key, group);
  }
  const judgements: LobbyJudgement[] = [];
  for (const [key, group] of byGroup) {
    const seated = seatedMembers(group.tally, input.seated?.(group.partyId, group.divisionId));
    const whip = chooseWhip(recorded.get(key), kinds.get(group.partyId) ?? 'party', group.tally, seated);
    for (const position of group.positions) {
      const assessment = assessVote(position, whip);
      judgements.push({ divisionId: group.divisionId, partyId: group.partyId, position, assessment, counts: tallyRebellions([assessment]) });
    }
  }
  return judgements;
}

export type RebelFacts = {
  divisions: ReadonlyArray<RebelDivisionFact>;
  judgements: ReadonlyArray<LobbyJudgement>;
  /** The votes in the lobbies judged `rebelled`. */
  votes: ReadonlyArray<RebelVoteFact>;
  parties: ReadonlyArray<PartyInfo>;
  /** The rebels' posts. */
  posts: ReadonlyArray<RebelPostFact>;
  /** The rebels' stances on the topics linked to the divisions. */
  stances: ReadonlyArray<RebelStanceFact>;
  /** The parties' lines on the topics linked to the divisions. */
  partyLines: ReadonlyArray<RebelPartyLineFact>;
  topics: ReadonlyArray<RebelTopicFact>;
};


/** One vote against the whip: a person in a division. */
export type Rebellion = {
  division: Omit<RebelDivisionFact, 'id'>;
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  party: PartyInfo | null;
  constituencyName: string | null;
  nation: Nation | null;
  position: VotePosition;
  isTeller: boolean;
  whip: WhipUsed;
  payroll: PayrollStatus;
  leftPost: boolean;
  /** Stances on the topics linked to this division: slug → positions stated. */
  stances: ReadonlyMap<string, ReadonlySet<StancePosition>>;
  /** Their party's lines on the topics linked to this division: slug → positions the party stated. */
  partyLines: ReadonlyMap<string, ReadonlySet<StancePosition>>;
};

export type RebelUniverse = {
  rebellions: Rebellion[];
  divisions: ReadonlyArray<RebelDivisionFact>;
  topics: ReadonlyArray<{ slug: string; title: string }>;
};

/** Rules 5 and 6 for each rebellion (frontbench or PPS on the day, a post left over it), with stances and seats. */
export function buildRebellions(facts: RebelFacts): RebelUniverse {
  const partyById = new Map(facts.parties.map((p) => [p.id, p]));
  const divisionById = new Map(facts.divisions.map((d) => [d.id, d]));
  const whipByLobby = new Map(
    facts.judgements.filter((j) => j.assessment.verdict === 'rebelled').map((j) => [`${j.divisionId}:${j.partyId}:${j.position}`, j.assessment.whip]),
  );
  const postsByPerson = groupBy(facts.posts, (p) => p.personId);
  const byTopicOf = (rows: ReadonlyArray<{ divisionId: number; topicSlug: string; position: StancePosition }>, who: (r: never) => number) => {
    const map = new Map<string, Map<string, Set<StancePosition>>>();
    for (const s of rows) {
      const key = `${s.divisionId}:${who(s as never)}`;
      const byTopic = map.get(key) ?? new Map<string, Set<StancePosition>>();
      const positions = byTopic.get(s.topicSlug) ?? new Set<StancePosition>();
      positions.add(s.position);
      byTopic.set(s.topicSlug, positions);
      map.set(key, byTopic);
    }
    return map;
  };
  const stancesByKey = byTopicOf(facts.stances, (s: RebelStanceFact) => s.personId);
  const linesByKey = byTopicOf(facts.partyLines, (s: RebelPartyLineFact) => s.partyId);

  const rebellions: Rebellion[] = [];
  for (const vote of facts.votes) {
    const division = divisionById.get(vote.divisionId);
    const whip = whipByLobby.get(`${vote.divisionId}:${vote.partyId}:${vote.position}`);
    if (!division || !whip) continue;
    const posts = postsByPerson.get(vote.personId) ?? [];
    rebellions.push({
      division: { officialId: division.officialId, date: division.date, title: division.title },
      personId: vote.personId,
      parliamentId: vote.parliamentId,
      name: vote.name,
      sortName: vote.sortName,
      party: vote.partyId === null ? null : (partyById.get(vote.partyId) ?? null),
      constituencyName: vote.constituencyName,
      nation: vote.nation,
      position: vote.position,
      isTeller: vote.isTeller,
      whip,
      payroll: payrollStatusOnDate(posts, division.date, vote),
      leftPost: posts.some((p) => leftOverDivision(p, division.id)),
      stances: stancesByKey.get(`${division.id}:${vote.personId}`) ?? new Map(),
      partyLines: vote.partyId === null ? new Map() : (linesByKey.get(`${division.id}:${vote.partyId}`) ?? new Map()),
    });
  }

  const topics = [...new Map(facts.topics.map((t) => [t.slug, { slug: t.slug, title: t.title }])).values()].sort((a, b) =>
    a.title.localeCompare(b.title, 'en-GB'),
  );
  return { rebellions, divisions: facts.divisions, topics };
}
