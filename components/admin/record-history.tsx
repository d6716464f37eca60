import { undoChange } from '@/app/admin/changes/actions';
import type { RevisionRow } from '@/db/queries/revisions';
import { canUndo, describeChange, changedFields, formatValue } from '@/lib/view/revision-view';

/** The history of a record, newest first, each change with what it changed and a button to undo it. */
export function RecordHistory({ revisions, returnTo, title = 'History' }: { revisions: RevisionRow[]; returnTo: string; title?: string }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-2xl">
        {title}
      </h2>
      {revisions.length === 0 ? <p>No changes recorded yet.</p> : null}
      <ol className="space-y-3">
        {revisions.map((r) => (
          <li key={r.id}>
            <RevisionCard revision={r} returnTo={returnTo} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function RevisionCard({ revision, returnTo, showRecord = false }: { revision: RevisionRow; returnTo: string; showRecord?: boolean }) {
  const fields = changedFields(revision);
  return (
    <article className="space-y-2 border-2 border-line p-3" aria-label={`Change #${revision.id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <strong>Change #{revision.id}</strong>: {describeChange(revision, showRecord)} by <strong>{revision.actorLabel}</strong>,{' '}
          <time dateTime={revision.at}>{revision.at.replace('T', ' ').slice(0, 16)} UTC</time>
        </p>
        {canUndo(revision.tableName) ? (
          <form action={undoChange}>
            <input type="hidden" name="revisionId" value={revision.id} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit" className="border-2 border-ink bg-paper px-2 py-1 text-sm font-semibold hover:bg-line">
              Undo change #{revision.id}
            </button>
          </form>
        ) : null}
      </div>
      {revision.reason ? <p className="text-sm">Reason: {revision.reason}</p> : null}
      {fields.length > 0 ? (
        <table className="data-table text-sm">
          <caption className="sr-only">What change #{revision.id} changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{f}</th>
                <td>{formatValue(revision.before?.[f])}</td>
                <td>{formatValue(revision.after?.[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </article>
  );
}
