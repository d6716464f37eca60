// The explorer's judging, filtering, sorting and paging on small hand-made facts: two divisions, so that
// grouping by person, the counts and the whipped-vote denominator can be checked by hand; and the lobby by
// lobby judgement checked against analyseDivision, vote by vote, on the real record of division 1666 and on
// generated divisions. The real record through the database is checked in tests/integration/rebels.test.ts.
import { describe, expect, it } from 'vitest';
import { analyseDivision, isWhippedVote, nationOfOnsCode, tallyRebellions, type RebellionTally, type VoteFact } from '@/lib/domain';
import type { VotePosition } from '@/lib/domain/types';
import { parseRebelsPage, parseRebelsQuery, toRebelsSearch } from '@/lib/validation/rebels';
import { filterRebellions, foldText, listRebels, pageRebels, rebelPersonIds, type RebelRow } from '@/lib/view/rebels';
import {
  buildRebellions,
  judgePartyLobbies,
  type LobbyJudgement,
  type RebelFacts,
  type RebelTallyFact,
  type RebelVoteFact,
  type RebelWhipFact,
} from '@/lib/view/rebels-facts';
import { describeRebelFilters, describeRebelScope, describeRebelScopeLimit } from '@/lib/view/rebels-describe';
import { loadRecord1666 } from '../support/record-1666';

const parties = [
  { id: 1, name: 'Labour', abbreviation: 'Lab', colour: 'd50000', kind: 'party' as const },
  { id: 2, name: 'Sinn Féin', abbreviation: 'SF', colour: '326760', kind: 'party' as const },
  { id: 3, name: 'Independent', abbreviation: 'Ind', colour: null, kind: 'independent' as const },
];

type Vote = { divisionId: number; personId: number; position: VotePosition; partyId: number | null; isTeller?: boolean };

/** What the database does in db/queries/rebels.ts, done on arrays: count each party's lobbies. */
function talliesOf(votes: ReadonlyArray<Vote>): RebelTallyFact[] {
  const counts = new Map<string, RebelTallyFact>();
  for (const v of votes) {
    if (v.partyId === null) continue;
    const key = `${v.divisionId}:${v.partyId}:${v.position}`;
    const row = counts.get(key) ?? { divisionId: v.divisionId, partyId: v.partyId, position: v.position, members: 0 };
    row.members += 1;
    counts.set(key, row);
  }
  return [...counts.values()];
}

const lobbyKey = (v: { divisionId: number; partyId: number | null; position: VotePosition }) => `${v.divisionId}:${v.partyId}:${v.position}`;

/** …and each person's sums of their lobbies' shares (listRebelTallies). */
function talliesByPerson(judgements: ReadonlyArray<LobbyJudgement>, votes: ReadonlyArray<Vote>): Map<number, RebellionTally> {
  const byLobby = new Map(judgements.map((j) => [lobbyKey(j), j.counts]));
  const sums = new Map<number, RebellionTally>();
  for (const v of votes) {
    const counts = byLobby.get(lobbyKey(v));
    const sum = sums.get(v.personId) ?? { rebellions: 0, whippedVotes: 0, absences: 0, recordedAbstentions: 0 };
    if (counts) for (const k of Object.keys(sum) as (keyof RebellionTally)[]) sum[k] += counts[k];
    sums.set(v.personId, sum);
  }
  return sums;
}

const members: Record<number, { name: string; onsCode: string }> = {
  1: { name: 'Ann Zed', onsCode: 'E14000001' },
  2: { name: 'Bea Young', onsCode: 'S14000002' },
  3: { name: 'Cal Xu', onsCode: 'W07000003' },
  4: { name: 'Dan Éclair', onsCode: 'N05000004' },
  5: { name: 'Eve Ind', onsCode: 'E14000005' },
};

const v = (divisionId: number, personId: number, position: VotePosition, partyId: number): Vote => ({ divisionId, personId, position, partyId });

