import { describe, expect, it } from 'vitest';
import { assessVote, chooseWhip, emptyTally, addToTally } from '@/lib/domain';
import { describeTopic, summariseMember, type SummaryPost, type SummaryVote } from '@/lib/view/mp-summary';
import { loadRecord1666, postFromDepartureRow } from '../support/record-1666';

// The summary is built from the real record of 15 Nov 2023: each member's vote and party on the day, the
// recorded whips (Labour: abstain, reported; Conservative: no, inferred by an editor) and the rules of lib/domain.

const GAZA = { title: 'Gaza: immediate ceasefire', supportingLobby: 'aye' as const };

function summaryVoteFor(memberId: number): SummaryVote {
  const record = loadRecord1666();
  const member = record.byId.get(memberId);
  if (!member) throw new Error(`member ${memberId} is not in division 1666`);
  const party = record.parties.find((p) => p.id === member.partyId)!;
  const tally = emptyTally();
  for (const m of record.members) if (m.partyId === member.partyId) addToTally(tally, m.vote.position);
  const assessment = assessVote(member.vote.position, chooseWhip(record.recordedWhips.get(member.partyId), party.kind, tally));
  return {
    divisionId: 1666,
    date: record.date,
    heldAt: record.division.Date,
    officialTitle: record.division.Title,
    shortTitle: 'SNP amendment (h): press all parties to agree to an immediate ceasefire',
    position: member.vote.position,
    whip: assessment.whip,
    verdict: assessment.verdict,
    partyName: party.name,
    partyKind: party.kind,
    topics: [GAZA],
  };
}

function postsLeftBy(memberId: number): SummaryPost[] {
  const record = loadRecord1666();
  return record.csv.departures
    .filter((row) => Number(row.parliament_member_id) === memberId)
    .map((row) => ({ title: row.role_title ?? '', endReason: postFromDepartureRow(row).endReason, endedOverDivisionId: 1666 }));
}

describe('summariseMember on division 1666', () => {
  it('Yasmin Qureshi: voted for the ceasefire, defied the Labour whip to abstain and resigned to do so', () => {
    const posts: SummaryPost[] = [{ title: 'Shadow Minister for Women and Equalities', endReason: 'resigned', endedOverDivisionId: 1666 }];
    expect(summariseMember({ name: 'Yasmin Qureshi', votes: [summaryVoteFor(3924)], posts }).headline).toBe(
      'On 15 Nov 2023 Yasmin Qureshi voted for an immediate ceasefire in Gaza, defying the Labour whip to abstain, and resigned as Shadow Minister for Women and Equalities to do so.',
    );
  });

  it('the departures file agrees that she resigned over the vote', () => {
    expect(postsLeftBy(3924).map((p) => p.endReason)).toEqual(['resigned']);
  });

  it('a loyal Conservative (Theresa May): voted against, following the whip, which is marked as inferred', () => {
    const vote = summaryVoteFor(8);
    expect(vote.position).toBe('no');
    expect(summariseMember({ name: 'Theresa May', votes: [vote], posts: [] }).headline).toBe(
      'On 15 Nov 2023 Theresa May voted against an immediate ceasefire in Gaza, following the inferred Conservative whip.',
    );
  });

  it('an absent Labour MP (Kim Johnson): did not vote, which is never called a rebellion', () => {
    const summary = summariseMember({ name: 'Kim Johnson', votes: [summaryVoteFor(4824)], posts: [] });
    expect(summary.headline).toBe('On 15 Nov 2023 Kim Johnson did not vote on an immediate ceasefire in Gaza; the Labour whip was to abstain.');
    expect(summary.headline).not.toMatch(/defy|rebel/);
  });

  it('Diane Abbott, sitting as an Independent: no whip to defy', () => {
    const vote = summaryVoteFor(172);
    expect(vote.partyKind).toBe('independent');
    expect(summariseMember({ name: 'Diane Abbott', votes: [vote], posts: [] }).headline).toBe(
      'On 15 Nov 2023 Diane Abbott voted for an immediate ceasefire in Gaza, with no party whip to follow.',
    );
  });
});

