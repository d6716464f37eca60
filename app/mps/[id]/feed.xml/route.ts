import { loadMemberPage } from '@/db/queries/member-page';
import { atomResponse, buildAtomFeed, type AtomEntry } from '@/lib/feeds/atom';
import { FEED_ENTRIES, memberVoteEntry, postEndedEntry, TAG } from '@/lib/feeds/entries';
import { errorResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { officialIdSchema } from '@/lib/validation/api';
import { SITE_NAME } from '@/lib/view/metadata';

/**
 * /mps/{member id}/feed.xml: an MP's newest recorded votes, each measured against the whip as their page words it
 * ("Voted for. Defied the Labour whip to abstain."), and the posts they left, newest first. From the MP page's own
 * reading (loadMemberPage: the whole record judged once per data version).
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return errorResponse(404, 'A feed is at /mps/{member id}/feed.xml, with the Parliament member id (such as 3924).');
  const member = loadMemberPage(id.data, 1);
  if (!member) return errorResponse(404, `There is no MP with member id ${id.data}.`);
  const { person, record, posts } = member;
  const origin = requestSiteOrigin(request);
  const parties = new Map(member.parties.map((p) => [p.id, p]));
  const entries = [
    ...record.rows(0, FEED_ENTRIES).map((v) => memberVoteEntry(person, v, parties, origin)),
    ...posts.map((p) => postEndedEntry(person, p, origin)),
  ]
    .filter((e): e is AtomEntry => e !== null)
    // Newest first (a post's end is a day, placed at its start: before that day's votes).
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
    .slice(0, FEED_ENTRIES);
  return atomResponse(
    buildAtomFeed({
      id: `${TAG}feed/mps/${person.parliamentId}`,
      title: `${person.name}: votes, rebellions and posts left · ${SITE_NAME}`,
      subtitle: `How ${person.name} voted, measured against their party’s whip on the day, and the posts they left.`,
      selfUrl: `${origin}/mps/${person.parliamentId}/feed.xml`,
      pageUrl: `${origin}/mps/${person.parliamentId}`,
      author: { name: SITE_NAME, uri: origin },
      entries,
    }),
  );
}
