import type { NextRequest } from 'next/server';
import { searchMembers } from '@/db/queries/members';
import { listParties } from '@/db/queries/parties';
import { mpsQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiJson, badQuery, pageOf, pagingOf } from '../_shared/http';
import { partyRef } from '../_shared/serialise';

/** GET /api/v1/mps?q=&party=&page=&per_page=: MPs with their latest party and seat, as /mps lists them. */
export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(mpsQuerySchema, request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const { page, per_page: perPage, q, party: partyParam } = parsed.data;
  const parties = listParties();
  const party = partyParam ? parties.find((p) => p.abbreviation.toLowerCase() === partyParam.toLowerCase()) : undefined;
  if (partyParam && !party) return badQuery([{ path: 'party', message: `There is no party with the abbreviation "${partyParam}"` }]);

  const members = searchMembers({ query: q, partyId: party?.id });
  const partyById = new Map(parties.map((p) => [p.id, p]));
  const origin = requestSiteOrigin(request);
  return apiJson({
    data: pageOf(members, page, perPage).map((m) => ({
      id: m.parliamentId,
      name: m.name,
      party: partyRef(partyById.get(m.partyId)),
      constituency: m.constituencyName,
      membership: { start: m.startDate, end: m.endDate, dates_basis: m.datesBasis },
      url: m.parliamentId ? `${origin}/api/v1/mps/${m.parliamentId}` : `${origin}/mps`,
    })),
    paging: pagingOf(request, page, perPage, members.length),
  });
}
