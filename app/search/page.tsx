import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { PartyBadge } from '@/components/party-badge';
import { SearchForm } from '@/components/search-form';
import { listParties } from '@/db/queries/parties';
import { siteSearch, type SiteSearchResult } from '@/db/queries/site-search';
import { formatDate, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { readParam, toQueryString, type SearchParams } from '@/lib/view/params';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const q = readParam(await props.searchParams, 'q')?.trim();
  return pageMetadata({
    title: q ? `Search: “${q.slice(0, 100)}”` : 'Search',
    description: 'Search MPs, constituencies, divisions and topics.',
    path: `/search${toQueryString({ q: q?.slice(0, 100) })}`,
  });
}

// Queries: at most a dozen, whatever the query (db/queries/site-search.ts); none for an empty one.
export default async function SearchPage(props: Props) {
  await connection();
  const q = readParam(await props.searchParams, 'q') ?? '';
  const found = siteSearch(q);
  // A postcode is the MPs page's to look up; a query that names one thing only goes to it.
  if (found.postcode) redirect(`/mps${toQueryString({ q: found.query })}`);
  if (found.exactHref) redirect(found.exactHref);
  const total = found.people.length + found.seats.length + found.divisions.length + found.topics.length;

  return (
    <div className="space-y-8">
      <h1 className="text-3xl sm:text-4xl">Search</h1>
      <SearchForm id="search-q" name="Search the site" label="MPs, constituencies, divisions or topics" defaultValue={found.query} action="/search" />
      <p className="max-w-3xl text-muted">
        Search by an MP&rsquo;s name (titles like &ldquo;Sir&rdquo; or &ldquo;Ms&rdquo; are optional, former names work, and so
        does a name with a place, like &ldquo;Qureshi Bolton&rdquo;), a constituency (&ldquo;Bolton SE&rdquo;, &ldquo;St
        Albans&rdquo;), a postcode, words of a division&rsquo;s title, its number, or the day it was held (&ldquo;15/11/2023&rdquo;).
        Small spelling mistakes are forgiven.
      </p>
      {found.query ? (
        <p role="status" className="text-lg font-semibold">
          {total === 0 ? `Nothing found for “${found.query}”.` : `${plural(total, 'result')} for “${found.query}”.`}
        </p>
      ) : null}
      {total === 0 && found.query ? (
        <p>
          Try fewer words, or browse <Link href="/mps">all MPs</Link> or <Link href="/divisions">all divisions</Link>.
        </p>
      ) : null}
      <Results found={found} />
    </div>
  );
}

function Results({ found }: { found: SiteSearchResult }) {
  const parties = new Map(listParties().map((p) => [p.id, p]));
  return (
    <>
      <ResultSection id="people" title="MPs" count={found.people.length}>
          <ul className="space-y-2">
            {found.people.map((m) => (
              <li key={m.personId}>
                {m.parliamentId ? (
                  <Link href={`/mps/${m.parliamentId}`} className="font-semibold">
                    {m.name}
                  </Link>
                ) : (
                  <span className="font-semibold">{m.name}</span>
                )}
                <span className="block text-sm text-muted">
                  <PartyBadge party={parties.get(m.partyId) ?? null} /> {m.constituencyName ?? 'seat not recorded'}
                </span>
              </li>
            ))}
          </ul>
      </ResultSection>
      <ResultSection id="seats" title="Constituencies" count={found.seats.length}>
          <ul className="space-y-1">
            {found.seats.map((s) => (
              <li key={s.name}>
                <Link href={`/mps${toQueryString({ q: s.name })}`}>{s.name}</Link>
                <span className="text-sm text-muted">: its MPs</span>
              </li>
            ))}
          </ul>
      </ResultSection>
      <ResultSection id="divisions" title="Divisions" count={found.divisions.length}>
          <ul className="space-y-2">
            {found.divisions.map((d) => (
              <li key={d.officialId}>
                <Link href={`/divisions/${d.officialId}`} className="font-semibold">
                  {d.title}
                </Link>
                <span className="block text-sm text-muted">
                  Division {d.officialId}, {formatDate(d.date)}: ayes {d.ayeCount}, noes {d.noCount}
                </span>
              </li>
            ))}
          </ul>
      </ResultSection>
      <ResultSection id="topics" title="Topics" count={found.topics.length}>
          <ul className="space-y-1">
            {found.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
                <span className="text-sm text-muted">: how every MP voted on it, and what they said</span>
              </li>
            ))}
          </ul>
      </ResultSection>
    </>
  );
}

/** One kind of result, with how many: nothing when there are none. */
function ResultSection({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-2xl">
        {title} ({count})
      </h2>
      {children}
    </section>
  );
}
