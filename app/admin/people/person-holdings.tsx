import Link from 'next/link';
import type { PersonHoldings } from '@/db/queries/admin-people';
import { formatDate } from '@/lib/view/format';

const period = (start: string | null, end: string | null) =>
  `${start ? formatDate(start) : 'start not known'} to ${end ? formatDate(end) : 'now'}`;

function Holding({
  id,
  title,
  count,
  addHref,
  addLabel,
  bulkHref,
  children,
}: {
  id: string;
  title: string;
  count: number;
  addHref: string;
  addLabel: string;
  bulkHref?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={id} className="text-2xl">
          {title}
        </h2>
        <Link href={addHref} className="font-semibold">
          {addLabel}
        </Link>
      </div>
      {count === 0 ? <p>None recorded.</p> : <ul className="space-y-2">{children}</ul>}
      {bulkHref ? (
        <p className="text-sm">
          Many at once: <Link href={bulkHref}>load them from a CSV file</Link>.
        </p>
      ) : null}
    </section>
  );
}

/** The person's memberships, posts and stances, each linking to its own edit page. */
export function PersonHoldingsLists({ personId, holdings }: { personId: number; holdings: PersonHoldings }) {
  return (
    <div className="space-y-8">
      <Holding
        id="memberships-heading"
        title="Party and seat over time"
        count={holdings.memberships.length}
        addHref={`/admin/memberships/new?person=${personId}`}
        addLabel="Add a membership"
      >
        {holdings.memberships.map((m) => (
          <li key={m.id} className="border-l-4 border-line pl-3">
            <Link href={`/admin/memberships/${m.id}`}>
              {m.partyName}
              {m.constituencyName ? `, ${m.constituencyName}` : ''}
              {m.house === 'lords' ? ' (Lords)' : ''}
            </Link>
            : {period(m.startDate, m.endDate)}
            {m.endReason ? ` (${m.endReason})` : ''}
          </li>
        ))}
      </Holding>
      <Holding id="posts-heading" title="Posts" count={holdings.posts.length} addHref={`/admin/posts/new?person=${personId}`} addLabel="Add a post" bulkHref="/admin/bulk?kind=posts">
        {holdings.posts.map((p) => (
          <li key={p.id} className="border-l-4 border-line pl-3">
            <Link href={`/admin/posts/${p.id}`}>{p.title}</Link>: {period(p.startDate, p.endDate)}
            {p.endReason ? ` (${p.endReason})` : ''}
          </li>
        ))}
      </Holding>
      <Holding
        id="stances-heading"
        title="What they said (stances)"
        count={holdings.stances.length}
        addHref={`/admin/stances/new?person=${personId}`}
        addLabel="Add a stance"
        bulkHref="/admin/bulk?kind=statements"
      >
        {holdings.stances.map((s) => (
          <li key={s.id} className="border-l-4 border-line pl-3">
            <Link href={`/admin/stances/${s.id}`}>{s.label}</Link> ({s.position}, {s.topicTitle}, {formatDate(s.statedOn)})
          </li>
        ))}
      </Holding>
    </div>
  );
}
