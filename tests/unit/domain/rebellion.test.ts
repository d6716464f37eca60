// Rules 3 and 4 of DOMAIN.md on constructed cases: the whip verdicts, the majority guess, and how
// analyseDivision chooses between a recorded whip and the guess.
import { describe, expect, it } from 'vitest';
import {
  analyseDivision,
  assessVote,
  chooseWhip,
  guessWhip,
  inferWhip,
  isRebellion,
  majoritySide,
  judgeAgainstWhip,
  type PartyTally,
  type RecordedWhip,
  type VoteFact,
  type VotePosition,
  type WhipInstruction,
  type WhipVerdict,
} from '@/lib/domain';

describe('judgeAgainstWhip (rule 3): every instruction against every position', () => {
  // Straight from DOMAIN.md rule 3. Under a whip to abstain, going through both lobbies (a recorded
  // abstention) or not voting is doing what the whip asked.
  const table: Array<[WhipInstruction, VotePosition, WhipVerdict]> = [
    ['aye', 'aye', 'followed'],
    ['aye', 'no', 'rebelled'],
    ['aye', 'both', 'recorded_abstention'],
    ['aye', 'absent', 'did_not_vote'],
    ['no', 'aye', 'rebelled'],
    ['no', 'no', 'followed'],
    ['no', 'both', 'recorded_abstention'],
    ['no', 'absent', 'did_not_vote'],
    ['abstain', 'aye', 'rebelled'],
    ['abstain', 'no', 'rebelled'],
    ['abstain', 'both', 'followed'],
    ['abstain', 'absent', 'did_not_vote'],
    ['free', 'aye', 'free_vote'],
    ['free', 'no', 'free_vote'],
    ['free', 'both', 'free_vote'],
    ['free', 'absent', 'free_vote'],
  ];

  it('covers all 16 combinations', () => {
    expect(new Set(table.map(([i, p]) => `${i}/${p}`)).size).toBe(16);
  });

  it.each(table)('whip %s, voted %s → %s', (instruction, position, verdict) => {
    expect(judgeAgainstWhip(instruction, position)).toBe(verdict);
  });

  it('never calls an absence a rebellion, whatever the whip', () => {
    for (const instruction of ['aye', 'no', 'abstain', 'free'] as const) {
      expect(judgeAgainstWhip(instruction, 'absent')).not.toBe('rebelled');
    }
  });
});

describe('assessVote', () => {
  it('gives no verdict when there is no whip', () => {
    expect(assessVote('aye', null)).toEqual({ whip: null, verdict: null });
    expect(isRebellion(assessVote('aye', null))).toBe(false);
  });

  it('keeps the whip it measured against, so a page can say recorded or inferred', () => {
    const whip = { instruction: 'abstain', basis: 'reported', origin: 'recorded', strength: 3 } as const;
    const a = assessVote('aye', whip);
    expect(a).toEqual({ whip, verdict: 'rebelled' });
    expect(isRebellion(a)).toBe(true);
  });
});

const tally = (ayes: number, noes: number, both = 0, absent = 0): PartyTally => ({ ayes, noes, both, absent });

