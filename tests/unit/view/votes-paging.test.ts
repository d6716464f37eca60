import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MEMBERS_PER_PAGE, pageOfMembers } from '@/lib/view/division-view';
import { Pager } from '@/components/pager';
import { readVotesPage, SAID_PER_PAGE } from '@/lib/view/member-view';
import { pageOfList } from '@/lib/view/paging';

const hrefOf = (page: number) => `/mps/4001${page > 1 ? `?page=${page}` : ''}#votes`;
const pager = (page: number, pages: number) => renderToStaticMarkup(createElement(Pager, { page, pages, hrefOf, label: 'Pages of votes', previous: 'Newer votes', next: 'Older votes' }));

describe('readVotesPage', () => {
  it('reads a whole number from 1, and anything else as the first page', () => {
    expect(readVotesPage({ page: '2' })).toBe(2);
    expect(readVotesPage({ page: ['3', '4'] })).toBe(3);
    expect(readVotesPage({ page: '60' })).toBe(60);
    for (const raw of [undefined, '', ' ', '0', '-2', '1.5', 'abc', '2x', '1e3']) expect(readVotesPage({ page: raw })).toBe(1);
  });

  it('leaves a page past the last one to the page to refuse', () => {
    expect(readVotesPage({ page: '99999' })).toBe(99999);
  });
});

describe('<Pager> under an MP’s votes', () => {
  it('in the middle: newer and older votes, and where the reader is', () => {
    const html = pager(2, 60);
    expect(html).toContain('aria-label="Pages of votes"');
    expect(html).toMatch(/<a [^>]*href="\/mps\/4001#votes"[^>]*>.*Newer votes<\/a>/);
    expect(html).toMatch(/<a [^>]*href="\/mps\/4001\?page=3#votes"[^>]*>Older votes.*<\/a>/);
    expect(html).toContain('Page 2 of 60');
  });

  it('no newer votes on the first page, no older ones on the last', () => {
    expect(pager(1, 3)).not.toContain('Newer votes');
    expect(pager(1, 3)).toContain('href="/mps/4001?page=2#votes"');
    expect(pager(3, 3)).not.toContain('Older votes');
    expect(pager(3, 3)).toContain('href="/mps/4001?page=2#votes"');
    expect(pager(3, 3)).toContain('Page 3 of 3');
  });

  it('nothing when the record fits on one page', () => {
    expect(pager(1, 1)).toBe('');
  });
});

describe('a division page’s members, sixty at a time', () => {
  const members = Array.from({ length: 650 }, (_, i) => i + 1);

  it('gives the page asked for, and says where it sits in the whole', () => {
    expect(MEMBERS_PER_PAGE).toBe(60);
    expect(pageOfMembers(members, undefined)).toMatchObject({ page: 1, pages: 11, first: 1, last: 60 });
    const third = pageOfMembers(members, '3');
    expect(third).toMatchObject({ page: 3, requested: 3, first: 121, last: 180 });
    expect(third.rows[0]).toBe(121);
    expect(pageOfMembers(members, '11')).toMatchObject({ first: 601, last: 650 });
  });

  it('shows the first page for a value that is not a page, and the last for one past it, saying so', () => {
    for (const raw of ['0', '-1', 'two', '1.5', '']) expect(pageOfMembers(members, raw).page, raw).toBe(1);
    expect(pageOfMembers(members, '99')).toMatchObject({ page: 11, requested: 99, first: 601 });
    expect(pageOfMembers([], undefined)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0 });
  });
});

describe('pages of what an MP said', () => {
  it('shows 10 divisions a page, newest first as given, the last page when asked past it', () => {
    const entries = Array.from({ length: 61 }, (_, i) => i + 1);
    expect(SAID_PER_PAGE).toBe(10);
    expect(pageOfList(entries, undefined, SAID_PER_PAGE)).toMatchObject({ page: 1, pages: 7, first: 1, last: 10 });
    expect(pageOfList(entries, '7', SAID_PER_PAGE)).toMatchObject({ first: 61, last: 61, rows: [61] });
    expect(pageOfList(entries, '12', SAID_PER_PAGE)).toMatchObject({ page: 7, requested: 12 });
    expect(pageOfList(entries.slice(0, 10), undefined, SAID_PER_PAGE).pages).toBe(1);
  });
});
