import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PartyBadge } from '@/components/party-badge';
import { listPartiesWithMembers } from '@/db/queries/party-page';
import { plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Parties',
  description: 'Every party in the Commons: its MPs, its whips, its rebels and how united it votes.',
  path: '/parties',
});

// Queries: two (parties, MPs by latest party).
export default async function PartiesPage() {
  await connection();
  const parties = listPartiesWithMembers();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl sm:text-4xl">Parties</h1>
      <p className="max-w-3xl">
        Every party we hold, with its MPs now (by each MP&rsquo;s latest recorded party). A party&rsquo;s page shows its
        whips, its rebels and departures, and how united it voted in each division.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {parties.map((p) => (
          <li key={p.id} className="flex items-baseline justify-between gap-3 rounded border border-line p-3">
            <Link href={`/parties/${encodeURIComponent(p.abbreviation)}`} className="font-semibold">
              <PartyBadge party={p} />
            </Link>
            <span className="text-sm text-muted">{p.membersNow === 0 ? 'No MPs now' : plural(p.membersNow, 'MP')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
