import Link from 'next/link';

/**
 * Previous and next links between pages of the explorer's list, with "Page 2 of 7": plain links that keep
 * every filter (`hrefOf` builds them), so they work without JavaScript and can be shared.
 */
export function RebelsPager({ page, pages, hrefOf }: { page: number; pages: number; hrefOf: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of rebels" className="flex flex-wrap items-center gap-x-6 gap-y-2">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page.toLocaleString('en-GB')} of {pages.toLocaleString('en-GB')}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
