import { findDivisions } from '@/db/queries/division-finder';
import { listTopics } from '@/db/queries/topic-page';
import { atomResponse, buildAtomFeed } from '@/lib/feeds/atom';
import { divisionEntry, TAG } from '@/lib/feeds/entries';
import { errorResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { SITE_NAME } from '@/lib/view/metadata';

/**
 * /topics/{slug}/feed.xml: the divisions that bear on a topic, newest first, with their rebels and the posts left
 * over them: the division finder's reading with the topic filter (the finder's first page).
 */
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  const slug = (await ctx.params).slug;
  const topic = listTopics().find((t) => t.slug === slug);
  if (!topic) return errorResponse(404, `There is no topic “${slug.slice(0, 100)}”.`);
  const found = findDivisions({ topic: topic.slug });
  const origin = requestSiteOrigin(request);
  const partyNames = new Map(found.parties.map((p) => [p.id, p.name]));
  return atomResponse(
    buildAtomFeed({
      id: `${TAG}feed/topics/${topic.slug}`,
      title: `${topic.title}: divisions · ${SITE_NAME}`,
      subtitle: topic.description ?? `The divisions that bear on “${topic.title}”, newest first.`,
      selfUrl: `${origin}/topics/${topic.slug}/feed.xml`,
      pageUrl: `${origin}/topics/${topic.slug}`,
      author: { name: SITE_NAME, uri: origin },
      entries: found.items.map((d) => divisionEntry(d, found.totals.get(d.id), partyNames, origin)),
    }),
  );
}
