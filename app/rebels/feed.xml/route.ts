import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { atomResponse, buildAtomFeed } from '@/lib/feeds/atom';
import { rebellionEntry, REBEL_FEED_ENTRIES, TAG } from '@/lib/feeds/entries';
import { errorResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { toRebelsSearch } from '@/lib/validation/rebels';
import { SITE_NAME } from '@/lib/view/metadata';
import { describeRebelFilters, describeRebelScope } from '@/lib/view/rebels-describe';

/**
 * /rebels/feed.xml: the rebel explorer's list as a feed, one entry for each vote against the whip, newest division
 * first. The same filters as /rebels, read and validated by the same loader as the page and its downloads (400 for a
 * bad filter), so the feed lists what the page lists.
 */
export async function GET(request: Request) {
  const { query, issues, list, scope, parties } = loadRebelListKept(new URL(request.url).searchParams);
  if (issues.length > 0) return errorResponse(400, 'These filters are not valid.', issues);
  const origin = requestSiteOrigin(request);
  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  const search = toRebelsSearch({ ...query, party: party?.abbreviation });
  const words = describeRebelFilters(query, party?.name);
  const rebellions = list.rows
    .flatMap((row) => row.rebellions)
    .sort((a, b) => (a.division.date < b.division.date ? 1 : a.division.date > b.division.date ? -1 : b.division.officialId - a.division.officialId))
    .slice(0, REBEL_FEED_ENTRIES);
  return atomResponse(
    buildAtomFeed({
      id: `${TAG}feed/rebels${search}`,
      title: `Rebels${words ? ` (${words})` : ''} · ${SITE_NAME}`,
      subtitle: describeRebelScope(scope),
      selfUrl: `${origin}/rebels/feed.xml${search}`,
      pageUrl: `${origin}/rebels${search}`,
      author: { name: SITE_NAME, uri: origin },
      entries: rebellions.map((r) => rebellionEntry(r, origin)),
    }),
  );
}
