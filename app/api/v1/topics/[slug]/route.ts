import type { NextRequest } from 'next/server';
import { loadTopicPage } from '@/db/queries/topic-page';
import { pagingQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { describeTopicVotes } from '@/lib/view/topic-summary';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiError, apiJson, badQuery } from '../../_shared/http';
import { partyRef, statementJson } from '../../_shared/serialise';

/**
 * GET /api/v1/topics/{slug}: a topic's divisions with the lobby that supports it, each party's and every MP's votes
 * on them with the summary in words, and the parties' lines. The same reads as /topics/{slug}.
 */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/topics/[slug]'>) {
  const slug = (await ctx.params).slug;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return apiError(400, 'A topic is given by its slug, e.g. gaza-immediate-ceasefire');
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const page = loadTopicPage(slug);
  if (!page) return apiError(404, `There is no topic "${slug}"`);
  const partyById = new Map(page.parties.map((p) => [p.id, p]));
  const counts = (c: { support: number; against: number; both: number }, summary: string) => ({ support: c.support, against: c.against, both: c.both, summary });
  return apiJson({
    data: {
      slug: page.topic.slug,
      title: page.topic.title,
      description: page.topic.description,
      url: `${requestSiteOrigin(request)}/topics/${page.topic.slug}`,
      divisions: page.divisions.map((d) => ({ id: d.officialId, date: d.date, title: d.title, supporting_lobby: d.supportingLobby, ayes: d.ayeCount, noes: d.noCount })),
      party_votes: page.partyVotes.map((p) => ({
        party: partyRef(partyById.get(p.partyId)),
        members: p.members,
        ...counts(p.count, describeTopicVotes(p.count)),
      })),
      party_lines: page.partyLines.map((l) => ({ ...statementJson(l), party: partyRef(partyById.get(l.partyId)) })),
      mps: page.members.map((m) => ({
        id: m.parliamentId,
        name: m.name,
        party: partyRef(m.partyId ? partyById.get(m.partyId) : null),
        ...counts(m.count, m.summary),
      })),
    },
  });
}
