import type { NextRequest } from 'next/server';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { divisionVotesQuerySchema, officialIdSchema, parseApiQuery } from '@/lib/validation/api';
import { apiError, apiJson, badQuery, pageOf, pagingOf } from '../../../_shared/http';
import { partyRef, verdictJson, whipJson } from '../../../_shared/serialise';

/**
 * GET /api/v1/divisions/{id}/votes?position=&party=&verdict=&page=&per_page=: every member's vote, by
 * surname, with their party and seat on the day, the whip it is measured against and the verdict.
 */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/divisions/[id]/votes'>) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return apiError(400, `The division id must be a Commons Votes id, a whole number such as 1666`);
  const parsed = parseApiQuery(divisionVotesQuerySchema, request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const division = getDivisionByOfficialId(id.data);
  if (!division) return apiError(404, `There is no division ${id.data}`);

  const { page, per_page: perPage, position, party, verdict } = parsed.data;
  const { view } = loadDivisionView(division);
  if (party && !view.partyRows.some((r) => r.party.abbreviation.toLowerCase() === party.toLowerCase())) {
    return badQuery([{ path: 'party', message: `No party with the abbreviation "${party}" voted in division ${division.officialId}` }]);
  }
  const shown = view.members
    .filter((m) => !position || m.position === position)
    .filter((m) => !party || m.party?.abbreviation.toLowerCase() === party.toLowerCase())
    .filter((m) => !verdict || verdictJson(m.verdict) === verdict)
    .sort((a, b) => a.sortName.localeCompare(b.sortName, 'en-GB'));

  return apiJson({
    division: { id: division.officialId, date: division.date, title: division.officialTitle },
    data: pageOf(shown, page, perPage).map((m) => ({
      member_id: m.parliamentId,
      name: m.name,
      party: partyRef(m.party),
      constituency: m.constituencyName,
      position: m.position,
      in_chair: m.inChair,
      is_teller: m.isTeller,
      proxy_name: m.proxyName,
      whip: whipJson(m.whip),
      verdict: verdictJson(m.verdict),
      on_the_day: m.inChair ? 'chair' : m.payroll,
    })),
    paging: pagingOf(request, page, perPage, shown.length),
  });
}
