import type { Metadata } from 'next';
import Link from 'next/link';
import { undoHref } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { listAdminDivisions } from '@/db/queries/admin-divisions';
import { requireEditor } from '@/lib/auth/server';
import { formatDate, formatTime, plural } from '@/lib/view/format';
import { readParam, toQueryString, type SearchParams } from '@/lib/view/params';

export const metadata: Metadata = { title: 'Divisions' };

const PAGE_SIZE = 50;

export default async function AdminDivisionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/divisions');
  const params = await searchParams;
  const q = readParam(params, 'q');
  const requested = Number(readParam(params, 'page') ?? '1');
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const { items, total } = listAdminDivisions({ q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const deleted = readParam(params, 'deleted');

  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Divisions</h1>
      <ul className="flex flex-wrap gap-4 font-semibold">
        <li>
          <Link href="/admin/divisions/upload">Upload an official division file</Link>
        </li>
        <li>
          <Link href="/admin/divisions/new">Add a division</Link>
        </li>
      </ul>
      {deleted && /^\d+$/.test(deleted) ? (
        <div role="status" className="flex flex-wrap items-center gap-3 border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          <span>Division deleted, with its votes, whips and topic links. All of it is kept in change #{deleted}.</span>
          <Link href={undoHref(Number(deleted), '/admin/divisions')} className="border-2 border-ink bg-paper px-2 py-1 text-sm font-semibold text-ink no-underline hover:bg-line">
            Undo the deletion…
          </Link>
        </div>
      ) : null}
      <UndoNotice undone={readParam(params, 'undone')} refused={readParam(params, 'undoRefused')} />
      <form method="get" role="search" aria-label="Search divisions" className="flex max-w-2xl flex-wrap items-end gap-3 bg-paper p-4">
        <div className="min-w-64 flex-1">
          <label htmlFor="divisions-q" className="block font-semibold">
            Title or official id
          </label>
          <input id="divisions-q" name="q" type="search" defaultValue={q ?? ''} className="block w-full border-2 border-ink bg-surface px-2 py-1.5" />
        </div>
        <button type="submit" className="border-2 border-ink bg-aye px-4 py-1.5 font-semibold text-on-fill">
          Search
        </button>
      </form>
      <p role="status" className="font-semibold">
        {plural(total, 'division')}
        {q ? ` matching “${q}”` : ''}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}
      </p>
      {items.length > 0 ? (
        <TableContainer label="Divisions (scrolls sideways)">
          <Table caption="Divisions, newest first" captionHidden>
            <thead>
              <tr>
                <Th>Division</Th>
                <Th>Date</Th>
                <Th numeric>Official id</Th>
                <Th numeric>Ayes</Th>
                <Th numeric>Noes</Th>
                <Th numeric>Votes recorded</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <Link href={`/admin/divisions/${d.id}`}>{d.title}</Link>
                    {d.house === 'lords' ? <span className="block text-sm text-muted">House of Lords</span> : null}
                  </Td>
                  <Td>
                    {formatDate(d.date)} {formatTime(d.heldAt) ?? ''}
                    <span className="block text-sm text-muted">no. {d.number}</span>
                  </Td>
                  <Td numeric>{d.officialId ?? '—'}</Td>
                  <Td numeric>{d.ayeCount}</Td>
                  <Td numeric>{d.noCount}</Td>
                  <Td numeric>{d.votes}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </TableContainer>
      ) : (
        <p>No divisions match.</p>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of divisions" className="flex gap-4">
          {page > 1 ? <Link href={`/admin/divisions${toQueryString({ q, page: String(page - 1) })}`}>Newer</Link> : null}
          {page < pages ? <Link href={`/admin/divisions${toQueryString({ q, page: String(page + 1) })}`}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
