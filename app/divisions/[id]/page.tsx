import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { DeparturesList } from '@/components/division/departures-list';
import { PartyLines } from '@/components/division/party-lines';
import { DidNotVoteNote } from '@/components/division/did-not-vote-note';
import { MembersSection } from '@/components/division/members-section';
import { PartyBreakdownTable } from '@/components/division/party-breakdown-table';
import { RebelsByParty } from '@/components/division/rebels-by-party';
import { PartyVoteChart } from '@/components/division/party-vote-chart';
import { EditLink } from '@/components/edit-link';
import { ReportLink } from '@/components/report-link';
import { SourceLinks } from '@/components/source-links';
import { loadDivisionPage, type DivisionPageData } from '@/db/queries/division-detail';
import { filterMembers, MEMBER_SORTS, MEMBER_VOTE_FILTERS, MEMBERS_PER_PAGE, pageOfMembers } from '@/lib/view/division-view';
import { buildPartyChartRows, partyChartOf } from '@/lib/view/party-chart';
import { partyTableOf } from '@/lib/view/party-table';
import { memberRowsOf } from '@/lib/view/member-rows';
import { formatDate } from '@/lib/view/format';
import { pageMetadata } from '@/lib/view/metadata';
import { EmbedThis } from '@/components/share/embed-this';
import { EMBED_HEIGHTS } from '@/lib/view/embed-html';
import { siteOrigin } from '@/lib/site-origin';
import { buildDivisionCard } from '@/lib/view/share-card';
import { parseRouteKey, readChoice, readParam, toQueryString, type SearchParams } from '@/lib/view/params';
import { DivisionHeader } from '@/components/division/division-header';
import { DivisionMotion } from '@/components/division/division-motion';
import { divisionIntroOf } from '@/lib/view/division-intro';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** The division this address names, with all its page shows; redirects "/divisions/1666-any-words" to "/divisions/1666". */
async function resolveDivision(props: Props): Promise<DivisionPageData> {
  const key = parseRouteKey((await props.params).id);
  if (!key || key.kind === 'slug') notFound();
  if (key.kind === 'id-with-slug') permanentRedirect(`/divisions/${key.id}${toQueryString(queryOf(await props.searchParams))}`);
  const loaded = loadDivisionPage(key.id);
  if (!loaded) notFound();
  return loaded;
}