describe('inferWhip and guessWhip (rule 4, with its thresholds)', () => {
  it('guesses the majority side of the members who voted, when enough voted and enough agreed', () => {
    expect(inferWhip('party', tally(10, 3))).toBe('aye');
    expect(inferWhip('party', tally(3, 10))).toBe('no');
    expect(guessWhip('party', tally(280, 8, 0, 60))).toEqual({ instruction: 'aye', reason: 'inferred', evidence: { onSide: 280, voted: 288, seated: 348 } });
  });

  it('makes no guess when fewer than half of the members seated that day voted (division 1586: 10 of 193 Labour MPs)', () => {
    expect(guessWhip('party', tally(1, 9, 0, 183))).toEqual({ instruction: null, reason: 'few_voted', evidence: { onSide: 9, voted: 10, seated: 193 } });
    expect(inferWhip('party', tally(1, 0, 0, 50))).toBeNull();
  });

  it('turnout: exactly half voting is enough, one fewer is not', () => {
    expect(guessWhip('party', tally(5, 0, 0, 5)).reason).toBe('inferred');
    expect(guessWhip('party', tally(4, 0, 0, 6)).reason).toBe('few_voted');
    // Seated by membership can be more than the record lists: 5 of 11 is below half.
    expect(guessWhip('party', tally(5, 0, 0, 5), 11).reason).toBe('few_voted');
    expect(guessWhip('party', tally(5, 0, 0, 5), 10).reason).toBe('inferred');
  });

  it('majority: exactly two thirds of those who voted on one side is enough, less is a split', () => {
    expect(guessWhip('party', tally(6, 3)).reason).toBe('inferred');
    expect(guessWhip('party', tally(20, 10)).reason).toBe('inferred');
    expect(guessWhip('party', tally(5, 3)).reason).toBe('split');
    expect(guessWhip('party', tally(19, 11)).reason).toBe('split');
  });

  it('makes no guess on a tie, or when nobody voted', () => {
    expect(inferWhip('party', tally(4, 4))).toBeNull();
    expect(guessWhip('party', tally(4, 4, 2, 2)).reason).toBe('split');
    expect(guessWhip('party', tally(0, 0, 0, 7)).reason).toBe('none_voted');
  });

  it('counts members in both lobbies as voting but on neither side', () => {
    expect(guessWhip('party', tally(4, 0, 1)).instruction).toBe('aye');
    // Division 1720's DUP: six in both lobbies, none on a side.
    expect(guessWhip('party', tally(0, 0, 6, 2))).toEqual({ instruction: null, reason: 'split', evidence: { onSide: 0, voted: 6, seated: 8 } });
  });

  it('makes no guess for a party of one MP', () => {
    expect(guessWhip('party', tally(1, 0)).reason).toBe('one_member');
    expect(inferWhip('party', tally(0, 1))).toBeNull();
  });

  it('makes no guess for independents, the Speaker or Deputy Speakers', () => {
    expect(guessWhip('independent', tally(7, 2, 0, 9)).reason).toBe('independent');
    expect(guessWhip('speaker', tally(0, 3)).reason).toBe('chair');
  });

  it('keeps the majority side, with no thresholds, apart: only to say what a majority-based tracker would count', () => {
    expect(majoritySide('party', tally(56, 0, 0, 141))).toBe('aye');
    expect(majoritySide('party', tally(1, 1))).toBeNull();
    expect(majoritySide('independent', tally(7, 2))).toBeNull();
  });
});

describe('chooseWhip', () => {
  it('prefers a recorded whip, keeping its basis, over the guess', () => {
    const recorded: RecordedWhip = { instruction: 'abstain', basis: 'reported', strength: 3 };
    expect(chooseWhip(recorded, 'party', tally(56, 0, 0, 141))).toEqual({ ...recorded, origin: 'recorded' });
  });

  it("adds how the party voted to an editor's inferred whip to vote aye or no", () => {
    const recorded: RecordedWhip = { instruction: 'no', basis: 'inferred', strength: null };
    expect(chooseWhip(recorded, 'party', tally(0, 290, 0, 58))).toEqual({ ...recorded, origin: 'recorded', evidence: { onSide: 290, voted: 290, seated: 348 } });
  });

  it('falls back to the guess, marked inferred and computed, with what it was inferred from', () => {
    expect(chooseWhip(null, 'party', tally(0, 4, 0, 4))).toEqual({
      instruction: 'no',
      basis: 'inferred',
      origin: 'computed',
      strength: null,
      evidence: { onSide: 4, voted: 4, seated: 8 },
    });
    expect(chooseWhip(undefined, 'party', tally(2, 2))).toBeNull();
    expect(chooseWhip(undefined, 'party', tally(1, 9, 0, 184))).toBeNull();
  });
});

