import type { Metadata } from 'next';
import Link from 'next/link';
import { listTopicsForAdmin } from '@/db/queries/admin-topics';
import { requireEditor } from '@/lib/auth/server';
import { TableContainer } from '@/components/table';

export const metadata: Metadata = { title: 'Topics' };

export default async function AdminTopicsPage() {
  await requireEditor('/admin/topics');
  const topics = listTopicsForAdmin();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-4xl">Topics</h1>
        <Link href="/admin/topics/new" className="border-2 border-ink bg-aye px-4 py-2 font-semibold text-on-fill no-underline hover:bg-aye-strong">
          Add a topic
        </Link>
      </div>
      <p className="max-w-3xl">
        Questions people take sides on. Each links the divisions that bear on it, and says which lobby supports it, so that what people said
        can be set beside how they voted.
      </p>
      {topics.length === 0 ? (
        <p>No topics yet.</p>
      ) : (
        <TableContainer label="Topics (scrolls sideways)">
          <table className="data-table">
            <caption className="sr-only">Topics, by title</caption>
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Slug</th>
                <th scope="col">Linked divisions</th>
                <th scope="col">Stances</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link href={`/admin/topics/${t.id}`}>{t.title}</Link>
                  </td>
                  <td>{t.slug}</td>
                  <td>{t.links}</td>
                  <td>{t.stances}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableContainer>
      )}
    </div>
  );
}
