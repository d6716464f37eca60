import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SubmitButton } from '@/components/forms/submit-button';
import { getDeleteImpact } from '@/db/queries/delete-impact';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';

export const deleteMetadata = (noun: string): Metadata => ({ title: `Delete ${noun}` });

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
  /** The revisions' table name of the record kind (db/mutations/records.ts). */
  table: string;
  noun: string;
  /** The record's edit page, without the id: /admin/divisions. */
  base: string;
  /** The delete action, which reads `id`, `version` and `reason`. */
  action: (formData: FormData) => Promise<void>;
  /** What comes back if the deletion is undone: "the division with its votes, whips and topic links". */
  restores: string;
};

/**
 * The page between "Delete …" and the deletion (/admin/{kind}/{id}/delete): what will go, counted, how to get it
 * back, and a button to confirm. Works without JavaScript.
 */
export async function DeleteConfirmation({ params, searchParams, table, noun, base, action, restores }: Props) {
  const { id: raw } = await params;
  const editPath = `${base}/${raw}`;
  await requireEditor(`${editPath}/delete`);
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const impact = getDeleteImpact(table, id);
  if (!impact) notFound();
  const version = readParam(await searchParams, 'version') ?? impact.version;
  const back = impact.back ?? { href: editPath, label: `the ${noun}` };
  const changed = version !== impact.version;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={back.href}>Back to {back.label}</Link>
      </p>
      <h1 className="text-4xl">Delete this {noun}?</h1>
      <p className="text-lg">{impact.subject}</p>
      {impact.blocker ? (
        <div className="space-y-3">
          <p role="alert" className="border-4 border-no p-3 font-semibold">
            This {noun} cannot be deleted yet. {impact.blocker}
          </p>
          <p>
            <Link href={back.href}>Back to {back.label}</Link>
          </p>
        </div>
      ) : (
        <section aria-labelledby="effects-heading" className="space-y-4">
          <h2 id="effects-heading" className="text-2xl">
            What will be deleted
          </h2>
          {changed ? (
            <p role="alert" className="border-4 border-no p-3 font-semibold">
              Someone changed this {noun} after you opened it. Check it on its page first: the deletion below would be refused.
            </p>
          ) : null}
          {impact.effects.map((e) => (
            <p key={e} className={e.startsWith('This will') ? 'text-lg font-semibold' : undefined}>
              {e}
            </p>
          ))}
          <p>
            <strong>How to undo it:</strong> the deletion is kept in the history with everything it removed. Undo it from{' '}
            <Link href={`/admin/changes?type=${table}&record=${id}`}>Recent changes</Link> (or from {impact.back ? back.label : `the ${noun}’s page`}) to bring back {restores}.
          </p>
          <form action={action} aria-label={`Confirm deletion of the ${noun}`} className="space-y-3">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <div>
              <label htmlFor="delete-reason" className="block font-semibold">
                Why (optional)
              </label>
              <input id="delete-reason" name="reason" className="block w-full border-2 border-ink px-2 py-1.5" />
            </div>
            <div className="flex flex-wrap items-center gap-4">
              <SubmitButton variant="danger" pendingLabel="Deleting…">
                Confirm delete
              </SubmitButton>
              <Link href={back.href}>Cancel</Link>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
