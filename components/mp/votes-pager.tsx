import Link from 'next/link';

/**
 * "Newer votes · Page 2 of 60 · Older votes" under a page of an MP's votes: plain links, so paging works without
 * JavaScript. Nothing when the record fits on one page.
 */
export function VotesPager({ page, pages, hrefOf }: { page: number; pages: number; hrefOf: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of votes" className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>Newer votes
        </Link>
      ) : null}
      <span>
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next">
          Older votes<span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
