import type { NextRequest } from 'next/server';
import { listPartiesWithMembers } from '@/db/queries/party-page';
import { pagingQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiJson, badQuery } from '../_shared/http';
import { partyRef } from '../_shared/serialise';

/** GET /api/v1/parties: every party, largest first, with its MPs now (by latest recorded party). */
export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const origin = requestSiteOrigin(request);
  return apiJson({
    data: listPartiesWithMembers().map((p) => ({
      abbreviation: p.abbreviation,
      name: p.name,
      kind: partyRef(p)!.kind,
      colour: p.colour,
      members_now: p.membersNow,
      url: `${origin}/api/v1/parties/${encodeURIComponent(p.abbreviation)}`,
    })),
  });
}
