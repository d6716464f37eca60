// The explorer's filtering and sorting on small hand-made facts: two divisions, so that grouping by person,
// the counts and the whipped-vote denominator can be checked by hand. The real record is checked in
// tests/integration/rebels.test.ts.
import { describe, expect, it } from 'vitest';
import { isWhippedVote, nationOfOnsCode, tallyRebellions } from '@/lib/domain';
import { parseRebelsQuery, toRebelsSearch } from '@/lib/validation/rebels';
import { buildRebellions, foldText, listRebels, type RebelFacts, type RebelVoteFact } from '@/lib/view/rebels';

const parties = [
  { id: 1, name: 'Labour', abbreviation: 'Lab', colour: 'd50000', kind: 'party' as const },
  { id: 2, name: 'Sinn Féin', abbreviation: 'SF', colour: '326760', kind: 'party' as const },
  { id: 3, name: 'Independent', abbreviation: 'Ind', colour: null, kind: 'independent' as const },
];

function vote(divisionId: number, personId: number, position: RebelVoteFact['position'], partyId: number, onsCode: string, name: string): RebelVoteFact {
  const [first, last] = name.split(' ');
  return { divisionId, personId, parliamentId: 1000 + personId, name, sortName: `${last}, ${first}`, position, isTeller: false, partyId, constituencyName: `Seat ${personId}`, onsCode };
}

// Division 10 (Labour whipped to abstain, recorded): Ann and Bea vote aye (rebels), Cal absent, Dan both (followed).
// Division 11 (no whip recorded; Labour majority aye → inferred aye): Ann votes no (rebel), Bea aye, Cal aye, Dan aye.
const facts: RebelFacts = {
  divisions: [
    { id: 10, officialId: 100, date: '2024-01-10', title: 'First' },
    { id: 11, officialId: 101, date: '2024-02-01', title: 'Second' },
  ],
  votes: [
    vote(10, 1, 'aye', 1, 'E14000001', 'Ann Zed'),
    vote(10, 2, 'aye', 1, 'S14000002', 'Bea Young'),
    vote(10, 3, 'absent', 1, 'W07000003', 'Cal Xu'),
    vote(10, 4, 'both', 1, 'N05000004', 'Dan Éclair'),
    vote(10, 5, 'aye', 3, 'E14000005', 'Eve Ind'),
    vote(11, 1, 'no', 1, 'E14000001', 'Ann Zed'),
    vote(11, 2, 'aye', 1, 'S14000002', 'Bea Young'),
    vote(11, 3, 'aye', 1, 'W07000003', 'Cal Xu'),
    vote(11, 4, 'aye', 1, 'N05000004', 'Dan Éclair'),
  ],
  parties,
  whips: [{ divisionId: 10, partyId: 1, instruction: 'abstain', basis: 'reported', strength: 3 }],
  posts: [
    { personId: 1, kind: 'shadow_minister', startDate: '2023-01-01', endDate: '2024-01-10', endReason: 'resigned', endedOverDivisionId: 10 },
    { personId: 2, kind: 'pps', startDate: null, endDate: null, endReason: null, endedOverDivisionId: null },
  ],
  stances: [
    { divisionId: 10, topicSlug: 'peace', personId: 1, position: 'supports' },
    { divisionId: 10, topicSlug: 'peace', personId: 2, position: 'opposes' },
  ],
  topics: [{ divisionId: 10, slug: 'peace', title: 'Peace' }],
};

const universe = buildRebellions(facts);
const list = (raw: Record<string, string | string[]>) => listRebels(universe, parseRebelsQuery(raw).query, parties);
const names = (raw: Record<string, string | string[]>) => list(raw).rows.map((r) => r.name);

describe('buildRebellions', () => {
  it('finds rebels against the recorded whip and against rule 4’s guess, with their basis', () => {
    const found = universe.rebellions.map((r) => `${r.division.officialId}:${r.name}:${r.whip.origin}:${r.whip.basis}`).sort();
    expect(found).toEqual(['100:Ann Zed:recorded:reported', '100:Bea Young:recorded:reported', '101:Ann Zed:computed:inferred']);
  });

  it('counts whipped votes (absent included, no whip excluded) per person', () => {
    expect(universe.tallies.get(1)).toEqual({ rebellions: 2, whippedVotes: 2, absences: 0, recordedAbstentions: 0 });
    expect(universe.tallies.get(3)).toEqual({ rebellions: 0, whippedVotes: 2, absences: 1, recordedAbstentions: 0 });
    // An independent has no whip at all: no whipped votes.
    expect(universe.tallies.get(5)).toEqual({ rebellions: 0, whippedVotes: 0, absences: 0, recordedAbstentions: 0 });
  });

  it('reads frontbench/PPS on the day, a post left over the vote, and the nation', () => {
    const ann100 = universe.rebellions.find((r) => r.personId === 1 && r.division.officialId === 100)!;
    const ann101 = universe.rebellions.find((r) => r.personId === 1 && r.division.officialId === 101)!;
    expect([ann100.payroll, ann100.leftPost, ann100.nation]).toEqual(['frontbench', true, 'england']);
    expect([ann101.payroll, ann101.leftPost]).toEqual([null, false]);
  });
});

describe('listRebels', () => {
  it('defaults to every rebel in every division, one row per person, by name', () => {
    const all = list({});
    expect(all.rows.map((r) => [r.name, r.rebellions.length])).toEqual([
      ['Bea Young', 1],
      ['Ann Zed', 2],
    ]);
    expect(all.rebellionCount).toBe(3);
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
    expect(names({ left: 'yes' })).toEqual(['Ann Zed']);
    expect(names({ stance: 'supports' })).toEqual(['Ann Zed']);
    expect(names({ stance: 'opposes' })).toEqual(['Bea Young']);
    expect(names({ stance: 'none' })).toEqual(['Ann Zed']);
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

  it('writes the filters back in one order, leaving out the default sort', () => {
    const { query } = parseRebelsQuery({ role: 'frontbench', party: 'Lab', division: ['1667', '1666'], sort: 'name' });
    expect(toRebelsSearch(query)).toBe('?division=1666&division=1667&party=Lab&role=frontbench');
    expect(toRebelsSearch(parseRebelsQuery({}).query)).toBe('');
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
