import Link from 'next/link';

/**
 * "Delete this …" at the foot of an edit page: a link to the page that says what the deletion takes with it
 * (counts) and asks to confirm. While something still needs the record, the reason is shown instead; the
 * confirmation page and the action check again themselves.
 */
export function DeleteSection({
  noun,
  confirmHref,
  version,
  blocker,
  explanation,
}: {
  noun: string;
  /** The confirmation page, e.g. /admin/divisions/12/delete. */
  confirmHref: string;
  /** The version the editor is looking at, so that a deletion of a record changed since is refused. */
  version: string;
  blocker?: string | null;
  explanation: string;
}) {
  return (
    <section aria-labelledby="delete-heading" className="max-w-3xl space-y-3 border-t-2 border-line pt-6">
      <h2 id="delete-heading" className="text-2xl">
        Delete this {noun}
      </h2>
      {blocker ? (
        <p>
          <strong>This {noun} cannot be deleted yet.</strong> {blocker}
        </p>
      ) : (
        <>
          <p>
            {explanation} The next page says what goes with it and asks you to confirm. The deletion is kept in the history and can
            be undone.
          </p>
          <p>
            <Link
              href={`${confirmHref}${version ? `?${new URLSearchParams({ version })}` : ''}`}
              className="inline-block border-2 border-ink bg-no px-4 py-2 font-semibold text-on-fill no-underline hover:bg-no-strong"
            >
              Delete {noun}…
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
