import { describe, expect, it } from 'vitest';
import { currentSection } from '@/components/admin/admin-nav';
import { readChangesFilter, ukDayStart } from '@/lib/view/changes-filter';
import { describeChange, diffRevision } from '@/lib/view/revision-view';
import { formatUkDateTime } from '@/lib/view/uk-time';
import { emptyNameBook } from '@/lib/view/revision-words';
import { diffWords } from '@/lib/view/text-diff';

const names = emptyNameBook();
names.parties.set(2, { name: 'Labour', abbreviation: 'Lab' });
names.divisions.set(1, { officialId: 1666, title: 'SNP amendment (h)', date: '2023-11-15' });
names.persons.set(501, { name: 'Yasmin Qureshi', parliamentId: 3924 });

describe('the history in words', () => {
  it('gives times in UK local time, GMT in winter and BST in summer', () => {
    expect(formatUkDateTime('2023-11-15T19:42:10.123Z')).toBe('15 November 2023, 19:42 GMT');
    expect(formatUkDateTime('2024-07-01T08:05:00Z')).toBe('1 July 2024, 09:05 BST');
    // The night the clocks go back: 00:30 UTC is 01:30 BST, 01:30 UTC is 01:30 GMT.
    expect(formatUkDateTime('2023-10-29T00:30:00Z')).toBe('29 October 2023, 01:30 BST');
    expect(formatUkDateTime('2023-10-29T01:30:00Z')).toBe('29 October 2023, 01:30 GMT');
  });

  it('describes a whip’s change by its instruction, and a post’s by the field in words', () => {
    const whip = { tableName: 'whips', recordId: '1', action: 'update' as const, before: { divisionId: 1, partyId: 2, instruction: 'abstain', strength: 3 }, after: { divisionId: 1, partyId: 2, instruction: 'free', strength: null } };
    expect(describeChange(whip, names)).toBe('Labour’s whip on division 1666: abstain → free vote');
    const post = { tableName: 'posts', recordId: '7', action: 'update' as const, before: { personId: 501, title: 'Shadow Minister for Health', endDate: null }, after: { personId: 501, title: 'Shadow Minister for Health', endDate: '2023-11-08' } };
    expect(describeChange(post, names)).toBe('Post of Yasmin Qureshi (Shadow Minister for Health): end date set to 8 November 2023');
    expect(diffRevision(post, names)).toEqual([{ key: 'endDate', label: 'Ended', before: null, after: '8 November 2023' }]);
    // A division no longer held is named from its own snapshot.
    const gone = { tableName: 'divisions', recordId: '9', action: 'delete' as const, before: { id: 9, officialId: 1700, officialTitle: 'Some Bill', votes: [] }, after: null };
    expect(describeChange(gone, names)).toBe('Division 1700 (“Some Bill”): deleted');
  });

  it('diffs long text word by word', () => {
    expect(diffWords('I intend to vote for this motion.', 'I intend to vote against this motion.')).toEqual([
      { text: 'I intend to vote ', change: 'same' },
      { text: 'for ', change: 'removed' },
      { text: 'against ', change: 'added' },
      { text: 'this motion.', change: 'same' },
    ]);
    expect(diffWords('same', 'same')).toEqual([{ text: 'same', change: 'same' }]);
  });

  it('reads UK days as UK midnights, and names bad filters', () => {
    expect(ukDayStart('2023-11-15')).toBe('2023-11-15T00:00:00.000Z');
    expect(ukDayStart('2024-07-01')).toBe('2024-06-30T23:00:00.000Z');
    // The day the clocks go forward starts at midnight GMT: the clocks change at 01:00.
    expect(ukDayStart('2024-03-31')).toBe('2024-03-31T00:00:00.000Z');
    const form = readChangesFilter({ from: '15/11/2023', to: '14/11/2023', type: 'whips', record: 'x' });
    expect(form.errors).toEqual({ to: 'The last day cannot be before the first', record: 'Enter the record’s id as a whole number, like 12' });
    expect(form.filter).toEqual({ tableName: 'whips' });
    expect(readChangesFilter({ from: '2023-11-15', kind: 'undo', division: 'division 1666' }).filter).toEqual({
      fromAt: '2023-11-15T00:00:00.000Z',
      kind: 'undo',
      divisionNumber: 1666,
    });
  });

  it('marks the admin section a page belongs to', () => {
    const sections = [
      { href: '/admin', label: 'Overview' },
      { href: '/admin/people', label: 'People', also: ['/admin/posts'] },
      { href: '/admin/changes', label: 'Changes' },
    ];
    expect(currentSection('/admin', sections)).toBe('/admin');
    expect(currentSection('/admin/changes/12/undo', sections)).toBe('/admin/changes');
    expect(currentSection('/admin/posts/2', sections)).toBe('/admin/people');
    expect(currentSection('/admin/peoplex', sections)).toBe(null);
  });
});
