import Link from 'next/link';
import type { ReactNode } from 'react';
import { Table, Td, Th } from '@/components/table';
import { getRevisionContext, type RevisionContext, type RevisionRow } from '@/db/queries/revisions';
import { canUndo, changeLinks, describeChange, diffRevision, type FieldChange } from '@/lib/view/revision-view';
import { formatUkDateTime } from '@/lib/view/uk-time';

// The history as editors read it: each change in words with the real names, who made it and when (UK time),
// links to the record, its before and after, and the way to undo it (through a page that says what the undo
// will do). The names for a whole list are read in one query (getRevisionContext).

/** Where a change is listed, whatever page of the list it is on: the list from it downwards. */
export const changeHref = (id: number) => `/admin/changes?before=${id + 1}#change-${id}`;

/** The address of the page that confirms an undo, and comes back to `returnTo` after it. */
export const undoHref = (id: number, returnTo: string) => `/admin/changes/${id}/undo?${new URLSearchParams({ returnTo })}`;

/** The history of a record, newest first, each change with what it changed and a link to undo it. */
export function RecordHistory({ revisions, returnTo, title = 'History' }: { revisions: RevisionRow[]; returnTo: string; title?: string }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-2xl">
        {title}
      </h2>
      {revisions.length === 0 ? <p>No changes recorded yet.</p> : <ChangeList revisions={revisions} returnTo={returnTo} label={title} />}
    </section>
  );
}

/** Changes newest first, with the names they refer to read once for the list. */
export function ChangeList({ revisions, returnTo, label }: { revisions: RevisionRow[]; returnTo: string; label: string }) {
  const context = getRevisionContext(revisions);
  return (
    <ol className="space-y-3" aria-label={label}>
      {revisions.map((r) => (
        <li key={r.id}>
          <RevisionCard revision={r} context={context} returnTo={returnTo} />
        </li>
      ))}
    </ol>
  );
}

const buttonClass = 'inline-block border-2 border-ink bg-paper px-2 py-1 text-sm font-semibold text-ink no-underline hover:bg-line';

