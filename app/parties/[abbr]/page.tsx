import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PartyBadge } from '@/components/party-badge';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { COHESION_ROWS, loadPartyPage } from '@/db/queries/party-page';
import { describeWhip } from '@/lib/domain';
import { capitalise, formatDate, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { FeedLink } from '@/components/feed-link';
import { Breadcrumb } from '@/components/breadcrumb';
import { ReportLink } from '@/components/report-link';

type Props = { params: Promise<{ abbr: string }> };

const percent = (n: number | null) => (n === null ? 'no votes' : `${Math.round(n * 100)}%`);

async function resolve(props: Props) {
  const raw = (await props.params).abbr;
  let abbr = raw;
  try {
    abbr = decodeURIComponent(raw);
  } catch {
    notFound();
  }
  const page = abbr.length <= 20 ? loadPartyPage(abbr) : null;
  if (!page) notFound();
  return page;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { party, membersNow } = await resolve(props);
  return pageMetadata({
    title: party.name,
    description: `${party.name}: ${plural(membersNow.length, 'MP')} now, its whips, rebels and departures, and how united it voted.`,
    path: `/parties/${encodeURIComponent(party.abbreviation)}`,
    feeds: [{ title: `${party.name} rebels (Atom feed)`, path: `/rebels/feed.xml?party=${encodeURIComponent(party.abbreviation)}` }],
  });
}

// Queries: a few, once per party and data version (db/queries/party-page.ts).
export default async function PartyPage(props: Props) {
  await connection();
  const { party, membersNow, overTime, whipsRecorded, rebellions, departures, topRebels, cohesion, medianCohesion } = await resolve(props);
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <Breadcrumb parent={{ href: '/parties', label: 'Parties' }} current={party.name} />
        <h1 className="text-3xl sm:text-4xl">{party.name}</h1>
        <p className="text-lg">
          <PartyBadge party={party} /> {plural(membersNow.length, 'MP')} now (by each MP&rsquo;s latest recorded party).{' '}
          Its MPs defied its whip {plural(rebellions.votes, 'time')}, in {plural(rebellions.divisions, 'division')}.
        </p>
      </header>

      <section aria-labelledby="now-heading" className="space-y-3">
        <h2 id="now-heading" className="text-2xl">
          MPs now ({membersNow.length})
        </h2>
        <p>
          <Link href={`/mps?party=${encodeURIComponent(party.abbreviation)}`}>All {plural(membersNow.length, 'MP')} of the party, with their seats</Link>
        </p>
        <h3 className="text-xl">Over time</h3>
        {overTime.length === 0 ? (
          <p>No division recorded for the party.</p>
        ) : (
          <TableContainer label="MPs over time (scrolls sideways)">
            <Table caption={`${party.name}: MPs over time`} captionHidden>
              <thead>
                <tr>
                  <Th>Year</Th>
                  <Th numeric>Most MPs in one division</Th>
                  <Th numeric>Divisions</Th>
                </tr>
              </thead>
              <tbody>
                {overTime.map((y) => (
                  <tr key={y.year}>
                    <Th scope="row">{y.year}</Th>
                    <Td numeric>{y.most}</Td>
                    <Td numeric>{y.divisions}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableContainer>
        )}
      </section>

      <section aria-labelledby="whips-heading" className="space-y-3">
        <h2 id="whips-heading" className="text-2xl">
          Whips recorded
        </h2>
        {whipsRecorded.length === 0 ? (
          <p>No whip recorded for this party: where it votes, its whip is inferred from how its MPs voted, when they agree enough.</p>
        ) : (
          <ul className="list-disc pl-6">
            {whipsRecorded.map((w) => (
              <li key={w.instruction}>
                {plural(w.count, 'division')}: {capitalise(describeWhip(w.instruction))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rebels-heading" className="space-y-3">
        <h2 id="rebels-heading" className="text-2xl">
          Its most frequent rebels
        </h2>
        {topRebels.length === 0 ? (
          <p>No MP of the party has defied its whip in the divisions held here.</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {topRebels.map((r) => (
              <li key={r.personId}>
                {r.parliamentId ? <Link href={`/mps/${r.parliamentId}`}>{r.name}</Link> : r.name}: {plural(r.rebellions, 'vote')} against the whip
              </li>
            ))}
          </ol>
        )}
        <p>
          <Link href={`/rebels?party=${encodeURIComponent(party.abbreviation)}`}>Explore the party&rsquo;s rebels by division, post and stance</Link>
        </p>
        <FeedLink href={`/rebels/feed.xml?party=${encodeURIComponent(party.abbreviation)}`} what={`every vote by a ${party.name} MP against the whip`} />
      </section>

      <section aria-labelledby="departures-heading" className="space-y-3">
        <h2 id="departures-heading" className="text-2xl">
          Posts left over a vote ({departures.length})
        </h2>
        {departures.length === 0 ? (
          <p>No post recorded as left over a vote by an MP of the party.</p>
        ) : (
          <ul className="space-y-1">
            {departures.map((d, i) => (
              <li key={`${d.personId}-${i}`}>
                {d.parliamentId ? <Link href={`/mps/${d.parliamentId}`}>{d.name}</Link> : d.name}, over{' '}
                {d.officialId ? <Link href={`/divisions/${d.officialId}`}>division {d.officialId}</Link> : 'a division'} ({formatDate(d.date)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cohesion-heading" className="space-y-3">
        <h2 id="cohesion-heading" className="text-2xl">
          How united it voted
        </h2>
        <p className="max-w-3xl">
          Cohesion is the share of its MPs voting in one lobby who were in its larger lobby: 100% when all voted the same
          way. The median over every division it voted in is <strong>{percent(medianCohesion)}</strong>. The latest{' '}
          {Math.min(COHESION_ROWS, cohesion.length)}:
        </p>
        {cohesion.length > 0 ? (
          <TableContainer label="Cohesion by division (scrolls sideways)">
            <Table caption={`${party.name}: cohesion in the latest divisions`} captionHidden>
              <thead>
                <tr>
                  <Th>Division</Th>
                  <Th numeric>Ayes</Th>
                  <Th numeric>Noes</Th>
                  <Th numeric>Cohesion</Th>
                  <Th>Whip recorded</Th>
                  <Th numeric>Rebels</Th>
                </tr>
              </thead>
              <tbody>
                {cohesion.map((c) => (
                  <tr key={c.officialId}>
                    <Th scope="row">
                      <Link href={`/divisions/${c.officialId}`}>{c.title}</Link>
                      <span className="block text-sm text-muted">{formatDate(c.date)}</span>
                    </Th>
                    <Td numeric>{c.ayes}</Td>
                    <Td numeric>{c.noes}</Td>
                    <Td numeric>{percent(c.cohesion)}</Td>
                    <Td>{c.whip ? capitalise(describeWhip(c.whip)) : 'None recorded'}</Td>
                    <Td numeric>{c.rebels}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableContainer>
        ) : null}
      </section>
      <ReportLink path={`/parties/${encodeURIComponent(party.abbreviation)}`} />
    </article>
  );
}
