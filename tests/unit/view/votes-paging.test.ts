import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pager } from '@/components/pager';
import { readVotesPage } from '@/lib/view/member-view';

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
