import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { connection } from 'next/server';
import { PostsList } from '@/components/mp/posts-list';
import { StancesList } from '@/components/mp/stances-list';
import { VotesTable } from '@/components/mp/votes-table';
import { PartyBadge } from '@/components/party-badge';
import { RebellionHistory } from '@/components/rebellion-history';
import { listParties } from '@/db/queries/parties';
import { getRebellionHistory } from '@/db/queries/rebels';
import {
  findParliamentIdBySlug,
  getPersonByParliamentId,
  listOwnPartyTallies,
  listPersonMemberships,
  listPersonPosts,
  listPersonStances,
  listPersonVotes,
  listPersonVoteTopics,
  type PersonSummary,
} from '@/db/queries/person';
import { formatDate, plural } from '@/lib/view/format';
import { assessMemberVotes, compareSaidWithDid, toSummaryVotes } from '@/lib/view/member-view';
import { summariseMember } from '@/lib/view/mp-summary';
import { pageMetadata } from '@/lib/view/metadata';
import { parseRouteKey } from '@/lib/view/params';

type Props = { params: Promise<{ id: string }> };

/** The person this address names; "/mps/yasmin-qureshi" and "/mps/3924-any-words" redirect to "/mps/3924". */
async function resolvePerson(props: Props): Promise<PersonSummary> {
  const key = parseRouteKey((await props.params).id);
  if (!key) notFound();
  if (key.kind === 'slug') {
    const parliamentId = findParliamentIdBySlug(key.slug);
    if (parliamentId === null) notFound();
    permanentRedirect(`/mps/${parliamentId}`);
  }
  if (key.kind === 'id-with-slug') permanentRedirect(`/mps/${key.id}`);
  const person = getPersonByParliamentId(key.id);
  if (!person) notFound();
  return person;
}

/** The member's latest membership, with party and seat, in words for the page and its share card. */
function describeSeat(personId: number) {
  const membership = listPersonMemberships(personId)[0] ?? null;
  const party = membership ? (listParties().find((p) => p.id === membership.partyId) ?? null) : null;
  return { membership, party };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const person = await resolvePerson(props);
  const { membership, party } = describeSeat(person.id);
  const seat = membership?.constituencyName ? ` for ${membership.constituencyName}` : '';
  return pageMetadata({
    title: person.name,
    description: `${person.name}, ${party ? `${party.name} ` : ''}MP${seat}: how they voted, which whips they defied, the posts they held and what they said.`,
    path: `/mps/${person.parliamentId}`,
  });
}

// Queries: person, memberships, parties, posts, votes (with whips), own-party tallies, stances, vote topics (8),
// and getRebellionHistory's four.
export default async function MemberPage(props: Props) {
  await connection();
  const person = await resolvePerson(props);
  const { membership, party } = describeSeat(person.id);
  const parties = listParties();
  const posts = listPersonPosts(person.id);
  const votes = assessMemberVotes(
    listPersonVotes(person.id),
    listOwnPartyTallies(person.id),
    new Map(parties.map((p) => [p.id, p.kind])),
  );
  const stances = compareSaidWithDid(listPersonStances(person.id), votes);
  const rebellions = votes.filter((v) => v.verdict === 'rebelled').length;
  const summary = summariseMember({
    name: person.name,
    votes: toSummaryVotes(votes, new Map(parties.map((p) => [p.id, p])), listPersonVoteTopics(person.id)),
    posts,
  });

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href="/mps">MPs</Link> <span aria-hidden="true">›</span>
            </li>
            <li aria-current="page">{person.name}</li>
          </ol>
        </nav>
        <h1 className="text-3xl sm:text-5xl">{person.name}</h1>
        <section aria-labelledby="summary-heading" className="max-w-3xl space-y-1 border-l-4 border-brand bg-paper p-4">
          <h2 id="summary-heading" className="sr-only">
            In short
          </h2>
          <p className="text-lg sm:text-xl">{summary.headline}</p>
          {summary.detail ? <p className="text-muted">{summary.detail}</p> : null}
        </section>
        {membership ? (
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg sm:text-xl">
            <PartyBadge party={party} />
            <span>
              MP for <strong>{membership.constituencyName ?? 'a seat not recorded'}</strong>
              {membership.datesBasis === 'observed'
                ? `, as recorded on ${formatDate(membership.endDate ?? membership.startDate)}`
                : `, from ${formatDate(membership.startDate)}${membership.endDate ? ` to ${formatDate(membership.endDate)}` : ''}`}
            </span>
          </p>
        ) : (
          <p>Not recorded as an MP.</p>
        )}
        <p className="text-muted">
          {plural(votes.length, 'recorded vote')}, {plural(rebellions, 'vote')} against the party whip,{' '}
          {plural(posts.length, 'post')} recorded.
        </p>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={`https://members.parliament.uk/member/${person.parliamentId}`}>Profile on parliament.uk</a>
          {person.twfyId ? <a href={`https://www.theyworkforyou.com/mp/?p=${person.twfyId}`}>TheyWorkForYou</a> : null}
        </p>
      </header>

      <section aria-labelledby="posts-heading" className="space-y-4">
        <h2 id="posts-heading" className="text-2xl">
          Posts held
        </h2>
        <PostsList posts={posts} />
      </section>

      <RebellionHistory history={getRebellionHistory(person.id)} />

      <section aria-labelledby="votes-heading" className="space-y-4">
        <h2 id="votes-heading" className="text-2xl">
          Votes
        </h2>
        <p className="max-w-3xl text-muted">
          Each vote is measured against the whip of the member&rsquo;s party on the day: the whip a source reports, or
          one inferred from how the party voted. Not voting is never counted as defying the whip.
        </p>
        <VotesTable votes={votes} partyNames={new Map(parties.map((p) => [p.id, p.name]))} />
      </section>

      <section aria-labelledby="stances-heading" className="space-y-4">
        <h2 id="stances-heading" className="text-2xl">
          What they said
        </h2>
        <StancesList stances={stances} officialIdByDivision={new Map(votes.map((v) => [v.divisionId, v.officialId]))} />
      </section>
    </article>
  );
}
