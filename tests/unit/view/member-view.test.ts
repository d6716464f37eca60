import { describe, expect, it } from 'vitest';
import { judgePartyWhips } from '@/lib/view/division-summary';
import { assessAgainstWhips, assessMemberVotes, listWhipGuessesNeeded } from '@/lib/view/member-view';

// One member's record judged two ways: vote by vote from the party's tallies (assessMemberVotes, as on reading), and
// by looking up the whip each division and party was given for every member at once (judgePartyWhips, as
// db/queries/judged-divisions.ts keeps it). They must agree on every vote; a division the lookup does not know
// (division 4: no address) is judged the first way, and the record keeps its order.
const LAB = 2;
const IND = 9;
const kinds = new Map([
  [LAB, 'party' as const],
  [IND, 'independent' as const],
]);
const vote = (divisionId: number, position: 'aye' | 'no' | 'both' | 'absent', whip: [string, string, number | null] | null, partyId: number | null = LAB) => ({
  divisionId,
  date: `2023-11-${String(10 + divisionId).padStart(2, '0')}`,
  position,
  partyId,
  whipInstruction: (whip?.[0] ?? null) as 'aye' | 'no' | 'abstain' | 'free' | null,
  whipBasis: (whip?.[1] ?? null) as 'reported' | 'inferred' | null,
  whipStrength: whip?.[2] ?? null,
});
const record = [
  vote(1, 'aye', ['abstain', 'reported', 3]), // defied a reported whip to abstain
  vote(2, 'no', null), // rule 4: Labour 150 aye to 20 no, so a guess to vote aye, defied
  vote(3, 'aye', ['aye', 'inferred', null]), // an editor's inference, shown with how the party voted
  vote(4, 'no', null), // a division without an address: not in the lookup
  vote(5, 'absent', null, IND), // an independent: no whip
  vote(6, 'aye', null, null), // no party recorded on the day
];
const tallies = [
  { divisionId: 1, partyId: LAB, position: 'aye' as const, members: 56 },
  { divisionId: 1, partyId: LAB, position: 'absent' as const, members: 140 },
  { divisionId: 2, partyId: LAB, position: 'aye' as const, members: 150 },
  { divisionId: 2, partyId: LAB, position: 'no' as const, members: 20 },
  { divisionId: 2, partyId: LAB, position: 'absent' as const, members: 27 },
  { divisionId: 3, partyId: LAB, position: 'aye' as const, members: 180 },
  { divisionId: 3, partyId: LAB, position: 'absent' as const, members: 17 },
  { divisionId: 4, partyId: LAB, position: 'no' as const, members: 190 },
  { divisionId: 4, partyId: LAB, position: 'aye' as const, members: 7 },
  { divisionId: 5, partyId: IND, position: 'absent' as const, members: 1 },
];
const whips = record.flatMap((v) =>
  v.whipInstruction && v.whipBasis && v.partyId !== null
    ? [{ divisionId: v.divisionId, partyId: v.partyId, instruction: v.whipInstruction, basis: v.whipBasis, strength: v.whipStrength }]
    : [],
);
const parties = [...kinds].map(([id, kind]) => ({ id, kind }));

/** As on reading: the tallies of each division and party rule 4 needs. */
function judgedOnReading(votes: typeof record) {
  const needed = listWhipGuessesNeeded(votes, kinds);
  const rows = tallies.filter((t) => needed.some((n) => n.divisionId === t.divisionId && n.partyId === t.partyId));
  return assessMemberVotes(votes, rows, kinds);
}

describe('assessAgainstWhips', () => {
  const judged = judgePartyWhips({ divisionIds: [1, 2, 3, 5], tallies, whips, parties });
  const whipOf = (divisionId: number, partyId: number) => judged.find((j) => j.divisionId === divisionId && j.partyId === partyId)?.whip;

  it('gives each vote the whip and verdict judging it on reading gives, in the record’s order', () => {
    const rest: number[][] = [];
    const views = assessAgainstWhips(record, whipOf, (votes) => {
      rest.push(votes.map((v) => v.divisionId));
      return judgedOnReading(votes);
    });
    expect(views).toEqual(judgedOnReading(record));
    expect(views.map((v) => [v.divisionId, v.whip?.origin ?? null, v.verdict])).toEqual([
      [1, 'recorded', 'rebelled'],
      [2, 'computed', 'rebelled'],
      [3, 'recorded', 'followed'],
      [4, 'computed', 'followed'],
      [5, null, null],
      [6, null, null],
    ]);
    // The editor's inference carries how the party voted, as on reading.
    expect(views[2]!.whip?.evidence).toEqual({ onSide: 180, voted: 180, seated: 197 });
    // Only the division the lookup does not know was judged the other way, in one batch.
    expect(rest).toEqual([[4]]);
  });

  it('asks for nothing else when the lookup knows every division', () => {
    let asked = 0;
    const views = assessAgainstWhips(record.slice(0, 3), whipOf, (votes) => {
      asked += votes.length;
      return judgedOnReading(votes);
    });
    expect(asked).toBe(0);
    expect(views).toEqual(judgedOnReading(record.slice(0, 3)));
  });
});
