import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteSection } from '@/components/admin/delete-section';
import { DeletedRecord } from '@/components/admin/deleted-record';
import { RecordHistory } from '@/components/admin/record-history';
import { RefusedNotice, SavedNotice } from '@/components/admin/record-notices';
import { UndoNotice } from '@/components/admin/undo-notice';
import { Tag } from '@/components/tag';
import { getPersonDeleteBlocker, getPersonForEdit, listPersonHoldings } from '@/db/queries/admin-people';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { PersonForm } from '../person-form';
import { PersonHoldingsLists } from '../person-holdings';

export const metadata: Metadata = { title: 'Edit person' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/people/${raw}`;
  await requireEditor(path);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const query = await searchParams;
  const person = getPersonForEdit(id);
  const revisions = listRecordRevisions('persons', id);
  const undo = <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />;

  if (!person) {
    // A deleted person keeps their history here, so that the deletion can be undone.
    if (revisions.length === 0) notFound();
    return (
      <DeletedRecord noun="person" revisions={revisions} returnTo={path} back={{ href: '/admin/people', label: 'Back to people' }} undoNotice={undo} />
    );
  }

  const refused = readParam(query, 'deleteRefused');
  const blocker = getPersonDeleteBlocker(id);
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/people">Back to people</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-4xl">
          Edit person: {person.name} {person.needsReview ? <Tag tone="warning">needs review</Tag> : null}
        </h1>
        {person.parliamentId !== null ? (
          <p>
            <Link href={`/mps/${person.parliamentId}`}>Public page for {person.name}</Link>
          </p>
        ) : (
          <p className="text-muted">No public page: add a Parliament member id to give them one.</p>
        )}
        {person.needsReview ? <p>An importer created this person. Check the details; saving the form marks them as reviewed.</p> : null}
      </div>
      {readParam(query, 'saved') ? <SavedNotice /> : null}
      {refused === 'changed' ? <RefusedNotice>Not deleted: someone changed this person since you opened them. Check below, then delete again.</RefusedNotice> : null}
      {refused === 'blocked' && blocker ? <RefusedNotice>Not deleted. {blocker}</RefusedNotice> : null}
      {undo}
      <PersonForm key={person.values.version} id={person.id} initial={person.values} />
      <PersonHoldingsLists personId={person.id} holdings={listPersonHoldings(person.id)} />
      <DeleteSection
        noun="person"
        confirmHref={`/admin/people/${person.id}/delete`}
        version={person.values.version ?? ''}
        blocker={blocker}
        explanation="The person disappears from the site."
      />
      <RecordHistory revisions={revisions} returnTo={path} />
    </div>
  );
}
