import Link from 'next/link';

/**
 * "Report a mistake or add a source", at the foot of a public page's main content: the readers' form (/report), told
 * which page it was sent from. A plain link, the same for every visitor, so the page stays cacheable.
 */
export function ReportLink({ path }: { path: string }) {
  return (
    <p className="border-t-2 border-line pt-4 text-sm">
      Seen a mistake, or know a source we should cite?{' '}
      <Link href={`/report?${new URLSearchParams({ page: path })}`}>Report a mistake or add a source</Link>
    </p>
  );
}
