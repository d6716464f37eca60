import type { Metadata } from 'next';
import Link from 'next/link';
import { MAX_REPORTS_PER_CLIENT } from '@/db/mutations/reader-reports';
import { MAX_REPORT_LENGTH, reportPagePath } from '@/lib/validation/suggestions';
import { readParam, type SearchParams } from '@/lib/view/params';
import { ReportForm } from './report-form';

export const metadata: Metadata = {
  title: 'Report a mistake or add a source',
  description: 'Tell the editors about a mistake on a page, or a source they should cite. No account needed.',
  robots: { index: false },
};

// The same for every visitor (the page it is about comes from the address): kept by the caches like any public page.
// The form posts to a server action, and a POST is never kept (scripts/lib/server.mjs).
export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = reportPagePath(readParam(await searchParams, 'page'));
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Report a mistake or add a source</h1>
      {page ? (
        <p>
          About the page <Link href={page}>{page}</Link>.
        </p>
      ) : (
        <p>About the site as a whole. To report something on one page, use the link at the foot of that page.</p>
      )}
      <div className="max-w-3xl space-y-2">
        <p>
          Tell us what is wrong, or what a source shows that the page does not. An editor reads every report and checks it
          against the sources; nothing on the site changes until they have. What you write is read by the editors only and
          is never published.
        </p>
        <p className="text-sm text-muted">
          We do not ask for your name or email address, and keep nothing about you with the report: so we cannot write back.
          Up to {MAX_REPORT_LENGTH.toLocaleString('en-GB')} characters; at most {MAX_REPORTS_PER_CLIENT} reports an hour from one
          address.
        </p>
      </div>
      <ReportForm page={page ?? ''} />
    </div>
  );
}
