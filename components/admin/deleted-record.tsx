import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RevisionRow } from '@/db/queries/revisions';
import { RecordHistory } from './record-history';
import { SavedNotice } from './record-notices';

/**
 * The page of a record that has been deleted: its history stays reachable at the same address, so that
 * the deletion can be undone where the editor left it.
 */
export function DeletedRecord({
  noun,
  revisions,
  returnTo,
  back,
  undoNotice,
}: {
  noun: string;
  revisions: RevisionRow[];
  returnTo: string;
  back: { href: string; label: string } | null;
  undoNotice: ReactNode;
}) {
  return (
    <div className="space-y-8">
      {back ? (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      <h1 className="text-4xl">Deleted {noun}</h1>
      {undoNotice}
      <SavedNotice>This {noun} is deleted and no longer on the public pages. To bring it back, undo the deletion below.</SavedNotice>
      <RecordHistory revisions={revisions} returnTo={returnTo} />
    </div>
  );
}

/** Where a deleted record that belonged to a person links back to. */
export function backToPersonOf(revisions: RevisionRow[]): { href: string; label: string } | null {
  const last = revisions[0]?.before ?? revisions[0]?.after;
  return typeof last?.personId === 'number' ? { href: `/admin/people/${last.personId}`, label: 'Back to the person' } : null;
}