describe('analyseDivision (rules 3 and 4 together)', () => {
  const LAB = 1;
  const CON = 2;
  const IND = 3;
  const GREEN = 4;
  const parties = [
    { id: LAB, kind: 'party' as const },
    { id: CON, kind: 'party' as const },
    { id: IND, kind: 'independent' as const },
    { id: GREEN, kind: 'party' as const },
  ];
  let nextId = 1;
  const vote = (partyId: number | null, position: VotePosition, isTeller = false): VoteFact => ({
    personId: nextId++,
    partyId,
    position,
    isTeller,
  });
  const votes: VoteFact[] = [
    vote(LAB, 'aye'),
    vote(LAB, 'aye'),
    vote(LAB, 'no'),
    vote(LAB, 'both'),
    vote(LAB, 'absent'),
    vote(CON, 'no'),
    vote(CON, 'no', true),
    vote(CON, 'aye'),
    vote(CON, 'aye', true),
    vote(CON, 'aye', true),
    vote(IND, 'aye'),
    vote(IND, 'aye'),
    vote(GREEN, 'no'),
    vote(null, 'aye'),
  ];
  const analysis = analyseDivision(votes, parties, new Map([[LAB, { instruction: 'no', basis: 'reported', strength: 2 }]]));

  it('measures a party with a recorded whip against it, and counts its rebels', () => {
    const lab = analysis.parties.get(LAB);
    expect(lab?.whip).toEqual({ instruction: 'no', basis: 'reported', origin: 'recorded', strength: 2 });
    expect(lab?.rebels).toBe(2);
    expect(analysis.votes.filter((v) => v.partyId === LAB).map((v) => v.assessment.verdict)).toEqual([
      'rebelled',
      'rebelled',
      'followed',
      'recorded_abstention',
      'did_not_vote',
    ]);
  });

  it('tallies every member of the party on the day, both-lobby and absent members apart from the sides', () => {
    expect(analysis.parties.get(LAB)?.tally).toEqual({ ayes: 2, noes: 1, both: 1, absent: 1 });
  });

  it('makes no guess when the sides tie, however many went through both lobbies', () => {
    const tie = analyseDivision([vote(CON, 'aye'), vote(CON, 'no'), vote(CON, 'both'), vote(CON, 'both')], parties, new Map());
    expect(tie.parties.get(CON)?.whip).toBeNull();
    expect(tie.votes.every((v) => v.assessment.verdict === null)).toBe(true);
  });

  it('also measures it against the majority side alone, as a majority-based tracker would', () => {
    const lab = analysis.parties.get(LAB);
    expect(lab?.majorityWhip?.instruction).toBe('aye');
    expect(lab?.rebelsAgainstMajority).toBe(1);
  });

  it('includes tellers in the tally that the guess is made from', () => {
    const con = analysis.parties.get(CON);
    // Without the tellers: 1 aye, 1 no, a tie. With them: 3 aye, 2 no: a side, but short of two thirds.
    expect(con?.tally).toEqual({ ayes: 3, noes: 2, both: 0, absent: 0 });
    expect(con?.guess).toEqual({ instruction: null, reason: 'split', evidence: { onSide: 3, voted: 5, seated: 5 } });
    expect(con?.majorityWhip?.instruction).toBe('aye');
    const withTellers = analyseDivision([vote(CON, 'aye'), vote(CON, 'aye', true), vote(CON, 'aye', true), vote(CON, 'no')], parties, new Map());
    expect(withTellers.parties.get(CON)?.whip).toEqual({
      instruction: 'aye',
      basis: 'inferred',
      origin: 'computed',
      strength: null,
      evidence: { onSide: 3, voted: 4, seated: 4 },
    });
    expect(withTellers.parties.get(CON)?.rebels).toBe(1);
  });

  it('counts members seated by membership when the record lists fewer', () => {
    const few = analyseDivision([vote(CON, 'aye'), vote(CON, 'aye'), vote(CON, 'aye')], parties, new Map(), new Map([[CON, 10]]));
    expect(few.parties.get(CON)?.seated).toBe(10);
    expect(few.parties.get(CON)?.whip).toBeNull();
    expect(few.parties.get(CON)?.guess.reason).toBe('few_voted');
  });

  it('gives independents, single-MP parties and members with no party on the day no verdict', () => {
    expect(analysis.parties.get(IND)?.whip).toBeNull();
    expect(analysis.parties.get(GREEN)?.whip).toBeNull();
    const unjudged = analysis.votes.filter((v) => v.partyId === IND || v.partyId === GREEN || v.partyId === null);
    expect(unjudged).toHaveLength(4);
    expect(unjudged.every((v) => v.assessment.verdict === null && v.assessment.whip === null)).toBe(true);
  });

  it('measures against a recorded free vote without calling anyone a rebel', () => {
    const free = analyseDivision([vote(LAB, 'aye'), vote(LAB, 'no'), vote(LAB, 'no')], parties, new Map([[LAB, { instruction: 'free', basis: 'reported', strength: null }]]));
    expect(free.parties.get(LAB)?.rebels).toBe(0);
    expect(free.votes.every((v) => v.assessment.verdict === 'free_vote')).toBe(true);
    // The majority side would have called the aye a rebel: that count is only ever shown beside the recorded whip.
    expect(free.parties.get(LAB)?.rebelsAgainstMajority).toBe(1);
  });
});
