import type { Metadata } from 'next';
import Link from 'next/link';
import { Tag } from '@/components/tag';
import { PEOPLE_PAGE_SIZE, listPeopleForAdmin } from '@/db/queries/admin-people';
import { requireEditor } from '@/lib/auth/server';
import { plural } from '@/lib/view/format';
import { readParam, toQueryString, type SearchParams } from '@/lib/view/params';
import { TableContainer } from '@/components/table';

export const metadata: Metadata = { title: 'People' };

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/people');
  const params = await searchParams;
  const query = readParam(params, 'q')?.slice(0, 200);
  const requested = Number(readParam(params, 'page') ?? '1');
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const needsReview = readParam(params, 'review') === '1';
  const { rows, total, toReview } = listPeopleForAdmin({ query, page, needsReview });
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const first = (page - 1) * PEOPLE_PAGE_SIZE + 1;
  const pageLink = (n: number) =>
    `/admin/people${toQueryString({ q: query, review: needsReview ? '1' : undefined, page: n > 1 ? String(n) : undefined })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-4xl">People</h1>
        <Link href="/admin/people/new" className="border-2 border-ink bg-aye px-4 py-2 font-semibold text-on-fill no-underline hover:bg-aye-strong">
          Add a person
        </Link>
      </div>
      <form method="get" role="search" aria-label="Search people" className="flex flex-wrap items-end gap-3 bg-paper p-4">
        <div className="grow">
          <label htmlFor="people-q" className="block font-semibold">
            Name or Parliament member id
          </label>
          <input id="people-q" name="q" defaultValue={query ?? ''} className="block w-full border-2 border-ink bg-surface px-2 py-1.5" />
        </div>
        <div className="flex items-center gap-2">
          <input id="people-review" name="review" type="checkbox" value="1" defaultChecked={needsReview} className="h-6 w-6" />
          <label htmlFor="people-review">Only those that need review ({toReview})</label>
        </div>
        <button type="submit" className="border-2 border-ink bg-aye px-4 py-1.5 font-semibold text-on-fill">
          Search
        </button>
      </form>
      {toReview > 0 && !needsReview ? (
        <p>
          {plural(toReview, 'person', 'people')} created by an import {toReview === 1 ? 'needs' : 'need'} review:{' '}
          <Link href="/admin/people?review=1">show them</Link>.
        </p>
      ) : null}
      <p role="status">
        {total === 0
          ? `No one matches${query ? ` “${query}”` : ''}.`
          : `${plural(total, 'person', 'people')}${query ? ` ${total === 1 ? 'matches' : 'match'} “${query}”` : ''}; showing ${first}–${first + rows.length - 1}.`}
      </p>
      {rows.length > 0 ? (
        <TableContainer label="People (scrolls sideways)">
          <table className="data-table">
            <caption className="sr-only">People{query ? ` matching “${query}”` : ''}, by surname</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Member id</th>
                <th scope="col">TheyWorkForYou id</th>
                <th scope="col">Slug</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/admin/people/${p.id}`}>{p.name}</Link> {p.needsReview ? <Tag tone="warning">needs review</Tag> : null}
                  </td>
                  <td>{p.parliamentId ?? '—'}</td>
                  <td>{p.twfyId ?? '—'}</td>
                  <td>{p.slug}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableContainer>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages of people" className="flex flex-wrap items-center gap-4">
          {page > 1 ? <Link href={pageLink(page - 1)}>Previous 50</Link> : null}
          <span>
            Page {Math.min(page, pages)} of {pages}
          </span>
          {page < pages ? <Link href={pageLink(page + 1)}>Next 50</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
