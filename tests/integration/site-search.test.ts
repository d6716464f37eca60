import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchMembers } from '@/db/queries/members';
import { siteSearch } from '@/db/queries/site-search';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// The site's search box (/search) on the real record of 15 Nov 2023: 650 MPs and their seats, division 1666 and the
// topic it bears on. Each query is one a constituent or campaigner typed, with the answer worked out by hand.

describe('site search: MPs, seats, divisions and topics in one box', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const firstMp = (query: string) => siteSearch(query).people[0]?.name;

  it('finds the ceasefire division and its topic by a word of their titles, and no MP', () => {
    const found = siteSearch('ceasefire');
    expect(found.divisions.map((d) => [d.officialId, d.by])).toEqual([[1666, 'title']]);
    expect(found.topics.map((x) => x.slug)).toEqual(['gaza-immediate-ceasefire']);
    expect(found.people).toEqual([]);
    // Two things found: nothing to go straight to.
    expect(found.exactHref).toBeNull();
  });

  it('tolerates a typo in a title word', () => {
    expect(siteSearch('ceasfire').divisions.map((d) => d.officialId)).toEqual([1666]);
  });

  it.each([
    ['Bolton SE', 'Yasmin Qureshi'],
    ['bolton s.e.', 'Yasmin Qureshi'],
    ['Sir Keir Starmer', 'Keir Starmer'],
    ['Ms Qureshi', 'Yasmin Qureshi'],
    ['Qureshi Bolton', 'Yasmin Qureshi'],
    ['Yasmin Qureshi MP', 'Yasmin Qureshi'],
    ['Starmer Holborn', 'Keir Starmer'],
    ['Quereshi', 'Yasmin Qureshi'],
  ])('“%s” finds %s first', (query, name) => {
    expect(firstMp(query)).toBe(name);
  });

  it('reads SE as south east: Bolton South East, not Boston and Skegness', () => {
    expect(siteSearch('Bolton SE').seats.map((s) => s.name)).toEqual(['Bolton South East']);
    expect(siteSearch('Leeds NW').seats.map((s) => s.name)).toEqual(['Leeds North West']);
  });

  it('reads Saint as St and & as and', () => {
    expect(siteSearch('Saint Albans').seats.map((s) => s.name)).toEqual(['St Albans']);
    expect(siteSearch('St Helens South & Whiston').seats.map((s) => s.name)).toEqual(['St Helens South and Whiston']);
  });

  it('the name and place together work on the MPs page too', () => {
    expect(searchMembers({ query: 'Qureshi Bolton' }).map((m) => m.name)).toEqual(['Yasmin Qureshi']);
  });

  it.each([
    ['1666', '/divisions/1666'],
    ['division 1666', '/divisions/1666'],
    ['15/11/2023', '/divisions/1666'],
    ['15 November 2023', '/divisions/1666'],
    ['2023-11-15', '/divisions/1666'],
  ])('“%s” goes straight to %s: it names one division only', (query, href) => {
    expect(siteSearch(query).exactHref).toBe(href);
  });

  it('an MP by whole name goes to their page; a seat by whole name to its MPs', () => {
    expect(siteSearch('Keir Starmer').exactHref).toMatch(/^\/mps\/\d+$/);
    expect(siteSearch('Sir Keir Starmer').exactHref).toBe(siteSearch('Keir Starmer').exactHref);
    expect(siteSearch('Bolton South East').exactHref).toBe('/mps?q=Bolton%20South%20East');
  });

  it('a surname several MPs share, a partial word or a date with no division names nothing exactly', () => {
    expect(siteSearch('Davies').exactHref).toBeNull();
    expect(siteSearch('Davies').people.length).toBeGreaterThan(1);
    expect(siteSearch('qures').exactHref).toBeNull();
    expect(siteSearch('16/11/2023')).toMatchObject({ divisions: [], exactHref: null });
    expect(siteSearch('31/02/2023').divisions).toEqual([]);
  });

  it('a postcode is left to the MPs page, and nonsense finds nothing anywhere', () => {
    expect(siteSearch('BL3 5AA')).toMatchObject({ postcode: true, people: [], divisions: [] });
    expect(siteSearch('zzqxv')).toMatchObject({ people: [], seats: [], divisions: [], topics: [], exactHref: null });
  });
});