// Division 10 (Labour whipped to abstain, recorded): Ann and Bea vote aye (rebels), Cal absent, Dan both (followed).
// Division 11 (no whip recorded; Labour majority aye → inferred aye): Ann votes no (rebel), Bea aye, Cal aye, Dan aye.
const allVotes: Vote[] = [
  v(10, 1, 'aye', 1),
  v(10, 2, 'aye', 1),
  v(10, 3, 'absent', 1),
  v(10, 4, 'both', 1),
  v(10, 5, 'aye', 3),
  v(11, 1, 'no', 1),
  v(11, 2, 'aye', 1),
  v(11, 3, 'aye', 1),
  v(11, 4, 'aye', 1),
];
const whips: RebelWhipFact[] = [{ divisionId: 10, partyId: 1, instruction: 'abstain', basis: 'reported', strength: 3 }];
const judgements = judgePartyLobbies({ tallies: talliesOf(allVotes), whips, parties });
const rebelLobbies = new Set(judgements.filter((j) => j.assessment.verdict === 'rebelled').map(lobbyKey));

function rebelVote(vote: Vote): RebelVoteFact {
  const { name, onsCode } = members[vote.personId]!;
  const [first, last] = name.split(' ');
  return {
    ...vote,
    isTeller: vote.isTeller ?? false,
    parliamentId: 1000 + vote.personId,
    name,
    sortName: `${last}, ${first}`,
    constituencyName: `Seat ${vote.personId}`,
    nation: nationOfOnsCode(onsCode),
    // Ann's posts are known (imported): with none held on a day she is a backbencher; nobody else's are.
    postsKnown: vote.personId === 1 ? 'official' : null,
    postsKnownOn: null,
  };
}

const facts: RebelFacts = {
  divisions: [
    { id: 10, officialId: 100, date: '2024-01-10', title: 'First' },
    { id: 11, officialId: 101, date: '2024-02-01', title: 'Second' },
  ],
  judgements,
  votes: allVotes.filter((x) => rebelLobbies.has(lobbyKey(x))).map(rebelVote),
  parties,
  posts: [
    { personId: 1, kind: 'shadow_minister', startDate: '2023-01-01', endDate: '2024-01-10', endReason: 'resigned', endedOverDivisionId: 10 },
    { personId: 2, kind: 'pps', startDate: null, endDate: null, endReason: null, endedOverDivisionId: null },
  ],
  stances: [
    { divisionId: 10, topicSlug: 'peace', personId: 1, position: 'supports' },
    { divisionId: 10, topicSlug: 'peace', personId: 2, position: 'opposes' },
  ],
  // Labour's line on the topic of division 10.
  partyLines: [{ divisionId: 10, topicSlug: 'peace', partyId: 1, position: 'opposes' }],
  topics: [{ divisionId: 10, slug: 'peace', title: 'Peace' }],
};

const universe = buildRebellions(facts);
const tallies = talliesByPerson(judgements, allVotes);
const list = (raw: Record<string, string | string[]>) => {
  const { query } = parseRebelsQuery(raw);
  return listRebels(filterRebellions(universe, query, parties), tallies, query);
};
const names = (raw: Record<string, string | string[]>) => list(raw).rows.map((r) => r.name);

