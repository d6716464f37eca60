import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RebellionHistory } from '@/components/rebellion-history';
import { assessMemberVotes } from '@/lib/view/member-view';
import { buildRebellionHistory, describeRebellionTally, rebellionListOf, REBELLIONS_SHOWN, type RebellionHistory as History } from '@/lib/view/rebellion-history';

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

describe('a long record against the whip', () => {
  // 25 rebellions, newest first: divisions 2025 down to 2001, held on 25 December 2023 down to the 1st, each against a
  // reported whip to vote for.
  const entries = Array.from({ length: 25 }, (_, i) => ({
    division: { officialId: 2025 - i, date: `2023-12-${String(25 - i).padStart(2, '0')}`, title: `Division ${2025 - i}` },
    position: 'no' as const,
    partyId: 2,
    whip: { instruction: 'aye' as const, strength: 2, basis: 'reported' as const, origin: 'recorded' as const },
    verdict: 'rebelled' as const,
  }));
  const long: History = { rebellions: 25, whippedVotes: 400, absences: 3, recordedAbstentions: 0, rebellionEntries: entries };
  const shown = { allHref: '/mps/1?page=2&rebellions=all#rebellion-history-heading', fewerHref: '/mps/1?page=2#rebellion-history-heading' };
  const draw = (all: boolean) => renderToStaticMarkup(createElement(RebellionHistory, { list: rebellionListOf(long, undefined, { ...shown, all }) }));

  it('lists the most recent, says how many of how many, and links to them all', () => {
    const list = rebellionListOf(long, undefined, { ...shown, all: false });
    expect(REBELLIONS_SHOWN).toBe(10);
    expect(list.rebellions.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => 2025 - i));
    expect(list.tally).toBe('Defied the whip 25 times in 400 whipped votes');
    expect(list.more).toEqual({ note: 'The 10 most recent of 25.', href: shown.allHref, label: 'Show all 25 votes against the whip' });
    const html = draw(false);
    expect(html.match(/<li>/g)).toHaveLength(10);
    expect(html).toContain('The 10 most recent of 25. <a href="/mps/1?page=2&amp;rebellions=all#rebellion-history-heading">Show all 25 votes against the whip</a>');
    expect(html).not.toContain('href="/divisions/2015"');
  });

  it('lists every one when asked, newest first, with the way back to the few', () => {
    const list = rebellionListOf(long, undefined, { ...shown, all: true });
    expect(list.rebellions.map((r) => r.id)).toEqual(entries.map((e) => e.division.officialId));
    expect(list.more).toEqual({ note: 'All 25, newest first.', href: shown.fewerHref, label: 'Show only the 10 most recent' });
    expect(draw(true).match(/<li>/g)).toHaveLength(25);
  });

  it('needs no link when there are no more than it lists, and lists every one when not told how many to show', () => {
    const few = { ...long, rebellions: 10, rebellionEntries: entries.slice(0, 10) };
    expect(rebellionListOf(few, undefined, { ...shown, all: false })).toEqual(rebellionListOf(few));
    expect(rebellionListOf(few, undefined, { ...shown, all: false }).more).toBeUndefined();
    expect(rebellionListOf(long).rebellions).toHaveLength(25);
    expect(rebellionListOf(long).more).toBeUndefined();
  });
});
