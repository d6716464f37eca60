import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listTopics } from '@/db/queries/topic-page';
import { plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Questions followed across divisions: how each MP voted on them, what they said, and what their party said.',
  path: '/topics',
});

// Queries: two (the topics, and their links to divisions).
export default async function TopicsPage() {
  await connection();
  const topics = listTopics();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">Topics</h1>
      <p className="max-w-3xl">
        A topic is a question followed across the divisions that bear on it. For each division an editor records which
        lobby supports it, so that every MP&rsquo;s votes can be summed up in words, with the divisions behind the words.
      </p>
      {topics.length === 0 ? (
        <p>No topics have been written yet.</p>
      ) : (
        <ul className="space-y-4">
          {topics.map((t) => (
            <li key={t.slug} className="space-y-1">
              <Link href={`/topics/${t.slug}`} className="text-lg font-semibold">
                {t.title}
              </Link>
              <span className="block text-sm text-muted">{t.divisions === 0 ? 'No divisions linked yet' : plural(t.divisions, 'division')}</span>
              {t.description ? <p className="max-w-3xl">{t.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
