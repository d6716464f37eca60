import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteSection } from '@/components/admin/delete-section';
import { backToPersonOf, DeletedRecord } from '@/components/admin/deleted-record';
import { RecordHistory } from '@/components/admin/record-history';
import { RefusedNotice, SavedNotice } from '@/components/admin/record-notices';
import { UndoNotice } from '@/components/admin/undo-notice';
import { ClearedNotice } from '@/components/forms/cleared-notice';
import { getMembershipForEdit, listConstituencyOptions, listPartyOptions } from '@/db/queries/admin-memberships';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { MembershipForm } from '../membership-form';

export const metadata: Metadata = { title: 'Edit membership' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditMembershipPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/memberships/${raw}`;
  await requireEditor(path);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const query = await searchParams;
  const membership = getMembershipForEdit(id);
  const revisions = listRecordRevisions('memberships', id);
  const undo = <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />;

  if (!membership) {
    if (revisions.length === 0) notFound();
    return <DeletedRecord noun="membership" revisions={revisions} returnTo={path} back={backToPersonOf(revisions)} undoNotice={undo} />;
  }

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/people/${membership.personId}`}>Back to {membership.values.person}</Link>
      </p>
      <h1 className="text-4xl">Edit membership: {membership.values.person}</h1>
      {readParam(query, 'saved') ? <SavedNotice /> : null}
      <ClearedNotice cleared={query.cleared} />
      {readParam(query, 'deleteRefused') ? (
        <RefusedNotice>Not deleted: someone changed this membership since you opened it. Check it below, then delete again.</RefusedNotice>
      ) : null}
      {undo}
      <MembershipForm
        key={membership.values.version}
        id={membership.id}
        initial={membership.values}
        parties={listPartyOptions()}
        constituencies={listConstituencyOptions()}
      />
      <DeleteSection
        noun="membership"
        confirmHref={`/admin/memberships/${membership.id}/delete`}
        version={membership.values.version ?? ''}
        explanation="The period disappears from the person’s record; votes keep the party recorded on the day."
      />
      <RecordHistory revisions={revisions} returnTo={path} />
    </div>
  );
}
