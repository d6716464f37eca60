import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { MemberRates } from '@/components/mp/member-rates';
import { EditLink } from '@/components/edit-link';
import { MemberHeader } from '@/components/mp/member-header';
import { PostsList } from '@/components/mp/posts-list';
import { StancesList } from '@/components/mp/stances-list';
import { Pager } from '@/components/pager';
import { VotesTable } from '@/components/mp/votes-table';
import { RebellionHistory } from '@/components/rebellion-history';
import { rebellionListOf } from '@/lib/view/rebellion-history';
import { loadMemberPage, type MemberPageData } from '@/db/queries/member-page';
import { loadRates } from '@/db/queries/member-rates';
import { findParliamentIdBySlug } from '@/db/queries/person';
import { MembershipsList } from '@/components/mp/memberships-list';
import { memberIntroOf } from '@/lib/view/member-intro';
import { readVotesPage, SAID_PER_PAGE } from '@/lib/view/member-view';
import { pageOfList } from '@/lib/view/paging';
import { pageMetadata } from '@/lib/view/metadata';
import { EmbedThis } from '@/components/share/embed-this';
import { siteOrigin } from '@/lib/site-origin';
import { EMBED_HEIGHTS } from '@/lib/view/embed-html';
import { parseRouteKey, readParam, toQueryString, type SearchParams } from '@/lib/view/params';
import { ReportLink } from '@/components/report-link';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * "?page=3&said=2", or nothing for the first pages (of votes, and of what they said); "rebellions=all" when every
 * vote against the whip is listed, not only the most recent.
 */
function pageQuery(page: number, said?: string, allRebellions = false): string {
  return toQueryString({
    page: page > 1 ? String(page) : undefined,
    said: said && said !== '1' ? said : undefined,
    rebellions: allRebellions ? 'all' : undefined,
  });
}

/** Whether the address asks for every vote against the whip rather than the most recent. */
function readAllRebellions(searchParams: SearchParams): boolean {
  return readParam(searchParams, 'rebellions') === 'all';
}

/**
 * The person this address names, with the page of votes it asks for; "/mps/yasmin-qureshi" and
 * "/mps/3924-any-words" redirect to "/mps/3924". A page past the last one is not found.
 */
async function resolveMemberPage(props: Props): Promise<MemberPageData> {
  const key = parseRouteKey((await props.params).id);
  if (!key) notFound();
  const searchParams = await props.searchParams;
  const page = readVotesPage(searchParams);
  const said = readParam(searchParams, 'said');
  const allRebellions = readAllRebellions(searchParams);
  if (key.kind === 'slug') {
    const parliamentId = findParliamentIdBySlug(key.slug);
    if (parliamentId === null) notFound();
    permanentRedirect(`/mps/${parliamentId}${pageQuery(page, said, allRebellions)}`);
  }
  if (key.kind === 'id-with-slug') permanentRedirect(`/mps/${key.id}${pageQuery(page, said, allRebellions)}`);
  const member = loadMemberPage(key.id, page);
  if (!member || member.votes.page > member.votes.pages) notFound();
  return member;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { person, membership, party, votes, summary, words } = await resolveMemberPage(props);
  const seat = membership?.constituencyName ? ` for ${membership.constituencyName}` : '';
  const saidPage = pageOfList(words.verdicts, readParam(await props.searchParams, 'said'), SAID_PER_PAGE);
  return pageMetadata({
    title: votes.page > 1 ? `${person.name}: votes, page ${votes.page} of ${votes.pages}` : person.name,
    description: `${summary.headline} ${person.name}, ${party ? `${party.name} ` : ''}MP${seat}: how they voted, which whips they defied, the posts they held and what they said.`,
    path: `/mps/${person.parliamentId}`,
    query: pageQuery(votes.page, String(saidPage.page)),
    feeds: [{ title: `${person.name}: votes, rebellions and posts left (Atom feed)`, path: `/mps/${person.parliamentId}/feed.xml` }],
    image: {
      path: `/mps/${person.parliamentId}/card.png`,
      alt: `${person.name}, ${party ? `${party.name} ` : ''}MP${seat}. ${summary.headline}`,
    },
  });
}

