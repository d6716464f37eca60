import type { Metadata } from 'next';
import Link from 'next/link';
import { RevisionCard } from '@/components/admin/record-history';
import { FilterSelect } from '@/components/filter-select';
import { UndoNotice } from '@/components/admin/undo-notice';
import { CHANGES_PAGE_SIZE, listChangeActors, listChanges } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { RECORD_TYPE_OPTIONS } from '@/lib/view/revision-view';
import { readParam, type SearchParams } from '@/lib/view/params';

export const metadata: Metadata = { title: 'Recent changes' };

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/changes');
  const params = await searchParams;
  const actor = readParam(params, 'editor');
  const tableName = RECORD_TYPE_OPTIONS.some((o) => o.value === readParam(params, 'type')) ? readParam(params, 'type') : undefined;
  const before = Number(readParam(params, 'before')) || undefined;
  const changes = listChanges({ actor, tableName, before });
  const actors = listChangeActors();
  const query = new URLSearchParams(Object.entries({ editor: actor, type: tableName }).filter((e): e is [string, string] => !!e[1]));
  const returnTo = `/admin/changes${query.size > 0 ? `?${query}` : ''}`;
  const older = changes.length === CHANGES_PAGE_SIZE ? changes.at(-1)?.id : undefined;

  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Recent changes</h1>
      <UndoNotice undone={readParam(params, 'undone')} refused={readParam(params, 'undoRefused')} />
      <form method="get" className="flex flex-wrap items-end gap-4 bg-paper p-4" aria-label="Filter changes">
        <FilterSelect id="filter-editor" name="editor" label="Editor" value={actor} any="Everyone" options={actors.map((a) => ({ value: a, label: a }))} />
        <FilterSelect id="filter-type" name="type" label="Record type" value={tableName} any="All records" options={RECORD_TYPE_OPTIONS} />
        <button type="submit" className="h-10 border-2 border-ink bg-aye px-4 font-semibold text-white">
          Show changes
        </button>
      </form>
      {changes.length === 0 ? <p>No changes match.</p> : null}
      <ol className="space-y-3" aria-label="Changes, newest first">
        {changes.map((r) => (
          <li key={r.id}>
            <RevisionCard revision={r} returnTo={returnTo} showRecord />
          </li>
        ))}
      </ol>
      {older ? (
        <p>
          <Link href={`/admin/changes?${new URLSearchParams({ ...Object.fromEntries(query), before: String(older) })}`}>Older changes</Link>
        </p>
      ) : null}
    </div>
  );
}
