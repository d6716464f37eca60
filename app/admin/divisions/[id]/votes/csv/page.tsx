import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DivisionAdminHeader } from '@/components/admin/division-admin-header';
import { getDivisionHeading } from '@/db/queries/admin-divisions';
import { requireEditor } from '@/lib/auth/server';
import { formatDate } from '@/lib/view/format';
import { VoteCsvForm } from '../vote-csv-form';

export const metadata: Metadata = { title: 'Paste votes' };

export default async function PasteVotesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireEditor(`/admin/divisions/${raw}/votes/csv`);
  const id = Number(raw);
  const division = Number.isSafeInteger(id) && id > 0 ? getDivisionHeading(id) : null;
  if (!division) notFound();

  return (
    <div className="space-y-8">
      <DivisionAdminHeader division={division} current="votes" title="Paste votes" />
      <div className="max-w-3xl space-y-2">
        <p>
          Every line is checked before anything is written: each member id must be known, and the member must have been an MP
          on {formatDate(division.date)} (a membership covering that date gives their party and seat on the day). If any line
          has a problem, nothing is written. Otherwise all the votes are saved as one change, which can be undone.
        </p>
        <p>
          Members not in the list keep their votes. <Link href={`/admin/divisions/${division.id}/votes`}>Back to the votes</Link>.
        </p>
      </div>
      <VoteCsvForm divisionId={division.id} />
    </div>
  );
}
