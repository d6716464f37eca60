import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { FilterSelect, partyOptions } from '@/components/filter-select';
import { StancesList } from '@/components/mp/stances-list';
import { Pager } from '@/components/pager';
import { PartyBadge } from '@/components/party-badge';
import { StanceQuote } from '@/components/stance-quote';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { DivisionsBehind } from '@/components/topic/divisions-behind';
import { loadTopicPage } from '@/db/queries/topic-page';
import { formatDate, plural } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { pageOfList } from '@/lib/view/paging';
import { readParam, toQueryString, type SearchParams } from '@/lib/view/params';
import { describeTopicVotes } from '@/lib/view/topic-summary';
import { Breadcrumb } from '@/components/breadcrumb';
import { FeedLink } from '@/components/feed-link';
import { ReportLink } from '@/components/report-link';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

/** MPs a page in "How every MP voted". */
const MEMBERS_PER_PAGE = 100;
/** MPs a page in "What MPs said" (as an MP's page shows their statements): every speaker on a busy topic on one page
 * was 744 KB of HTML on the benchmark's record. */
const SPEAKERS_PER_PAGE = 10;
/** Up to this many divisions, each MP's row shows their vote in each; beyond, the summary and the MP's page do. */
const DIVISION_COLUMNS = 6;

const POSITION_WORDS = { aye: 'Aye', no: 'No', both: 'Both', absent: 'No vote' } as const;

async function resolve(props: Props) {
  const slug = (await props.params).slug;
  const page = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? loadTopicPage(slug) : null;
  if (!page) notFound();
  return page;
}

/**
 * What the address asks of the topic's lists, as the page and its metadata both work it out: the party filter (one
 * the page knows), the page of MPs' votes and the page of what MPs said, and the query of any other pair of pages.
 */
function listsOf(page: Awaited<ReturnType<typeof resolve>>, search: SearchParams) {
  const partyParam = readParam(search, 'party');
  const party = page.parties.find((p) => p.abbreviation.toLowerCase() === partyParam?.toLowerCase());
  const shown = party ? page.members.filter((m) => m.partyId === party.id) : page.members;
  const listed = pageOfList(shown, readParam(search, 'page'), MEMBERS_PER_PAGE);
  const saidPage = pageOfList(page.words, readParam(search, 'said'), SPEAKERS_PER_PAGE);
  const query = (membersPage: number, saidAt: number) =>
    toQueryString({ party: party?.abbreviation, page: membersPage > 1 ? String(membersPage) : undefined, said: saidAt > 1 ? String(saidAt) : undefined });
  return { party, shown, listed, saidPage, query };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const resolved = await resolve(props);
  const { topic, divisions } = resolved;
  const { party, listed, saidPage } = listsOf(resolved, await props.searchParams);
  return pageMetadata({
    title: topic.title,
    description: `${topic.title}: ${plural(divisions.length, 'division')}, how every MP voted on them in words, what they and their parties said.`,
    path: `/topics/${topic.slug}`,
    query: { party: party?.abbreviation, page: listed.page > 1 ? listed.page : undefined, said: saidPage.page > 1 ? saidPage.page : undefined },
    feeds: [{ title: `${topic.title}: divisions (Atom feed)`, path: `/topics/${topic.slug}/feed.xml` }],
  });
}

