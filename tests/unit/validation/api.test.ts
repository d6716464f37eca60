import { describe, expect, it } from 'vitest';
import { divisionsQuerySchema, divisionVotesQuerySchema, mpsQuerySchema, officialIdSchema, parseApiQuery } from '@/lib/validation/api';

const parse = <S extends Parameters<typeof parseApiQuery>[0]>(schema: S, query: string) => parseApiQuery(schema, new URLSearchParams(query));

describe('API query schemas', () => {
  it('defaults paging to page 1 of 50 and accepts up to 200 per page', () => {
    expect(parse(divisionsQuerySchema, '')).toEqual({ success: true, data: { page: 1, per_page: 50 } });
    expect(parse(divisionsQuerySchema, 'page=3&per_page=200')).toEqual({ success: true, data: { page: 3, per_page: 200 } });
  });

  it.each([
    ['per_page=201', 'per_page', 'per_page must be 200 or less'],
    ['per_page=0', 'per_page', 'per_page must be 1 or more'],
    ['page=-1', 'page', 'page must be a whole number'],
    ['page=1.5', 'page', 'page must be a whole number'],
    ['from=15/11/2023', 'from', 'Enter a real date, like 2023-11-15'],
    ['to=2023-02-30', 'to', 'Enter a real date, like 2023-11-15'],
    ['colour=red', 'colour', 'Unknown parameter: colour'],
    ['page=1&page=2', 'page', 'page may be given only once'],
  ])('refuses %s with a message', (query, path, message) => {
    expect(parse(divisionsQuerySchema, query)).toEqual({ success: false, issues: [{ path, message }] });
  });

  it('checks the votes filters', () => {
    expect(parse(divisionVotesQuerySchema, 'position=aye&party=Lab&verdict=rebelled')).toMatchObject({
      success: true,
      data: { position: 'aye', party: 'Lab', verdict: 'rebelled' },
    });
    expect(parse(divisionVotesQuerySchema, 'position=maybe')).toMatchObject({ success: false, issues: [{ path: 'position', message: 'position must be aye, no, both or absent' }] });
    expect(parse(divisionVotesQuerySchema, 'verdict=rebel')).toMatchObject({ success: false, issues: [{ path: 'verdict' }] });
    expect(parse(divisionVotesQuerySchema, 'party=<script>')).toMatchObject({ success: false, issues: [{ path: 'party' }] });
  });

  it('checks the MP search', () => {
    expect(parse(mpsQuerySchema, 'q=  qureshi ')).toMatchObject({ success: true, data: { q: 'qureshi' } });
    expect(parse(mpsQuerySchema, `q=${'x'.repeat(101)}`)).toMatchObject({ success: false, issues: [{ path: 'q', message: 'q must be 100 characters or fewer' }] });
  });

  it('reads official ids and nothing else', () => {
    expect(officialIdSchema.safeParse('1666')).toMatchObject({ success: true, data: 1666 });
    for (const bad of ['0', 'abc', '1666-x', '99999999999', '-1']) expect(officialIdSchema.safeParse(bad).success, bad).toBe(false);
  });
});
