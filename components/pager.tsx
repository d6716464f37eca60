import Link from 'next/link';

type PagerProps = {
  page: number;
  pages: number;
  /** The address of a page, keeping whatever else the reader chose (filters, the section to scroll to). */
  hrefOf: (page: number) => string;
  /** What the pages are of, for screen readers: "Pages of votes". */
  label: string;
  previous: string;
  next: string;
};

/**
 * "← Previous · Page 2 of 7 · Next →" under a paged list: plain links, so paging works without JavaScript and
 * a page can be shared. Nothing when everything fits on one page.
 */
export function Pager({ page, pages, hrefOf, label, previous, next }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev">
          <span aria-hidden="true">← </span>
          {previous}
        </Link>
      ) : null}
      <span>
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next">
          {next}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
