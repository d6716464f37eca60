import Link from 'next/link';
import type { DivisionHeading } from '@/db/queries/admin-divisions';
import { formatDate, formatTime, plural } from '@/lib/view/format';

const TABS = [
  { key: 'details', label: 'Details', path: '' },
  { key: 'votes', label: 'Votes', path: '/votes' },
  { key: 'whips', label: 'Whips', path: '/whips' },
] as const;

/** The top of every admin page of one division: which division, and its details, votes and whips pages. */
export function DivisionAdminHeader({ division, current, title }: { division: DivisionHeading; current: (typeof TABS)[number]['key']; title: string }) {
  const base = `/admin/divisions/${division.id}`;
  const time = formatTime(division.heldAt);
  return (
    <header className="space-y-3">
      <p>
        <Link href="/admin/divisions">All divisions</Link>
      </p>
      <h1 className="text-4xl">{title}</h1>
      <p className="max-w-3xl">
        <strong>{division.title}</strong>
        <span className="block text-muted">
          {division.house === 'commons' ? 'Commons' : 'Lords'}, {formatDate(division.date)}
          {time ? ` at ${time}` : ''}, division {division.number} of the session
          {division.officialId !== null ? ` (official id ${division.officialId})` : ' (no official id)'}; {plural(division.votes, 'vote')} recorded.
        </span>
      </p>
      <nav aria-label="This division">
        <ul className="flex flex-wrap gap-x-2 gap-y-1 border-b-2 border-line">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={`${base}${tab.path}`}
                aria-current={tab.key === current ? 'page' : undefined}
                className={`inline-block px-3 py-1 font-semibold ${tab.key === current ? 'border-2 border-b-0 border-line bg-paper no-underline' : ''}`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
          {division.officialId !== null ? (
            <li className="ml-auto">
              <Link href={`/divisions/${division.officialId}`} className="inline-block px-3 py-1">
                Public page
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