export function RevisionCard({ revision, context, returnTo }: { revision: RevisionRow; context: RevisionContext; returnTo: string }) {
  const { names } = context;
  const undoneBy = context.undoneBy.get(revision.id);
  const links = changeLinks(revision, names);
  const items = context.items.get(revision.id) ?? [];
  const isBatch = revision.tableName === 'batches';
  return (
    <article id={`change-${revision.id}`} className="space-y-2 border-2 border-line p-3" aria-labelledby={`change-${revision.id}-title`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="space-y-1">
          <p id={`change-${revision.id}-title`} className="font-semibold">
            <span className="sr-only">Change </span>#{revision.id}: {describeChange(revision, names)}
          </p>
          <p className="text-sm">
            By <strong>{revision.actorLabel}</strong>, <time dateTime={revision.at}>{formatUkDateTime(revision.at)}</time>
            {revision.reason && !/^Undo of change #\d+$/.test(revision.reason) ? <>. Reason: {revision.reason}</> : null}
          </p>
          <Marks revision={revision} undoneBy={undoneBy} />
          <ChangeLinks links={links} />
        </div>
        {canUndo(revision) && undoneBy === undefined ? (
          <Link href={undoHref(revision.id, returnTo)} className={buttonClass} aria-label={`Undo change #${revision.id}`}>
            Undo…
          </Link>
        ) : null}
      </div>
      {isBatch ? <BatchItems items={items} context={context} /> : <FieldChanges revision={revision} fields={diffRevision(revision, names)} />}
    </article>
  );
}

/** Where the changed record is: its admin page and its public page, where it has them. */
export function ChangeLinks({ links }: { links: ReturnType<typeof changeLinks> }) {
  if (!links.admin && !links.public) return null;
  return (
    <p className="flex flex-wrap gap-x-4 text-sm">
      {links.admin ? <Link href={links.admin}>Open in admin</Link> : null}
      {links.public ? <Link href={links.public}>Public page</Link> : null}
    </p>
  );
}

function Marks({ revision, undoneBy }: { revision: RevisionRow; undoneBy: number | undefined }) {
  const marks: ReactNode[] = [];
  if (revision.undoOf !== null) {
    marks.push(
      <span key="of" className="tag border-warn bg-warn-fill text-ink">
        Undo of <Link href={changeHref(revision.undoOf)}>#{revision.undoOf}</Link>
      </span>,
    );
  }
  if (undoneBy !== undefined) {
    marks.push(
      <span key="by" className="tag border-ink bg-paper text-ink">
        Undone by <Link href={changeHref(undoneBy)}>#{undoneBy}</Link>
      </span>,
    );
  }
  if (revision.batchId !== null) {
    marks.push(
      <span key="batch" className="tag border-line bg-surface text-ink">
        Part of bulk change <Link href={changeHref(revision.batchId)}>#{revision.batchId}</Link>
      </span>,
    );
  }
  return marks.length > 0 ? <p className="flex flex-wrap gap-2">{marks}</p> : null;
}

function BatchItems({ items, context }: { items: RevisionRow[]; context: RevisionContext }) {
  if (items.length === 0) return <p className="text-sm">It wrote no records.</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">The {items.length === 1 ? 'record' : `${items.length} records`} it wrote</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {items.map((item) => {
          const links = changeLinks(item, context.names);
          return (
            <li key={item.id}>
              #{item.id}: {describeChange(item, context.names)}
              {links.admin ? (
                <>
                  {' '}
                  (<Link href={links.admin}>open</Link>)
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

/**
 * Before and after, field by field: removed values struck through, added ones underlined, under their headings. On a
 * phone each field is a card, its values under the column's name; long values (web addresses) wrap.
 */
export function FieldChanges({ revision, fields }: { revision: Pick<RevisionRow, 'id' | 'before' | 'after'>; fields: FieldChange[] }) {
  if (fields.length === 0) return null;
  const oneSided = revision.before === null || revision.after === null;
  if (oneSided) {
    const created = revision.before === null;
    const side = created ? 'After' : 'Before';
    return (
      <Table caption={created ? 'What it was written with' : 'What it held when removed'} stacked="labels-above" className="text-sm">
        <thead>
          <tr>
            <Th>Field</Th>
            <Th>{side}</Th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.key}>
              <Th scope="row">{f.label}</Th>
              <Td label={side} className="whitespace-pre-line wrap-anywhere">
                {created ? f.after : f.before}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    );
  }
  return (
    <Table caption={`What change #${revision.id} changed`} captionHidden stacked="labels-above" className="text-sm">
      <thead>
        <tr>
          <Th>Field</Th>
          <Th>Before</Th>
          <Th>After</Th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.key}>
            <Th scope="row">{f.label}</Th>
            {f.parts ? (
              <>
                <Td label="Before" className="whitespace-pre-line wrap-anywhere">
                  {f.parts.map((p, i) => (p.change === 'added' ? null : p.change === 'removed' ? <Removed key={i}>{p.text}</Removed> : <span key={i}>{p.text}</span>))}
                </Td>
                <Td label="After" className="whitespace-pre-line wrap-anywhere">
                  {f.parts.map((p, i) => (p.change === 'removed' ? null : p.change === 'added' ? <Added key={i}>{p.text}</Added> : <span key={i}>{p.text}</span>))}
                </Td>
              </>
            ) : (
              <>
                <Td label="Before" className="whitespace-pre-line wrap-anywhere">
                  {f.before === null ? <Empty /> : <Removed>{f.before}</Removed>}
                </Td>
                <Td label="After" className="whitespace-pre-line wrap-anywhere">
                  {f.after === null ? <Empty /> : <Added>{f.after}</Added>}
                </Td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const Empty = () => <span className="text-muted">(none)</span>;

function Removed({ children }: { children: ReactNode }) {
  return (
    <del className="bg-no-tint decoration-2">
      <span className="sr-only">removed: </span>
      {children}
    </del>
  );
}

function Added({ children }: { children: ReactNode }) {
  return (
    <ins className="bg-aye-tint decoration-2">
      <span className="sr-only">added: </span>
      {children}
    </ins>
  );
}
