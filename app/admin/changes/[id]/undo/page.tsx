import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChangeLinks, changeHref, FieldChanges } from '@/components/admin/record-history';
import { SubmitButton } from '@/components/forms/submit-button';
import { getUndoPreview } from '@/db/queries/undo-preview';
import { safeNextPath } from '@/lib/auth/safe-next';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { changeLinks } from '@/lib/view/revision-view';
import { formatUkDateTime } from '@/lib/view/uk-time';
import { undoChange } from '../../actions';

export const metadata: Metadata = { title: 'Undo a change' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** Says what undoing a change will do, with counts, before it is done; or why it cannot be undone. */
export default async function ConfirmUndoPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  await requireEditor(`/admin/changes/${raw}/undo`);
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const preview = getUndoPreview(id);
  if (!preview) notFound();
  const returnTo = safeNextPath(readParam(await searchParams, 'returnTo'), '/admin/changes');
  const { revision, context, description } = preview;
  const links = changeLinks(revision, context.names);

  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href={returnTo}>Back</Link>
      </p>
      <h1 className="text-4xl">Undo change #{revision.id}?</h1>
      <section aria-labelledby="change-heading" className="space-y-1 border-2 border-line p-3">
        <h2 id="change-heading" className="text-xl">
          The change
        </h2>
        <p className="font-semibold">
          #{revision.id}: {description}
        </p>
        <p className="text-sm">
          By <strong>{revision.actorLabel}</strong>, <time dateTime={revision.at}>{formatUkDateTime(revision.at)}</time>
          {revision.reason ? <>. Reason: {revision.reason}</> : null}
        </p>
        {revision.undoOf !== null ? (
          <p className="text-sm">
            It is itself the undo of <Link href={changeHref(revision.undoOf)}>change #{revision.undoOf}</Link>: undoing it makes that change again.
          </p>
        ) : null}
        <ChangeLinks links={links} />
      </section>

      {preview.status === 'refused' ? (
        <section aria-labelledby="refused-heading" className="space-y-3">
          <h2 id="refused-heading" className="text-2xl">
            This change cannot be undone now
          </h2>
          <p role="alert" className="border-4 border-no p-3 font-semibold">
            {preview.reason}
          </p>
          {preview.blocking ? (
            <p>
              <Link href={changeHref(preview.blocking.id)}>See change #{preview.blocking.id} in Recent changes</Link>
            </p>
          ) : null}
          <p>
            <Link href={returnTo}>Go back</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="effects-heading" className="space-y-4">
          <h2 id="effects-heading" className="text-2xl">
            What the undo will do
          </h2>
          {preview.effects.map((e) => (
            <p key={e} className="text-lg font-semibold">
              {e}
            </p>
          ))}
          <FieldChanges revision={{ id: revision.id, before: {}, after: {} }} fields={preview.fields} />
          <p>
            The public pages show the result at once. The undo is kept in the history as a change of its own: to reverse it, undo it
            from <Link href="/admin/changes?kind=undo">Recent changes</Link>.
          </p>
          <form action={undoChange} aria-label={`Confirm undo of change #${revision.id}`} className="flex flex-wrap items-center gap-4">
            <input type="hidden" name="revisionId" value={revision.id} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <SubmitButton variant="danger" pendingLabel="Undoing…">
              Confirm undo
            </SubmitButton>
            <Link href={returnTo}>Cancel</Link>
          </form>
        </section>
      )}
    </div>
  );
}
