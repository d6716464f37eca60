import { SubmitButton } from '@/components/forms/submit-button';

/**
 * "Delete this …" at the foot of an edit page. While something still needs the record, the reason is
 * shown and the button is left out; the action checks again itself.
 */
export function DeleteSection({
  noun,
  id,
  version,
  action,
  blocker,
  explanation,
}: {
  noun: string;
  id: number;
  version: string;
  action: (formData: FormData) => Promise<void>;
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
          <p>{explanation} The deletion is kept in the history and can be undone.</p>
          <form action={action} className="space-y-3" aria-label={`Delete ${noun}`}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <div>
              <label htmlFor="delete-reason" className="block font-semibold">
                Why (optional)
              </label>
              <input id="delete-reason" name="reason" className="block w-full border-2 border-ink px-2 py-1.5" />
            </div>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              Delete {noun}
            </SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
