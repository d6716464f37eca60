import {
  analyseDivision,
  leftOverDivision,
  nationOfOnsCode,
  payrollStatusOnDate,
  tallyRebellions,
  type Nation,
  type PayrollStatus,
  type PostFacts,
  type RebellionTally,
  type RecordedWhip,
  type VoteAssessment,
  type WhipUsed,
} from '@/lib/domain';
import type { StancePosition, VotePosition } from '@/lib/domain/types';
import type { RebelsQuery, RebelStance } from '@/lib/validation/rebels';
import type { PartyInfo } from './division-view';

// The rebel explorer: the rows the queries of db/queries/rebels.ts read, judged by the rules of lib/domain,
// then filtered and sorted as the URL asks. Pure, and shared by /rebels, /rebels.csv and /rebels.json.

export type RebelDivisionFact = { id: number; officialId: number; date: string; title: string };
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
  onsCode: string | null;
};
export type RebelWhipFact = RecordedWhip & { divisionId: number; partyId: number };
export type RebelPostFact = PostFacts & { personId: number };
export type RebelStanceFact = { divisionId: number; topicSlug: string; personId: number; position: StancePosition };
export type RebelTopicFact = { divisionId: number; slug: string; title: string };

export type RebelFacts = {
  divisions: ReadonlyArray<RebelDivisionFact>;
  votes: ReadonlyArray<RebelVoteFact>;
  parties: ReadonlyArray<PartyInfo>;
  whips: ReadonlyArray<RebelWhipFact>;
  posts: ReadonlyArray<RebelPostFact>;
  stances: ReadonlyArray<RebelStanceFact>;
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
};

export type RebelUniverse = {
  rebellions: Rebellion[];
  /** Per person, over the divisions read: rebellions over whipped votes (the denominator). */
  tallies: Map<number, RebellionTally>;
  divisions: ReadonlyArray<RebelDivisionFact>;
  topics: ReadonlyArray<{ slug: string; title: string }>;
};

/** Applies rules 3 to 6 of DOMAIN.md to every vote read: a fixed amount of work per vote, no further queries. */
export function buildRebellions(facts: RebelFacts): RebelUniverse {
  const partyById = new Map(facts.parties.map((p) => [p.id, p]));
  const votesByDivision = groupBy(facts.votes, (v) => v.divisionId);
  const whipsByDivision = groupBy(facts.whips, (w) => w.divisionId);
  const postsByPerson = groupBy(facts.posts, (p) => p.personId);
  const stancesByKey = new Map<string, Map<string, Set<StancePosition>>>();
  for (const s of facts.stances) {
    const key = `${s.divisionId}:${s.personId}`;
    const byTopic = stancesByKey.get(key) ?? new Map<string, Set<StancePosition>>();
    const positions = byTopic.get(s.topicSlug) ?? new Set<StancePosition>();
    positions.add(s.position);
    byTopic.set(s.topicSlug, positions);
    stancesByKey.set(key, byTopic);
  }

  const rebellions: Rebellion[] = [];
  const assessmentsByPerson = new Map<number, VoteAssessment[]>();
  for (const division of facts.divisions) {
    const votes = votesByDivision.get(division.id) ?? [];
    const whips = new Map((whipsByDivision.get(division.id) ?? []).map((w) => [w.partyId, w]));
    const analysis = analyseDivision(votes, facts.parties, whips);
    analysis.votes.forEach((assessed, i) => {
      const vote = votes[i]!;
      const list = assessmentsByPerson.get(vote.personId) ?? [];
      list.push(assessed.assessment);
      assessmentsByPerson.set(vote.personId, list);
      if (assessed.assessment.verdict !== 'rebelled' || !assessed.assessment.whip) return;
      const posts = postsByPerson.get(vote.personId) ?? [];
      rebellions.push({
        division: { officialId: division.officialId, date: division.date, title: division.title },
        personId: vote.personId,
        parliamentId: vote.parliamentId,
        name: vote.name,
        sortName: vote.sortName,
        party: vote.partyId === null ? null : (partyById.get(vote.partyId) ?? null),
        constituencyName: vote.constituencyName,
        nation: nationOfOnsCode(vote.onsCode),
        position: vote.position,
        isTeller: vote.isTeller,
        whip: assessed.assessment.whip,
        payroll: payrollStatusOnDate(posts, division.date),
        leftPost: posts.some((p) => leftOverDivision(p, division.id)),
        stances: stancesByKey.get(`${division.id}:${vote.personId}`) ?? new Map(),
      });
    });
  }

  const tallies = new Map<number, RebellionTally>();
  for (const [personId, assessments] of assessmentsByPerson) tallies.set(personId, tallyRebellions(assessments));
  const topics = [...new Map(facts.topics.map((t) => [t.slug, { slug: t.slug, title: t.title }])).values()].sort((a, b) =>
    a.title.localeCompare(b.title, 'en-GB'),
  );
  return { rebellions, tallies, divisions: facts.divisions, topics };
}

/**
 * What a rebel said on the division's topics (or on one topic), in one word for the downloads: supports wins
 * over opposes when both are on record (matchesStance lists such a person under either filter).
 */