describe('summariseMember: choosing the most notable vote', () => {
  const base = summaryVoteFor(3924);
  const older: SummaryVote = { ...base, divisionId: 1, date: '2023-10-01', heldAt: '2023-10-01T18:00:00', verdict: 'followed', topics: [], shortTitle: 'Finance Bill: third reading', position: 'aye', whip: { instruction: 'aye', basis: 'reported', origin: 'recorded', strength: 3 } };
  const newer: SummaryVote = { ...older, divisionId: 2, date: '2024-01-10', heldAt: '2024-01-10T18:00:00' };

  it('puts a rebellion before newer loyal votes, and counts rebellions over the whole record', () => {
    const summary = summariseMember({ name: 'Yasmin Qureshi', votes: [newer, base, older], posts: [] });
    expect(summary.headline).toMatch(/^On 15 Nov 2023 Yasmin Qureshi voted for an immediate ceasefire in Gaza, defying/);
    expect(summary.detail).toBe('1 of 3 recorded votes went against the party whip.');
  });

  it('without a rebellion or topic, describes the newest vote by its title', () => {
    const summary = summariseMember({ name: 'A Member', votes: [older, newer], posts: [] });
    expect(summary.headline).toBe('On 10 Jan 2024 A Member voted for “Finance Bill: third reading”, following the Labour whip.');
    expect(summary.detail).toBe('None of 2 recorded votes went against the party whip.');
  });

  it('chooses as sorting the whole record by notability, then newest, then record order would, in one pass', () => {
    // Many votes, few distinct scores and times: ties at every level, so the choice among equals is tested too.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 20; round++) {
      const votes: SummaryVote[] = Array.from({ length: 300 }, (_, i) => ({
        ...older,
        divisionId: 100 + next(40),
        heldAt: `2023-1${next(3)}-0${1 + next(3)}T18:00:00`,
        shortTitle: `Division number ${i}`,
        verdict: (['followed', 'rebelled', 'recorded_abstention', 'did_not_vote'] as const)[next(4)]!,
        // Each vote's own title and topic, so that the headline tells which vote was chosen.
        topics: next(5) === 0 ? [{ title: `Topic ${i}`, supportingLobby: 'aye' as const }] : [],
      }));
      const posts: SummaryPost[] = [{ title: 'A post', endReason: 'resigned', endedOverDivisionId: 100 + next(40) }];
      const leftOver = (v: SummaryVote) => posts.some((p) => p.endedOverDivisionId === v.divisionId);
      const score = (v: SummaryVote) =>
        (v.verdict === 'rebelled' ? 8 : 0) + (leftOver(v) ? 4 : 0) + (v.verdict === 'recorded_abstention' ? 2 : 0) + (v.topics.length > 0 ? 1 : 0);
      const first = [...votes].sort((a, b) => score(b) - score(a) || b.heldAt.localeCompare(a.heldAt))[0]!;
      expect(summariseMember({ name: 'A Member', votes, posts }).headline).toBe(summariseMember({ name: 'A Member', votes: [first], posts }).headline);
    }
  });

  it('says so when nothing is recorded', () => {
    expect(summariseMember({ name: 'A Member', votes: [], posts: [] })).toEqual({ headline: 'No votes are recorded for A Member yet.', detail: null });
  });

  it('names a sacking, and a disputed ending, without calling it a resignation', () => {
    const posts: SummaryPost[] = [
      { title: 'Shadow Minister for Crime Reduction', endReason: 'sacked', endedOverDivisionId: 1666 },
      { title: 'PPS to the Shadow Chancellor', endReason: 'unknown', endedOverDivisionId: 1666 },
    ];
    expect(summariseMember({ name: 'X', votes: [base], posts }).headline).toMatch(
      /, and was sacked as Shadow Minister for Crime Reduction for it, and left the post of PPS to the Shadow Chancellor over it\.$/,
    );
  });
});

describe('describeTopic', () => {
  it.each([
    ['Gaza: immediate ceasefire', 'an immediate ceasefire in Gaza'],
    ['Rwanda: deportation flights', 'deportation flights in Rwanda'],
    ['Assisted dying', 'assisted dying'],
    ['NHS funding', 'NHS funding'],
  ])('%s → %s', (title, phrase) => expect(describeTopic(title)).toBe(phrase));
});