// Queries: seven at most, once per data version (db/queries/topic-page.ts).
export default async function TopicPage(props: Props) {
  await connection();
  const resolved = await resolve(props);
  const { topic, divisions, partyVotes, partyLines, words, parties } = resolved;
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const { party, shown, listed, saidPage, query } = listsOf(resolved, await props.searchParams);
  const columns = divisions.length <= DIVISION_COLUMNS ? divisions : [];
  const officialIdByDivision = new Map(divisions.map((d) => [d.id, d.officialId]));
  const path = `/topics/${topic.slug}`;

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <Breadcrumb parent={{ href: '/topics', label: 'Topics' }} current={topic.title} />
        <h1 className="text-3xl sm:text-4xl">{topic.title}</h1>
        {topic.description ? <p className="max-w-3xl text-lg">{topic.description}</p> : null}
        <FeedLink href={`${path}/feed.xml`} what={`new divisions on ${topic.title}`} />
      </header>

      <section aria-labelledby="divisions-heading" className="space-y-3">
        <h2 id="divisions-heading" className="text-2xl">
          Divisions ({divisions.length})
        </h2>
        {divisions.length === 0 ? (
          <p>No divisions are linked to this topic yet.</p>
        ) : (
          <ul className="space-y-2">
            {divisions.map((d) => (
              <li key={d.id}>
                {d.officialId ? (
                  <Link href={`/divisions/${d.officialId}`} className="font-semibold">
                    {d.title}
                  </Link>
                ) : (
                  <span className="font-semibold">{d.title}</span>
                )}
                <span className="block text-sm text-muted">
                  {formatDate(d.date)}: ayes {d.ayeCount}, noes {d.noCount}. Voting {d.supportingLobby === 'aye' ? 'aye (for)' : 'no (against)'} supports
                  this.
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="parties-heading" className="space-y-3">
        <h2 id="parties-heading" className="text-2xl">
          How each party&rsquo;s MPs voted
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          Every vote its MPs cast in these divisions, added up, in the same words as for one MP (see how the words are
          chosen below).
        </p>
        {partyVotes.length === 0 ? (
          <p>No votes recorded.</p>
        ) : (
          <TableContainer label="Party votes (scrolls sideways)">
            <Table caption="How each party’s MPs voted on this topic">
              <thead>
                <tr>
                  <Th>Party</Th>
                  <Th numeric>MPs</Th>
                  <Th numeric>Votes in support</Th>
                  <Th numeric>Votes against</Th>
                  <Th>In words</Th>
                </tr>
              </thead>
              <tbody>
                {partyVotes.map((p) => (
                  <tr key={p.partyId}>
                    <Th scope="row">
                      <PartyBadge party={partyById.get(p.partyId) ?? null} />
                    </Th>
                    <Td numeric>{p.members}</Td>
                    <Td numeric>{p.count.support}</Td>
                    <Td numeric>{p.count.against}</Td>
                    <Td>{describeTopicVotes(p.count)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableContainer>
        )}
      </section>

      <section aria-labelledby="lines-heading" className="space-y-3">
        <h2 id="lines-heading" className="text-2xl">
          What the parties said
        </h2>
        {partyLines.length === 0 ? (
          <p>No party line recorded.</p>
        ) : (
          <ul className="space-y-4">
            {partyLines.map((line) => (
              <li key={line.stanceId} className="space-y-1">
                <PartyBadge party={partyById.get(line.partyId) ?? null} />
                <StanceQuote stance={line} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="members" aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-2xl">
          How every MP voted
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          Only votes in one lobby count: &ldquo;every time&rdquo; needs two or more, &ldquo;mostly&rdquo; three quarters or
          more of them one way, and anything between is &ldquo;a mix&rdquo;. Being in both lobbies counts neither way, and
          not voting is never counted.
        </p>
        <form method="get" action={path} aria-label="Filter MPs on this topic" className="flex flex-wrap items-end gap-4 rounded bg-paper p-4">
          <FilterSelect id="topic-party" name="party" label="Party" any="All parties" options={partyOptions(parties.filter((p) => p.kind !== 'speaker'))} value={party?.abbreviation} />
          <button type="submit" className="h-10 border-2 border-ink bg-aye px-4 font-semibold text-on-fill hover:bg-aye-strong">
            Show MPs
          </button>
        </form>
        <p role="status" className="font-semibold">
          {plural(shown.length, 'MP')}
          {party ? ` of ${party.name}` : ''}
          {listed.pages > 1 ? `, ${listed.first} to ${listed.last} shown` : ''}.
        </p>
        {shown.length > 0 ? (
          <TableContainer label="MPs on this topic (scrolls sideways)">
            <Table caption={`How every MP voted on ${topic.title}`} captionHidden>
              <thead>
                <tr>
                  <Th>MP</Th>
                  <Th>Party</Th>
                  <Th>In words</Th>
                  {columns.map((d) => (
                    <Th key={d.id}>{formatDate(d.date)}</Th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {listed.rows.map((m) => (
                  <tr key={m.personId}>
                    <Th scope="row">{m.parliamentId ? <Link href={`/mps/${m.parliamentId}`}>{m.name}</Link> : m.name}</Th>
                    <Td>
                      <PartyBadge party={m.partyId ? (partyById.get(m.partyId) ?? null) : null} short />
                    </Td>
                    <Td>
                      {m.summary}
                      {columns.length === 0 ? <DivisionsBehind positions={m.positions} divisions={divisions} /> : null}
                    </Td>
                    {columns.map((d) => {
                      const position = m.positions.get(d.id);
                      // The official record lists every sitting member: no row is "not listed", not a vote either way.
                      return <Td key={d.id}>{position ? POSITION_WORDS[position] : 'Not listed'}</Td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableContainer>
        ) : null}
        <Pager
          page={listed.page}
          pages={listed.pages}
          hrefOf={(n) => `${path}${query(n, saidPage.page)}#members`}
          label="Pages of MPs"
          previous="Previous MPs"
          next="Next MPs"
        />
      </section>

      <section id="words" aria-labelledby="words-heading" className="space-y-4">
        <h2 id="words-heading" className="text-2xl">
          What MPs said, and what they did
        </h2>
        <p className="max-w-3xl text-muted">
          Only what was said before a vote is held against it: words said afterwards explain the vote.
        </p>
        {words.length === 0 ? (
          <p>No statements recorded on this topic.</p>
        ) : (
          <>
            {saidPage.pages > 1 ? (
              <p className="font-semibold">
                {plural(words.length, 'MP')}, {saidPage.first} to {saidPage.last} shown
                {saidPage.page < saidPage.requested ? ` (there are only ${saidPage.pages} pages)` : ''}.
              </p>
            ) : null}
            {saidPage.rows.map((w) => (
              <div key={w.personId} className="space-y-2">
                <h3 className="text-xl">
                  {w.parliamentId ? <Link href={`/mps/${w.parliamentId}`}>{w.name}</Link> : w.name}{' '}
                  {w.partyId ? <PartyBadge party={partyById.get(w.partyId) ?? null} short /> : null}
                </h3>
                <StancesList words={w.words} officialIdByDivision={officialIdByDivision} parties={parties} />
              </div>
            ))}
            <Pager
              page={saidPage.page}
              pages={saidPage.pages}
              hrefOf={(n) => `${path}${query(listed.page, n)}#words`}
              label="Pages of what MPs said"
              previous="Previous MPs"
              next="More MPs"
            />
          </>
        )}
      </section>
      <ReportLink path={path} />
    </article>
  );
}