// Queries: loadMemberPage's twelve at most, shared with the metadata, however many votes the member has cast.
export default async function MemberPage(props: Props) {
  await connection();
  const { person, membership, party, memberships, otherNames, parties, posts, summary, history, words, officialIdByDivision, totals, votes } =
    await resolveMemberPage(props);
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const count = (n: number) => n.toLocaleString('en-GB');
  const range = `${count(votes.first)} to ${count(votes.last)} of ${count(totals.votes)}`;
  const rates = loadRates().byPerson.get(person.id);
  const saidPage = pageOfList(words.verdicts, readParam(await props.searchParams, 'said'), SAID_PER_PAGE);
  const allRebellions = readAllRebellions(await props.searchParams);
  const hrefOf = (page: number, said: number, all = allRebellions) => `/mps/${person.parliamentId}${pageQuery(page, String(said), all)}`;

  return (
    <article className="space-y-10">
      <MemberHeader
        intro={memberIntroOf({ person, membership, party, otherNames, posts, summary, totals })}
        editLink={<EditLink href={`/admin/people/${person.id}`} what={`${person.name}: details, party and seat, posts and statements`} />}
      />

      {rates ? <MemberRates rates={rates} medians={party ? loadRates().medians.get(party.id) : undefined} partyName={party?.kind === 'party' ? party.name : null} /> : null}

      {memberships.length > 0 ? (
        <section aria-labelledby="memberships-heading" className="space-y-4">
          <h2 id="memberships-heading" className="text-2xl">
            Party and seat over time
          </h2>
          <MembershipsList memberships={memberships} parties={partyById} />
        </section>
      ) : null}

      <section aria-labelledby="posts-heading" className="space-y-4">
        <h2 id="posts-heading" className="text-2xl">
          Posts held
        </h2>
        <PostsList posts={posts} known={person} />
      </section>

      <RebellionHistory
        list={rebellionListOf(
          history,
          new Map(parties.map((p) => [p.id, p.name])),
          {
            all: allRebellions,
            allHref: `${hrefOf(votes.page, saidPage.page, true)}#rebellion-history-heading`,
            fewerHref: `${hrefOf(votes.page, saidPage.page, false)}#rebellion-history-heading`,
          },
        )}
      />

      <section id="votes" aria-labelledby="votes-heading" className="space-y-4">
        <h2 id="votes-heading" className="text-2xl">
          Votes
        </h2>
        <p className="max-w-3xl text-muted">
          Each vote is measured against the whip of the member&rsquo;s party on the day: the whip a source reports, or
          one inferred from how the party voted. Not voting is never counted as defying the whip.
        </p>
        {votes.pages > 1 ? <p className="font-semibold">Votes {range}, newest first.</p> : null}
        <VotesTable
          votes={votes.rows}
          parties={partyById}
          caption={votes.pages > 1 ? `Recorded votes, newest first: ${range}` : 'Recorded votes, newest first'}
        />
        <Pager
          page={votes.page}
          pages={votes.pages}
          hrefOf={(page) => `${hrefOf(page, saidPage.page)}#votes`}
          label="Pages of votes"
          previous="Newer votes"
          next="Older votes"
        />
      </section>

      <section id="stances" aria-labelledby="stances-heading" className="space-y-4">
        <h2 id="stances-heading" className="text-2xl">
          What they said
        </h2>
        <p className="max-w-3xl text-muted">
          Only what was said before a vote is held against it: words said afterwards explain the vote. Each division
          gets one verdict, with every quote under it.
        </p>
        {saidPage.pages > 1 ? (
          <p className="font-semibold">
            Divisions {count(saidPage.first)} to {count(saidPage.last)} of {count(words.verdicts.length)}, newest first, {SAID_PER_PAGE} a
            page{saidPage.page < saidPage.requested ? ` (there are only ${saidPage.pages} pages)` : ''}.
          </p>
        ) : null}
        <StancesList
          words={{ verdicts: saidPage.rows, unlinked: words.unlinked }}
          officialIdByDivision={officialIdByDivision}
          parties={parties}
        />
        <Pager
          page={saidPage.page}
          pages={saidPage.pages}
          hrefOf={(n) => `${hrefOf(votes.page, n)}#stances`}
          label="Pages of what they said"
          previous="Newer statements"
          next="Older statements"
        />
      </section>
      <EmbedThis
        origin={await siteOrigin()}
        path={`/embed/mps/${person.parliamentId}`}
        title={`${person.name} MP, on Ayes & Noes`}
        height={EMBED_HEIGHTS.member}
        what={`${person.name} (party, seat, the summary above and their latest vote against the whip)`}
      />
      <ReportLink path={`/mps/${person.parliamentId}`} />
    </article>
  );
}
