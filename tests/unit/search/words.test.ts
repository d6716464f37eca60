import { describe, expect, it } from 'vitest';
import { parseDivisionNumber, parseSearchDate, queryWords, searchWords } from '@/lib/search/words';

describe('how a search query is read', () => {
  it('cuts names and queries into the same words', () => {
    expect(searchWords('Liverpool, Riverside')).toEqual(['liverpool', 'riverside']);
    expect(searchWords('Ynys Môn')).toEqual(['ynys', 'mon']);
    expect(searchWords('Saint Helens & Whiston')).toEqual(['st', 'helens', 'and', 'whiston']);
    expect(searchWords("King's Speech")).toEqual(['kings', 'speech']);
  });

  it('leaves out honorifics while a name remains, and writes out compass points', () => {
    expect(queryWords('Sir Keir Starmer')).toEqual(['keir', 'starmer']);
    expect(queryWords('The Rt Hon Dame Diana Johnson MP')).toEqual(['diana', 'johnson']);
    expect(queryWords('Ms')).toEqual(['ms']);
    expect(queryWords('Bolton SE')).toEqual(['bolton', 'south', 'east']);
    expect(queryWords('Bolton S.E.')).toEqual(['bolton', 'south', 'east']);
    expect(queryWords('Leeds N W')).toEqual(['leeds', 'north', 'west']);
    expect(queryWords('one two three four five six seven eight nine')).toHaveLength(8);
  });

  it.each([
    ['15/11/2023', '2023-11-15'],
    ['15-11-2023', '2023-11-15'],
    ['15.11.23', '2023-11-15'],
    ['2023-11-15', '2023-11-15'],
    ['15 November 2023', '2023-11-15'],
    ['15th Nov 2023', '2023-11-15'],
    ['November 15, 2023', '2023-11-15'],
    ['1 Sept 2023', '2023-09-01'],
  ])('reads “%s” as %s', (query, date) => {
    expect(parseSearchDate(query)).toBe(date);
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    for (const query of ['31/02/2023', '2023-13-01', '15 Novembre 2023', 'ceasefire', '1666', '15 11']) expect(parseSearchDate(query), query).toBeNull();
  });

  it('reads a division number with or without the word', () => {
    expect(parseDivisionNumber('1666')).toBe(1666);
    expect(parseDivisionNumber('Division 1666')).toBe(1666);
    expect(parseDivisionNumber('#1666')).toBe(1666);
    expect(parseDivisionNumber('1666 ceasefire')).toBeNull();
  });
});