describe('judgePartyLobbies', () => {
  it('gives every vote of the real division 1666 the verdict analyseDivision gives it', () => {
    const record = loadRecord1666();
    const votes = record.voteFacts.map((f) => ({ ...f, divisionId: 1666 }));
    const lobbies = judgePartyLobbies({
      tallies: talliesOf(votes),
      whips: [...record.recordedWhips].map(([partyId, w]) => ({ ...w, divisionId: 1666, partyId })),
      parties: record.parties,
    });
    const byLobby = new Map(lobbies.map((j) => [lobbyKey(j), j.assessment]));
    const analysis = analyseDivision(record.voteFacts, record.parties, record.recordedWhips);
    for (const assessed of analysis.votes) {
      const expected = assessed.partyId === null ? undefined : assessed.assessment;
      expect(byLobby.get(lobbyKey({ ...assessed, divisionId: 1666 }))).toEqual(expected);
    }
    // The worked example: Labour's 56 ayes are rebels against the recorded whip to abstain.
    const labour = record.partyId('Lab');
    expect(lobbies.find((j) => j.partyId === labour && j.position === 'aye')?.assessment).toMatchObject({
      verdict: 'rebelled',
      whip: { instruction: 'abstain', origin: 'recorded' },
    });
  });

  it('agrees with analyseDivision and tallyRebellions on 40 generated divisions (splits, ties, parties of one, no party)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const kinds = [...parties, { id: 4, name: 'Solo', abbreviation: 'Solo', colour: null, kind: 'party' as const }];
    const positions: VotePosition[] = ['aye', 'no', 'both', 'absent'];
    const votes: (VoteFact & { divisionId: number })[] = [];
    const recorded: RebelWhipFact[] = [];
    for (let d = 1; d <= 40; d += 1) {
      for (let person = 1; person <= 30; person += 1) {
        const partyId = person === 30 ? null : person === 29 ? 4 : person <= 20 ? 1 : person <= 27 ? 2 : 3;
        votes.push({ divisionId: d, personId: person, partyId, position: positions[Math.floor(random() * 4)]!, isTeller: false });
      }
      if (d % 3 === 0) recorded.push({ divisionId: d, partyId: 1, instruction: (['aye', 'no', 'abstain', 'free'] as const)[d % 4]!, basis: 'reported', strength: null });
    }
    const lobbies = judgePartyLobbies({ tallies: talliesOf(votes), whips: recorded, parties: kinds });
    const byLobby = new Map(lobbies.map((j) => [lobbyKey(j), j.assessment]));
    const assessmentsByPerson = new Map<number, ReturnType<typeof analyseDivision>['votes'][number]['assessment'][]>();
    for (let d = 1; d <= 40; d += 1) {
      const whipMap = new Map(recorded.filter((w) => w.divisionId === d).map((w) => [w.partyId, { instruction: w.instruction, basis: w.basis, strength: w.strength }]));
      for (const assessed of analyseDivision(votes.filter((x) => x.divisionId === d), kinds, whipMap).votes) {
        expect(byLobby.get(lobbyKey({ ...assessed, divisionId: d }))).toEqual(assessed.partyId === null ? undefined : assessed.assessment);
        assessmentsByPerson.set(assessed.personId, [...(assessmentsByPerson.get(assessed.personId) ?? []), assessed.assessment]);
      }
    }
    const sums = talliesByPerson(lobbies, votes);
    for (const [personId, assessments] of assessmentsByPerson) expect(sums.get(personId), `person ${personId}`).toEqual(tallyRebellions(assessments));
    expect(sums.get(30)).toEqual({ rebellions: 0, whippedVotes: 0, absences: 0, recordedAbstentions: 0 });
  });
});

