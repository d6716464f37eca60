import type { NextRequest } from 'next/server';
import { listParties } from '@/db/queries/parties';
import {
  getPersonByParliamentId,
  listOwnPartyTallies,
  listPersonMemberships,
  listPersonPosts,
  listPersonVotes,
  listPersonVoteTopics,
} from '@/db/queries/person';
import { officialIdSchema, parseApiQuery, pagingQuerySchema } from '@/lib/validation/api';
import { assessMemberVotes, toSummaryVotes } from '@/lib/view/member-view';
import { summariseMember } from '@/lib/view/mp-summary';
import { apiError, apiJson, badQuery } from '../../_shared/http';
import { siteOrigin, partyRef, verdictJson, whipJson } from '../../_shared/serialise';

/**
 * GET /api/v1/mps/{id}: one MP by Parliament member id, with their record: memberships, posts, and every
 * recorded vote with the whip it is measured against (reported or inferred) and the verdict.
 */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/mps/[id]'>) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return apiError(400, 'The MP id must be a Parliament member id, a whole number such as 3924');
  // No query parameters are taken; an unknown one is a mistake worth saying.
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const person = getPersonByParliamentId(id.data);
  if (!person) return apiError(404, `There is no MP with member id ${id.data}`);

  const parties = listParties();
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const memberships = listPersonMemberships(person.id);
  const posts = listPersonPosts(person.id);
  const votes = assessMemberVotes(listPersonVotes(person.id), listOwnPartyTallies(person.id), new Map(parties.map((p) => [p.id, p.kind])));
  const summary = summariseMember({ name: person.name, votes: toSummaryVotes(votes, partyById, listPersonVoteTopics(person.id)), posts });
  const latest = memberships[0];
  const origin = siteOrigin();

  return apiJson({
    data: {
      id: person.parliamentId,
      name: person.name,
      party: partyRef(latest ? partyById.get(latest.partyId) : null),
      constituency: latest?.constituencyName ?? null,
      membership: latest ? { start: latest.startDate, end: latest.endDate, dates_basis: latest.datesBasis } : null,
      url: `${origin}/mps/${person.parliamentId}`,
      twfy_id: person.twfyId,
      summary: summary.detail ? `${summary.headline} ${summary.detail}` : summary.headline,
      memberships: memberships.map((m) => ({
        party: partyRef(partyById.get(m.partyId)),
        constituency: m.constituencyName,
        start: m.startDate,
        end: m.endDate,
        end_reason: m.endReason,
        dates_basis: m.datesBasis,
      })),
      posts: posts.map((p) => ({
        title: p.title,
        kind: p.kind,
        side: p.side,
        department: p.department,
        start: p.startDate,
        end: p.endDate,
        end_reason: p.endReason,
        ended_over_division: p.endedOverOfficialId,
        sources: p.sources,
      })),
      votes: votes.map((v) => ({
        division_id: v.officialId,
        date: v.date,
        title: v.shortTitle ?? v.officialTitle,
        position: v.position,
        is_teller: v.isTeller,
        party: partyRef(v.partyId === null ? null : partyById.get(v.partyId)),
        whip: whipJson(v.whip),
        verdict: verdictJson(v.verdict),
      })),
      rebellions: votes.filter((v) => v.verdict === 'rebelled').length,
    },
  });
}
