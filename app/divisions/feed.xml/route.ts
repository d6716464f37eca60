import { findDivisions } from '@/db/queries/division-finder';
import { atomResponse, buildAtomFeed } from '@/lib/feeds/atom';
import { divisionEntry, TAG } from '@/lib/feeds/entries';
import { errorResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { toFinderSearch } from '@/lib/validation/division-finder';
import { SITE_NAME } from '@/lib/view/metadata';

/**
 * /divisions/feed.xml: the newest divisions (the finder's first page, newest first), with the same filters as
 * /divisions and its downloads, validated the same way (400 for a bad one). The finder's own reading, kept per data
 * version, so the feed costs what the page costs.
 */
export async function GET(request: Request) {
  const found = findDivisions(new URL(request.url).searchParams);
  if (found.issues.length > 0) return errorResponse(400, 'These filters are not valid.', found.issues);
  const origin = requestSiteOrigin(request);
  const search = toFinderSearch(found.query);
  const partyNames = new Map(found.parties.map((p) => [p.id, p.name]));
  return atomResponse(
    buildAtomFeed({
      id: `${TAG}feed/divisions${search}`,
      title: search ? `Divisions matching your filters · ${SITE_NAME}` : `New divisions · ${SITE_NAME}`,
      subtitle: 'Recorded votes of the House of Commons, newest first, with their rebels and the posts left over them.',
      selfUrl: `${origin}/divisions/feed.xml${search}`,
      pageUrl: `${origin}/divisions${search}`,
      author: { name: SITE_NAME, uri: origin },
      entries: found.items.map((d) => divisionEntry(d, found.totals.get(d.id), partyNames, origin)),
    }),
  );
}