describe('buildRebellions', () => {
  it('finds rebels against the recorded whip and against rule 4’s guess, with their basis', () => {
    const found = universe.rebellions.map((r) => `${r.division.officialId}:${r.name}:${r.whip.origin}:${r.whip.basis}`).sort();
    expect(found).toEqual(['100:Ann Zed:recorded:reported', '100:Bea Young:recorded:reported', '101:Ann Zed:computed:inferred']);
  });

  it('counts whipped votes (absent included, no whip excluded) per person', () => {
    expect(tallies.get(1)).toEqual({ rebellions: 2, whippedVotes: 2, absences: 0, recordedAbstentions: 0 });
    expect(tallies.get(3)).toEqual({ rebellions: 0, whippedVotes: 2, absences: 1, recordedAbstentions: 0 });
    // An independent has no whip at all: no whipped votes.
    expect(tallies.get(5)).toEqual({ rebellions: 0, whippedVotes: 0, absences: 0, recordedAbstentions: 0 });
  });

  it('reads only the votes judged rebellions, and asks tallies only for the people listed', () => {
    expect(facts.votes.map((x) => `${x.divisionId}:${x.name}`)).toEqual(['10:Ann Zed', '10:Bea Young', '11:Ann Zed']);
    const { query } = parseRebelsQuery({ role: 'pps' });
    expect(rebelPersonIds(filterRebellions(universe, query, parties).matching)).toEqual([2]);
  });

  it('reads frontbench/PPS on the day, a post left over the vote, and the nation', () => {
    const ann100 = universe.rebellions.find((r) => r.personId === 1 && r.division.officialId === 100)!;
    const ann101 = universe.rebellions.find((r) => r.personId === 1 && r.division.officialId === 101)!;
    expect([ann100.payroll, ann100.leftPost, ann100.nation]).toEqual(['frontbench', true, 'england']);
    expect([ann101.payroll, ann101.leftPost]).toEqual(['backbench', false]);
  });
});

describe('listRebels', () => {
  it('defaults to every rebel in every division read, one row per person, by name, with their tally', () => {
    const all = list({});
    expect(all.rows.map((r) => [r.name, r.rebellions.length])).toEqual([
      ['Bea Young', 1],
      ['Ann Zed', 2],
    ]);
    expect(all.rebellionCount).toBe(3);
    expect(all.rows.map((r) => `${r.tally.rebellions} of ${r.tally.whippedVotes}`)).toEqual(['1 of 2', '2 of 2']);
  });

  it('filters by division, basis, vote, role, post left, stance, nation and text', () => {
    expect(names({ division: '101' })).toEqual(['Ann Zed']);
    expect(names({ division: ['100', '101'], basis: 'inferred' })).toEqual(['Ann Zed']);
    expect(list({ basis: 'inferred' }).rebellionCount).toBe(1);
    expect(names({ vote: 'no' })).toEqual(['Ann Zed']);
    expect(names({ role: 'frontbench' })).toEqual(['Ann Zed']);
    expect(names({ role: 'pps' })).toEqual(['Bea Young']);
    expect(names({ role: 'payroll' })).toEqual(['Bea Young', 'Ann Zed']);
    expect(names({ role: 'backbench' })).toEqual(['Ann Zed']);
    expect(names({ role: 'none-recorded' })).toEqual([]);
    expect(names({ left: 'yes' })).toEqual(['Ann Zed']);
    expect(names({ stance: 'supports' })).toEqual(['Ann Zed']);
    expect(names({ stance: 'opposes' })).toEqual(['Bea Young']);
    expect(names({ stance: 'none' })).toEqual(['Ann Zed']);
    expect(names({ party_stance: 'opposes' })).toEqual(['Bea Young', 'Ann Zed']);
    expect(names({ party_stance: 'supports' })).toEqual([]);
    expect(names({ party_stance: 'none' })).toEqual(['Ann Zed']);
    expect(names({ party_stance: 'opposes', stance: 'supports' })).toEqual(['Ann Zed']);
    expect(names({ nation: 'scotland' })).toEqual(['Bea Young']);
    expect(names({ nation: 'wales' })).toEqual([]);
    expect(names({ q: 'zed' })).toEqual(['Ann Zed']);
    expect(names({ q: 'LABOUR seat 2' })).toEqual(['Bea Young']);
    expect(names({ party: 'lab', division: '100' })).toEqual(['Bea Young', 'Ann Zed']);
    expect(names({ party: 'SF' })).toEqual([]);
  });

  it('sorts by name, party, constituency and number of rebellions', () => {
    expect(names({ sort: 'name-desc' })).toEqual(['Ann Zed', 'Bea Young']);
    expect(names({ sort: 'constituency' })).toEqual(['Ann Zed', 'Bea Young']);
    expect(names({ sort: 'rebellions' })).toEqual(['Ann Zed', 'Bea Young']);
    expect(names({ sort: 'party' })).toEqual(['Bea Young', 'Ann Zed']);
  });

  it('reports a party it does not know rather than silently showing everyone', () => {
    const result = list({ party: 'XYZ' });
    expect(result.unknownParty).toBe('XYZ');
  });
});

