import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeList } from '@/components/admin/record-history';
import { SuggestionCounts } from '@/components/admin/suggestion-counts';
import { listChanges } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';

export const metadata: Metadata = { title: 'Admin' };

const AREAS = [
  { href: '/admin/people', title: 'People', text: 'MPs and others: names and ids, party and seat over time, posts held and how they ended, what they said.' },
  { href: '/admin/divisions', title: 'Divisions', text: 'Add a division from an official record file, correct votes, and set each party’s whip.' },
  { href: '/admin/bulk', title: 'Bulk entry', text: 'Whips, posts and statements from a CSV file, checked line by line and loaded as one change that one undo takes back.' },
  { href: '/admin/topics', title: 'Topics', text: 'Questions people take sides on, the divisions that bear on them, and which lobby supports.' },
  { href: '/admin/changes', title: 'Changes', text: 'Every change by every editor, with what it changed. Any change can be undone.' },
];

export default async function AdminHome() {
  const editor = await requireEditor('/admin');
  const recent = listChanges({}).slice(0, 5);
  return (
    <div className="space-y-8">
      <h1 className="text-4xl">Keep the record</h1>
      <p className="max-w-3xl">
        Signed in as {editor.name} ({editor.role}). Every change you make is kept with your name, the values before and after,
        and your reason, and shows on the public pages at once.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {AREAS.map((a) => (
          <li key={a.href} className="border-2 border-line p-4">
            <h2 className="text-xl">
              <Link href={a.href}>{a.title}</Link>
            </h2>
            <p className="text-sm">{a.text}</p>
          </li>
        ))}
      </ul>
      <SuggestionCounts />
      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-2xl">
          Latest changes
        </h2>
        {recent.length === 0 ? <p>No changes yet.</p> : null}
        {recent.length > 0 ? <ChangeList revisions={recent} returnTo="/admin" label="Latest changes" /> : null}
      </section>
    </div>
  );
}
