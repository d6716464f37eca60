import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RebellionHistory } from '@/components/rebellion-history';
import { assessMemberVotes } from '@/lib/view/member-view';
import { buildRebellionHistory, describeRebellionTally, rebellionListOf } from '@/lib/view/rebellion-history';

// Division 1666 as Yasmin Qureshi lived it: Labour (party 2) whipped to abstain (recorded, reported); she voted
// aye. Division 1667 is made up: no whip recorded, Labour 150 aye to 20 no, and she voted no — a rebellion against
// rule 4's guess. Division 1668, also made up, has no official id (no address), so it is left out. The tallies
// are what db/queries/person.ts listPartyTallies reads: only where a whip must be guessed.
const parties = new Map([[2, 'party' as const]]);
const division = (divisionId: number, officialId: number | null, date: string, title: string) => ({
  divisionId,
  officialId,
  date,
  officialTitle: title,
  shortTitle: null,
  partyId: 2,
});
const judged = assessMemberVotes(
  [
    { ...division(3, null, '2023-11-21', 'No address'), position: 'aye', whipInstruction: 'no', whipBasis: 'reported', whipStrength: 2 },
    { ...division(2, 1667, '2023-11-20', 'Made-up division'), position: 'no', whipInstruction: null, whipBasis: null, whipStrength: null },
    { ...division(1, 1666, '2023-11-15', 'SNP amendment (h)'), position: 'aye', whipInstruction: 'abstain', whipBasis: 'reported', whipStrength: 3 },
  ],
  [
    { divisionId: 2, position: 'aye', members: 150 },
    { divisionId: 2, position: 'no', members: 20 },
    { divisionId: 2, position: 'absent', members: 27 },
  ],
  parties,
);
const history = buildRebellionHistory(judged);

describe('buildRebellionHistory', () => {
  it('judges each vote against the recorded whip, else rule 4’s guess, and counts the whipped votes', () => {
    expect(history).toMatchObject({ rebellions: 2, whippedVotes: 2, absences: 0 });
    expect(history.rebellionEntries.map((e) => [e.division.officialId, e.whip?.origin, e.whip?.basis])).toEqual([
      [1667, 'computed', 'inferred'],
      [1666, 'recorded', 'reported'],
    ]);
  });

  it('says it in words, singular and plural', () => {
    expect(describeRebellionTally({ rebellions: 1, whippedVotes: 1 })).toBe('Defied the whip 1 time in 1 whipped vote');
    expect(describeRebellionTally({ rebellions: 0, whippedVotes: 3 })).toBe('Defied the whip 0 times in 3 whipped votes');
  });
});

describe('<RebellionHistory>', () => {
  it('shows the count with its denominator, the definition and a link to each division', () => {
    const html = renderToStaticMarkup(createElement(RebellionHistory, { list: rebellionListOf(history, new Map([[2, 'Labour']])) }));
    expect(html).toContain('Defied the whip 2 times in 2 whipped votes');
    expect(html).toContain('A whipped vote is a division');
    expect(html).toContain('href="/divisions/1666"');
    expect(html).toContain('href="/divisions/1667"');
    expect(html).toContain('voted for, defying the whip to abstain (three-line whip, reported)');
    // The whip rule 4 inferred says so, and from whose MPs; dates in words, worded on the server.
    expect(html).toMatch(/voted against, defying the inferred whip to vote for \([^)]*Labour[^)]*\)/);
    expect(html).toContain('15 Nov 2023 · voted for');
  });
});