describe('the query string', () => {
  it('validates each filter on its own and keeps the valid ones', () => {
    const { query, issues } = parseRebelsQuery(new URLSearchParams('division=1666&division=1667&party=Lab&role=boss&nation=france&sort='));
    expect(query.division).toEqual([1666, 1667]);
    expect(query.party).toBe('Lab');
    expect(query.role).toBeUndefined();
    expect(query.sort).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual(['role', 'nation']);
    expect(parseRebelsQuery({ division: 'abc' }).issues[0]?.path).toBe('division');
    expect(parseRebelsQuery({ q: 'x'.repeat(101) }).issues[0]?.path).toBe('q');
  });

  it('writes the filters back in one order, leaving out the default sort, with the page last from page 2', () => {
    const { query } = parseRebelsQuery({ role: 'frontbench', party: 'Lab', division: ['1667', '1666'], sort: 'name', to: '2024-01-31', from: '2024-01-01' });
    expect(toRebelsSearch(query)).toBe('?division=1666&division=1667&from=2024-01-01&to=2024-01-31&party=Lab&role=frontbench');
    expect(toRebelsSearch(query, 3)).toBe('?division=1666&division=1667&from=2024-01-01&to=2024-01-31&party=Lab&role=frontbench&page=3');
    expect(toRebelsSearch(query, 1)).not.toContain('page');
    expect(toRebelsSearch(parseRebelsQuery({}).query)).toBe('');
  });

  it('takes division numbers typed with commas and spaces, and refuses more than 100', () => {
    expect(parseRebelsQuery({ division: ['1666', ' 1667, 1668 ,'] }).query.division).toEqual([1666, 1667, 1668]);
    const many = Array.from({ length: 101 }, (_, i) => String(1000 + i)).join(',');
    expect(parseRebelsQuery({ division: many }).issues).toEqual([{ path: 'division', message: 'Choose at most 100 divisions' }]);
    expect(parseRebelsQuery({ division: '1666, abc' }).issues.map((i) => i.path)).toEqual(['division']);
  });

  it('takes real dates only, and an end on or after the start', () => {
    expect(parseRebelsQuery({ from: '2023-11-01', to: '2023-11-30' })).toMatchObject({ query: { from: '2023-11-01', to: '2023-11-30' }, issues: [] });
    expect(parseRebelsQuery({ from: '2023-02-30' }).issues).toEqual([{ path: 'from', message: 'The start date must be a real date, like 2023-11-15' }]);
    expect(parseRebelsQuery({ to: '15/11/2023' }).issues.map((i) => i.path)).toEqual(['to']);
    const backwards = parseRebelsQuery({ from: '2023-12-01', to: '2023-11-01' });
    expect(backwards.issues).toEqual([{ path: 'to', message: 'The end date must be on or after the start date' }]);
    expect(backwards.query.from).toBe('2023-12-01');
    expect(backwards.query.to).toBeUndefined();
  });

  it('reads the page number, page 1 when absent or not a number', () => {
    expect(parseRebelsPage({})).toEqual({ page: 1, issue: null });
    expect(parseRebelsPage(new URLSearchParams('page=4'))).toEqual({ page: 4, issue: null });
    expect(parseRebelsPage({ page: '0' }).page).toBe(1);
    expect(parseRebelsPage({ page: 'two' })).toEqual({ page: 1, issue: { path: 'page', message: 'A page is given by its number, e.g. 2' } });
  });
});

