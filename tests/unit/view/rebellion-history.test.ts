import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RebellionHistory } from '@/components/rebellion-history';
import { buildRebellionHistory, describeRebellionTally } from '@/lib/view/rebellion-history';

// Division 1666 as Yasmin Qureshi lived it: Labour (party 2) whipped to abstain (recorded, reported); she voted
// aye. Labour's tally (tellers included) is the record's: 56 aye, 0 no, 141 absent. Division 1667 is made up:
// no whip recorded, Labour 150 aye to 20 no, and she voted no — a rebellion against rule 4's guess.
const history = buildRebellionHistory({
  votes: [
    { divisionId: 2, officialId: 1667, date: '2023-11-20', title: 'Made-up division', partyId: 2, position: 'no' },
    { divisionId: 1, officialId: 1666, date: '2023-11-15', title: 'SNP amendment (h)', partyId: 2, position: 'aye' },
  ],
  tallies: [
    { divisionId: 1, partyId: 2, ayes: 56, noes: 0, both: 0, absent: 141 },
    { divisionId: 2, partyId: 2, ayes: 150, noes: 20, both: 0, absent: 27 },
  ],
  whips: [{ divisionId: 1, partyId: 2, instruction: 'abstain', basis: 'reported', strength: 3 }],
  parties: [{ id: 2, kind: 'party' }],
});

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
    const html = renderToStaticMarkup(createElement(RebellionHistory, { history }));
    expect(html).toContain('Defied the whip 2 times in 2 whipped votes');
    expect(html).toContain('A whipped vote is a division');
    expect(html).toContain('href="/divisions/1666"');
    expect(html).toContain('href="/divisions/1667"');
    expect(html).toContain('against the whip to abstain (three-line whip, reported)');
  });
});
