import type { Metadata } from 'next';
import Link from 'next/link';
import { Table, Td, Th } from '@/components/table';
import { requireEditor } from '@/lib/auth/server';
import { BULK_KINDS, bulkColumns, bulkKindLabel, isBulkKind, type BulkKind } from '@/lib/import/bulk/kinds';
import { BulkForm } from './bulk-form';
import { MAX_BULK_FILE_BYTES } from './limits';

export const metadata: Metadata = { title: 'Bulk entry' };

const templateHref = (kind: BulkKind) => `/admin/bulk/templates/${kind}.csv`;

export default async function BulkEntryPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requireEditor('/admin/bulk');
  const { kind } = await searchParams;
  const initialKind: BulkKind = isBulkKind(kind) ? kind : 'whips';
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin">Admin</Link>
      </p>
      <h1 className="text-4xl">Bulk entry: whips, posts and statements from a CSV file</h1>
      <div className="max-w-3xl space-y-2">
        <p>
          Every line of the file is checked before anything is written: the divisions, parties, people and topics it names must
          be held, and each line must pass the rules the forms apply. A file with any problem is refused whole, with every
          problem listed by line and column, and nothing is written. <strong>Check only</strong> says what loading the file would
          change without writing it.
        </p>
        <p>
          A file that passes is written as one change: the history lists it as one, and one undo takes the whole file back. A
          line that matches a record already held updates it (a whip by division and party, a post by person, title and start
          date, a statement by speaker, topic, source and quote); a line equal to it changes nothing. The command line does the
          same: <code>npm run import -- whips --file whips.csv</code> (or <code>posts</code>, <code>statements</code>).
        </p>
      </div>
      <BulkForm
        initialKind={initialKind}
        kinds={BULK_KINDS.map((k) => ({ kind: k, label: bulkKindLabel(k), templateHref: templateHref(k) }))}
        maxFileBytes={MAX_BULK_FILE_BYTES}
      />
      <section aria-labelledby="columns-heading" className="max-w-4xl space-y-3">
        <h2 id="columns-heading" className="text-2xl">
          The columns
        </h2>
        <p>
          The first line of the file names the columns, in any order; a column that is not required may be left out. Dates may
          be written 15/11/2023, 15 November 2023 or 2023-11-15. A blank cell clears that field of the record (a line says what
          the whole record is).
        </p>
        {BULK_KINDS.map((k) => (
          <details key={k} className="border-2 border-line p-3" open={k === initialKind}>
            <summary className="cursor-pointer font-semibold">
              {bulkKindLabel(k)} (<a href={templateHref(k)}>template: {k}.csv</a>)
            </summary>
            <Table caption={`The columns of a ${k} file`} captionHidden stacked="labels-above" className="mt-2">
              <thead>
                <tr>
                  <Th>Column</Th>
                  <Th>Required</Th>
                  <Th>What it takes</Th>
                </tr>
              </thead>
              <tbody>
                {bulkColumns(k).map((c) => (
                  <tr key={c.name}>
                    <Th scope="row">
                      <code>{c.name}</code>
                    </Th>
                    <Td label="Required">{c.isRequired ? 'Yes' : 'No'}</Td>
                    <Td label="What it takes">{c.takes}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        ))}
      </section>
    </div>
  );
}
