import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DivisionCard } from '@/components/division/division-card';
import { FeedLink } from '@/components/feed-link';
import { SearchForm } from '@/components/search-form';
import { loadHome } from '@/db/queries/division-lists';
import { pageMetadata, SITE_DESCRIPTION } from '@/lib/view/metadata';

export const metadata: Metadata = pageMetadata({
  description: SITE_DESCRIPTION,
  path: '/',
  feeds: [{ title: 'New divisions (Atom feed)', path: '/divisions/feed.xml' }],
});

// Queries: featured division, parties, and the three behind its totals (votes, whips, departures); none again until
// the data changes (db/queries/division-lists.ts).
export default async function HomePage() {
  await connection(); // better-sqlite3 is synchronous: without this the page would be frozen at build time
  const { featured, parties, totals } = loadHome();

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="max-w-3xl space-y-4">
        <h1 id="intro-heading" className="text-3xl sm:text-5xl">
          How MPs vote, and when they defy their party
        </h1>
        <p className="text-lg sm:text-xl">
          Ayes &amp; Noes shows how every MP voted in the House of Commons, measured against what their party
          told them to do: which whip they defied, which frontbench posts they gave up over a vote, and whether
          they did what they said they would. Every whip, post and quote links to its source.
        </p>
      </section>

      <section aria-labelledby="search-heading" className="max-w-xl space-y-2 rounded bg-paper p-4 sm:p-6">
        <h2 id="search-heading" className="text-2xl">
          Find your MP
        </h2>
        <SearchForm id="home-search" name="Find your MP" label="MP name, constituency or postcode" />
        <p className="text-sm text-muted">For example: Yasmin Qureshi, Bolton South East, or a postcode such as BL3 5AB.</p>
      </section>

      <section aria-labelledby="featured-heading" className="space-y-4">
        <h2 id="featured-heading" className="text-2xl">
          {featured?.topicTitle ? `In focus: ${featured.topicTitle}` : 'Latest division'}
        </h2>
        {featured ? (
          <DivisionCard
            division={featured}
            totals={totals}
            partyById={new Map(parties.map((p) => [p.id, p]))}
            eyebrow="Featured division"
          />
        ) : (
          <p>No divisions have been loaded yet.</p>
        )}
        <p>
          <Link href="/divisions">All divisions</Link> · <Link href="/mps">All MPs</Link> ·{' '}
          <Link href="/api">Open data and API</Link>
        </p>
        <FeedLink href="/divisions/feed.xml" what="new divisions" />
      </section>
    </div>
  );
}