function queryOf(searchParams: SearchParams) {
  return {
    party: readParam(searchParams, 'party'),
    vote: readChoice(searchParams, 'vote', MEMBER_VOTE_FILTERS),
    sort: readChoice(searchParams, 'sort', MEMBER_SORTS),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { division, view } = await resolveDivision(props);
  const searchParams = await props.searchParams;
  const query = queryOf(searchParams);
  const title = division.shortTitle ?? division.officialTitle;
  const card = buildDivisionCard({ division, view });
  // The filters the page applied (an unknown party is not), and the page of members it shows.
  const knownParty = view.partyRows.find((r) => r.party.abbreviation.toLowerCase() === query.party?.toLowerCase());
  const shown = filterMembers(view.members, { partyAbbreviation: knownParty?.party.abbreviation, vote: query.vote, sort: query.sort });
  const listed = pageOfMembers(shown, readParam(searchParams, 'page'));
  return pageMetadata({
    title,
    description: `${formatDate(division.date)}: Ayes ${division.ayeCount}, Noes ${division.noCount}. ${card.summary}${
      card.rebels.length > 0 ? ` ${card.rebels.join('; ')}.` : ''
    } ${division.officialTitle}.`,
    path: `/divisions/${division.officialId}`,
    query: { party: knownParty?.party.abbreviation, vote: query.vote, sort: query.sort === 'name' ? undefined : query.sort, page: listed.page > 1 ? listed.page : undefined },
    image: {
      path: `/divisions/${division.officialId}/card.png`,
      alt: `Division ${division.officialId}, ${card.date}: Ayes ${card.ayes}, Noes ${card.noes}. ${card.summary}`,
    },
  });
}

// Queries: loadDivisionPage's six (division, members' votes, topics, whips, departures, stances), shared
// with the metadata. The CSV and JSON exports (votes.csv, votes.json) make the same reads.
export default async function DivisionPage(props: Props) {
  await connection();
  const { division, topics, view } = await resolveDivision(props);
  const query = queryOf(await props.searchParams);

  const knownParty = view.partyRows.find((r) => r.party.abbreviation.toLowerCase() === query.party?.toLowerCase());
  const shown = filterMembers(view.members, { partyAbbreviation: knownParty?.party.abbreviation, vote: query.vote, sort: query.sort });
  const listed = pageOfMembers(shown, readParam(await props.searchParams, 'page'));
  const filterWords = [knownParty?.party.name, query.vote ? VOTE_WORDS[query.vote] : undefined].filter(Boolean).join(', ');
  const path = `/divisions/${division.officialId}`;
  // Only filters the page applied go into the download links, so the files hold exactly the rows shown.
  const exportFilters = { party: knownParty?.party.abbreviation, vote: query.vote, sort: query.sort };
  const exportQuery = toQueryString(exportFilters);
  // For paper, which cannot follow a link: the full list's address (README: Phones, print and clean addresses).
  const origin = await siteOrigin();

  return (
    <article className="space-y-10">
      <DivisionHeader
        intro={divisionIntroOf(division, topics, view)}
        editLink={<EditLink href={`/admin/divisions/${division.id}`} what={`division ${division.officialId}'s details`} />}
      />

      <DivisionMotion division={division} />

      <section id="parties" aria-labelledby="parties-heading" className="space-y-4">
        <h2 id="parties-heading" className="text-2xl">
          Party by party
        </h2>
        <EditLink href={`/admin/divisions/${division.id}/whips`} what={`the whips on division ${division.officialId}`} />
        <PartyVoteChart
          chart={partyChartOf(buildPartyChartRows(view.partyRows, view.members), view.lobbies)}
          title={`How each party voted in division ${division.officialId}, rebels highlighted`}
          tableId="party-table"
        />
        <div id="party-table">
          <PartyBreakdownTable table={partyTableOf(view.partyRows, view.lobbies, view.chair)} />
        </div>
        <DidNotVoteNote />
      </section>

      {view.partyLines.length > 0 ? (
        <section id="party-lines" aria-labelledby="party-lines-heading" className="space-y-4">
          <h2 id="party-lines-heading" className="text-2xl">
            What the parties said
          </h2>
          <PartyLines lines={view.partyLines} divisionDate={division.date} />
        </section>
      ) : null}

      <section id="rebels" aria-labelledby="rebels-heading" className="space-y-4">
        <h2 id="rebels-heading" className="text-2xl">
          Rebels: who defied their party&rsquo;s whip
        </h2>
        <p className="max-w-3xl text-muted">
          A member rebels when they vote against their party&rsquo;s whip, or vote at all when told to abstain. Not
          voting is never counted as rebelling.
        </p>
        <RebelsByParty groups={view.rebelGroups} />
        {view.rebelsTotal > 0 ? (
          <p>
            <Link href={`/rebels?division=${division.officialId}`}>
              Explore and download these rebels: filter by party, frontbench or PPS role, stance and nation
            </Link>
          </p>
        ) : null}
      </section>

      <section id="departures" aria-labelledby="departures-heading" className="space-y-4">
        <h2 id="departures-heading" className="text-2xl">
          Who left their posts over this vote
        </h2>
        <DeparturesList departures={view.departures} />
      </section>

      <MembersSection
        data={{
          path,
          filters: exportFilters,
          parties: view.partyRows.map(({ party }) => ({ abbreviation: party.abbreviation, name: party.name })),
          unknownParty: query.party && !knownParty ? query.party : null,
          total: shown.length,
          filterWords,
          postsUnknown: view.postsUnknown,
          listed: { first: listed.first, last: listed.last, page: listed.page, pages: listed.pages, requested: listed.requested },
          perPage: MEMBERS_PER_PAGE,
          fullList: `${origin}${path}/votes.csv${exportQuery}`,
          table: memberRowsOf(listed.rows),
        }}
        editLink={<EditLink href={`/admin/divisions/${division.id}/votes`} what={`the votes in division ${division.officialId}`} />}
      />

      <section aria-labelledby="sources-heading" className="space-y-2">
        <h2 id="sources-heading" className="text-2xl">
          Sources
        </h2>
        <SourceLinks sources={division.sources} label="The division record" />
        <p className="text-sm">
          <Link href={path}>Permanent link to this division</Link>
        </p>
      </section>
      <EmbedThis
        origin={origin}
        path={`/embed/divisions/${division.officialId}`}
        title={`Division ${division.officialId}: ${division.shortTitle ?? division.officialTitle}, on Ayes & Noes`}
        height={EMBED_HEIGHTS.division}
        what="this division (the result, how each party voted and who defied the whip)"
      />
      <ReportLink path={path} />
    </article>
  );
}

const VOTE_WORDS: Record<(typeof MEMBER_VOTE_FILTERS)[number], string> = {
  aye: 'voted for',
  no: 'voted against',
  both: 'both lobbies',
  absent: 'did not vote',
  rebels: 'defied their whip',
};
