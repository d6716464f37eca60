import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteSection } from '@/components/admin/delete-section';
import { DivisionAdminHeader } from '@/components/admin/division-admin-header';
import { RecordHistory } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { getDivisionForEdit } from '@/db/queries/admin-divisions';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { DivisionForm } from '../division-form';

export const metadata: Metadata = { title: 'Edit division' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditDivisionPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/divisions/${raw}`;
  await requireEditor(path);
  const query = await searchParams;
  const id = Number(raw);
  const division = Number.isSafeInteger(id) && id > 0 ? getDivisionForEdit(id) : null;
  if (!division) {
    // Undoing the upload or creation of a division from its own history removes it: say so, not "not found".
    const undone = readParam(query, 'undone');
    if (!undone) notFound();
    return (
      <div className="space-y-6">
        <h1 className="text-4xl">Division removed</h1>
        <UndoNotice undone={undone} />
        <p>
          The division is no longer in the database. <Link href="/admin/changes?type=divisions">Recent changes to divisions</Link>{' '}
          can bring it back.
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      <DivisionAdminHeader division={division.heading} current="details" title="Edit division" />
      {readParam(query, 'saved') ? (
        <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          Saved. The public pages show the change now.
        </div>
      ) : null}
      {readParam(query, 'deleteRefused') ? (
        <div role="alert" className="border-4 border-no p-3 font-semibold">
          Not deleted: someone changed this division since you opened it. Check it below, then delete again.
        </div>
      ) : null}
      <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />
      <DivisionForm key={division.values.version} id={division.heading.id} initial={division.values} />
      <DeleteSection
        noun="division"
        confirmHref={`/admin/divisions/${division.heading.id}/delete`}
        version={division.values.version ?? ''}
        explanation={`The division disappears from the public pages with its ${division.heading.votes} votes, its whips and its topic links.`}
      />
      <RecordHistory revisions={listRecordRevisions('divisions', division.heading.id)} returnTo={path} />
    </div>
  );
}