export function stanceOf(rebellion: Pick<Rebellion, 'stances'>, topicSlug?: string): RebelStance {
  const positions = new Set<StancePosition>();
  for (const [slug, set] of rebellion.stances) if (!topicSlug || slug === topicSlug) for (const p of set) positions.add(p);
  if (positions.has('supports')) return 'supports';
  if (positions.has('opposes')) return 'opposes';
  return 'none';
}

function matchesStance(rebellion: Rebellion, wanted: RebelStance, topicSlug?: string): boolean {
  const positions = new Set<StancePosition>();
  for (const [slug, set] of rebellion.stances) if (!topicSlug || slug === topicSlug) for (const p of set) positions.add(p);
  if (wanted === 'none') return !positions.has('supports') && !positions.has('opposes');
  return positions.has(wanted);
}

/** Lower case without accents, so "sinn fein" finds "Sinn Féin". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** One rebel in the list: a person with the rebellions that match the filters. */
export type RebelRow = {
  personId: number;
  parliamentId: number | null;
  name: string;
  sortName: string;
  /** Party on the day of their latest matching rebellion. */
  party: PartyInfo | null;
  constituencyName: string | null;
  nation: Nation | null;
  /** The matching rebellions, newest first. */
  rebellions: Rebellion[];
  /** Over every division read (the selected ones, or all): rebellions over whipped votes. */
  tally: RebellionTally;
};

export type RebelList = {
  rows: RebelRow[];
  /** Rebellions in the rows (a person who rebelled in two divisions counts twice). */
  rebellionCount: number;
  /** The party filter named a party we do not have (the page says so; exports answer 400). */
  unknownParty: string | null;
};

/** Filters and sorts the rebellions as the URL asks, grouping them by person. */
export function listRebels(universe: RebelUniverse, query: RebelsQuery, parties: ReadonlyArray<PartyInfo>): RebelList {
  const wantedParty = query.party?.toLowerCase();
  const knownParty = wantedParty ? parties.find((p) => p.abbreviation.toLowerCase() === wantedParty) : undefined;
  const words = query.q ? foldText(query.q).split(/\s+/).filter(Boolean) : [];
  // listRebelFacts already reads only the chosen divisions; this keeps the function right for any universe.
  const divisions = new Set(query.division);

  const matching = universe.rebellions.filter((r) => {
    if (divisions.size > 0 && !divisions.has(r.division.officialId)) return false;
    if (knownParty && r.party?.id !== knownParty.id) return false;
    if (query.basis && r.whip.basis !== query.basis) return false;
    if (query.vote && r.position !== query.vote) return false;
    if (query.role === 'frontbench' && r.payroll !== 'frontbench') return false;
    if (query.role === 'pps' && r.payroll !== 'pps') return false;
    if (query.role === 'payroll' && r.payroll === null) return false;
    if (query.role === 'backbench' && r.payroll !== null) return false;
    if (query.left === 'yes' && !r.leftPost) return false;
    if (query.left === 'no' && r.leftPost) return false;
    if (query.stance && !matchesStance(r, query.stance, query.topic)) return false;
    if (!query.stance && query.topic && !r.stances.has(query.topic)) return false;
    if (query.nation && r.nation !== query.nation) return false;
    if (words.length > 0) {
      const haystack = foldText([r.name, r.constituencyName, r.party?.name, r.party?.abbreviation].filter(Boolean).join(' '));
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });

  const byPerson = new Map<number, Rebellion[]>();
  for (const r of matching) {
    const list = byPerson.get(r.personId);
    if (list) list.push(r);
    else byPerson.set(r.personId, [r]);
  }
  const rows = [...byPerson.values()].map((list): RebelRow => {
    const sorted = [...list].sort((a, b) => b.division.date.localeCompare(a.division.date) || b.division.officialId - a.division.officialId);
    const latest = sorted[0]!;
    return {
      personId: latest.personId,
      parliamentId: latest.parliamentId,
      name: latest.name,
      sortName: latest.sortName,
      party: latest.party,
      constituencyName: latest.constituencyName,
      nation: latest.nation,
      rebellions: sorted,
      tally: universe.tallies.get(latest.personId) ?? { rebellions: sorted.length, whippedVotes: sorted.length, absences: 0, recordedAbstentions: 0 },
    };
  });

  const byName = (a: RebelRow, b: RebelRow) => a.sortName.localeCompare(b.sortName, 'en-GB') || a.personId - b.personId;
  const last = '\uffff';
  switch (query.sort ?? 'name') {
    case 'name':
      rows.sort(byName);
      break;
    case 'name-desc':
      rows.sort((a, b) => byName(b, a));
      break;
    case 'party':
      rows.sort((a, b) => (a.party?.name ?? last).localeCompare(b.party?.name ?? last, 'en-GB') || byName(a, b));
      break;
    case 'constituency':
      rows.sort((a, b) => (a.constituencyName ?? last).localeCompare(b.constituencyName ?? last, 'en-GB') || byName(a, b));
      break;
    case 'rebellions':
      rows.sort((a, b) => b.rebellions.length - a.rebellions.length || b.tally.rebellions - a.tally.rebellions || byName(a, b));
      break;
  }

  return {
    rows,
    rebellionCount: matching.length,
    unknownParty: query.party && !knownParty ? query.party : null,
  };
}

function groupBy<T, K>(items: ReadonlyArray<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
