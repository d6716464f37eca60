import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteSection } from '@/components/admin/delete-section';
import { backToPersonOf, DeletedRecord } from '@/components/admin/deleted-record';
import { RecordHistory } from '@/components/admin/record-history';
import { RefusedNotice, SavedNotice } from '@/components/admin/record-notices';
import { UndoNotice } from '@/components/admin/undo-notice';
import { listPartyOptions } from '@/db/queries/admin-memberships';
import { getStanceForEdit, listTopicOptions } from '@/db/queries/admin-stances';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { StanceForm } from '../stance-form';

export const metadata: Metadata = { title: 'Edit stance' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditStancePage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/stances/${raw}`;
  await requireEditor(path);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const query = await searchParams;
  const stance = getStanceForEdit(id);
  const revisions = listRecordRevisions('stances', id);
  const undo = <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />;

  if (!stance) {
    if (revisions.length === 0) notFound();
    return <DeletedRecord noun="stance" revisions={revisions} returnTo={path} back={backToPersonOf(revisions)} undoNotice={undo} />;
  }

  return (
    <div className="space-y-8">
      <p>
        {stance.personId !== null ? (
          <Link href={`/admin/people/${stance.personId}`}>Back to {stance.values.person}</Link>
        ) : (
          <Link href={`/admin/topics/${stance.topicId}`}>Back to the topic</Link>
        )}
      </p>
      <h1 className="text-4xl">Edit stance: {stance.values.speaker}</h1>
      {readParam(query, 'saved') ? <SavedNotice /> : null}
      {readParam(query, 'deleteRefused') ? (
        <RefusedNotice>Not deleted: someone changed this stance since you opened it. Check it below, then delete again.</RefusedNotice>
      ) : null}
      {undo}
      <StanceForm key={stance.values.version} id={stance.id} initial={stance.values} topics={listTopicOptions()} parties={listPartyOptions()} />
      <DeleteSection
        noun="stance"
        confirmHref={`/admin/stances/${stance.id}/delete`}
        version={stance.values.version ?? ''}
        explanation="The words disappear from the public pages."
      />
      <RecordHistory revisions={revisions} returnTo={path} />
    </div>
  );
}
