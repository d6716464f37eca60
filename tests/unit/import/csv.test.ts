import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/import/csv';
import { ImportError } from '@/lib/import/errors';
import { parseSourceList } from '@/lib/import/sources';
import { slugify, toSortName } from '@/lib/slug';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'name,constituency,note\r\nAfzal Khan,"Manchester, Gorton","said ""no"""\nA,B,"two\nlines"\n';
    expect(parseCsv(text, 'x.csv')).toEqual([
      { name: 'Afzal Khan', constituency: 'Manchester, Gorton', note: 'said "no"' },
      { name: 'A', constituency: 'B', note: 'two\nlines' },
    ]);
  });

  it('ignores a byte-order mark and a final blank line', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n\n', 'x.csv')).toEqual([{ a: '1', b: '2' }]);
  });

  it('names the file and the row when a row has the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'members.csv')).toThrow(new ImportError('members.csv', 'row 3', 'has 1 fields, the header has 2'));
  });

  it('refuses an unclosed quote and an empty file', () => {
    expect(() => parseCsv('a,b\n"1,2\n', 'x.csv')).toThrow(/x\.csv: line \d+: a quoted field is never closed/);
    expect(() => parseCsv('', 'empty.csv')).toThrow(/empty\.csv: the file is empty/);
  });
});

describe('parseSourceList', () => {
  it('splits URLs on " ; " and keeps text that is not a URL as a note', () => {
    expect(
      parseSourceList('https://votes.parliament.uk/votes/commons/division/1666 ; data via a public copy ; https://example.org/a,b'),
    ).toEqual([{ url: 'https://votes.parliament.uk/votes/commons/division/1666', note: 'data via a public copy' }, { url: 'https://example.org/a,b' }]);
  });
});

describe('names', () => {
  it('makes URL slugs and Parliament-style sort names', () => {
    expect(slugify('Sinn Féin')).toBe('sinn-fein');
    expect(slugify('Social Democratic & Labour Party')).toBe('social-democratic-and-labour-party');
    expect(toSortName('Mary Kelly Foy')).toBe('Foy, Mary Kelly');
    expect(toSortName('Yasmin Qureshi')).toBe('Qureshi, Yasmin');
  });
});