describe('rules used by the explorer', () => {
  it('takes the nation from the ONS code’s first letter', () => {
    expect(['E14000530', 'S14000021', 'W07000049', 'N05000001', 'X1', null].map(nationOfOnsCode)).toEqual([
      'england',
      'scotland',
      'wales',
      'northern-ireland',
      null,
      null,
    ]);
  });

  it('counts a free vote and a vote with no whip outside the denominator', () => {
    const free = { whip: { instruction: 'free' as const, basis: 'reported' as const, origin: 'recorded' as const, strength: null }, verdict: 'free_vote' as const };
    const none = { whip: null, verdict: null };
    expect(isWhippedVote(free)).toBe(false);
    expect(isWhippedVote(none)).toBe(false);
    expect(tallyRebellions([free, none]).whippedVotes).toBe(0);
  });

  it('folds accents for the text search', () => {
    expect(foldText('Sinn Féin')).toBe('sinn fein');
  });
});

describe('pageRebels', () => {
  const rows = Array.from({ length: 250 }, (_, i) => ({ personId: i + 1 }) as RebelRow);

  it('cuts the rows into pages of the given size, and says which rows are shown', () => {
    const second = pageRebels(rows, 2, 100);
    expect(second).toMatchObject({ page: 2, pages: 3, first: 101, last: 200 });
    expect(second.rows.map((r) => r.personId)).toEqual(rows.slice(100, 200).map((r) => r.personId));
    expect(pageRebels(rows, 3, 100)).toMatchObject({ page: 3, first: 201, last: 250 });
  });

  it('shows the last page when asked for one past the end, and one empty page when there are no rows', () => {
    expect(pageRebels(rows, 9, 100)).toMatchObject({ page: 3, pages: 3, first: 201 });
    expect(pageRebels([], 1, 100)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0 });
  });
});

describe('the scope in words', () => {
  const base = { from: null, to: null, limit: 100, earlierTo: null } as const;

  it('names the divisions a list covers, and says when the limit left some out', () => {
    const latest = { ...base, kind: 'latest', read: 100, matching: 6000, earliestDate: '2024-03-27', latestDate: '2024-05-23', earlierTo: '2024-03-26' } as const;
    expect(describeRebelScope(latest)).toBe('Rebellions in the latest 100 divisions (27 Mar 2024 to 23 May 2024), of 6,000 on record.');
    expect(describeRebelScopeLimit(latest)).toBe('A list covers at most 100 divisions: choose divisions by number, or give dates, to look further back.');
    const one = { ...base, kind: 'latest', read: 1, matching: 1, earliestDate: '2023-11-15', latestDate: '2023-11-15' } as const;
    expect(describeRebelScope(one)).toBe('Rebellions in the only division on record (15 Nov 2023).');
    expect(describeRebelScopeLimit(one)).toBeNull();
  });

  it('with dates, and with divisions chosen', () => {
    const range = { ...base, kind: 'latest', from: '2020-01-01', to: '2020-12-31', read: 100, matching: 340, earliestDate: '2020-09-01', latestDate: '2020-12-17' } as const;
    expect(describeRebelScope(range)).toBe('Rebellions in the latest 100 divisions of the 340 divisions from 1 Jan 2020 to 31 Dec 2020 (1 Sept 2020 to 17 Dec 2020).');
    expect(describeRebelScope({ ...range, to: null, read: 42, matching: 42 })).toBe('Rebellions in the 42 divisions on record on or after 1 Jan 2020.');
    expect(describeRebelScope({ ...range, read: 0, matching: 0 })).toBe('No divisions on record from 1 Jan 2020 to 31 Dec 2020.');
    const chosen = { ...base, kind: 'chosen', read: 2, matching: 2, earliestDate: '2023-11-15', latestDate: '2024-01-10' } as const;
    expect(describeRebelScope(chosen)).toBe('Rebellions in the 2 divisions chosen (15 Nov 2023 to 10 Jan 2024).');
    expect(describeRebelFilters(parseRebelsQuery({ from: '2020-01-01', party: 'Lab' }).query, 'Labour')).toBe('Labour, on or after 1 Jan 2020');
  });
});
