import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { loadDivisionsPage } from '@/db/queries/division-lists';
import { formatDate, formatTime, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { readParam, type SearchParams } from '@/lib/view/params';

export const metadata: Metadata = pageMetadata({
  title: 'Divisions',
  description: 'Recorded votes of the House of Commons, newest first: the result, and how many MPs defied their whip.',
  path: '/divisions',
});

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<SearchParams> };

// Queries: one page of divisions, parties, and the three behind the totals (votes, whips, departures): 5,
// whatever the page size; none again until the data changes (db/queries/division-lists.ts).
export default async function DivisionsPage(props: Props) {
  await connection();
  const requested = Number(readParam(await props.searchParams, 'page') ?? '1');
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const { items, total, totals } = loadDivisionsPage(PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">Divisions</h1>
      <p className="max-w-3xl">
        A division is a recorded vote: members walk through the Aye or the No lobby and are counted. Rebels are members
        who voted against their party&rsquo;s whip, or voted at all when told to abstain.
      </p>
      <p role="status" className="font-semibold">
        {plural(total, 'division')}
        {pages > 1 ? `, page ${page} of ${pages}` : ''}
      </p>

      {items.length > 0 ? (
        <TableContainer label="Divisions (scrolls sideways)">
          <Table caption="Divisions, newest first" captionHidden>
            <thead>
              <tr>
                <Th>Division</Th>
                <Th numeric>Ayes</Th>
                <Th numeric>Noes</Th>
                <Th numeric>Rebels</Th>
                <Th numeric>Left posts</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => {
                const t = totals.get(d.id);
                const time = formatTime(d.heldAt);
                return (
                  <tr key={d.id}>
                    <Th scope="row" className="min-w-36">
                      <Link href={`/divisions/${d.officialId}`} className="font-semibold">
                        {d.shortTitle ?? d.officialTitle}
                      </Link>
                      <span className="block text-sm text-muted">
                        {formatDate(d.date)}
                        {time ? ` at ${time}` : ''} · division {d.officialId}
                      </span>
                      {d.resultText ? <span className="block text-sm">{d.resultText}</span> : null}
                    </Th>
                    <Td numeric>{d.ayeCount}</Td>
                    <Td numeric>{d.noCount}</Td>
                    <Td numeric className={t && t.rebels > 0 ? 'font-bold' : ''}>
                      {t?.rebels ?? 0}
                    </Td>
                    <Td numeric>{t?.departures ?? 0}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </TableContainer>
      ) : (
        <p>{page > 1 ? 'There is no such page.' : 'No divisions have been loaded yet.'}</p>
      )}

      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-6">
          {page > 1 ? <Link href={`/divisions?page=${page - 1}`}>Newer divisions</Link> : null}
          {page < pages ? <Link href={`/divisions?page=${page + 1}`}>Older divisions</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
