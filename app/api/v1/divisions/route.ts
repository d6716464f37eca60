import type { NextRequest } from 'next/server';
import { listDivisionsPage } from '@/db/queries/open-data';
import { divisionsQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiJson, badQuery, pagingOf } from '../_shared/http';
import { divisionSummaryJson } from '../_shared/serialise';

/** GET /api/v1/divisions?page=&per_page=&from=&to=: divisions, newest first. */
export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(divisionsQuerySchema, request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const { page, per_page: perPage, from, to } = parsed.data;
  if (from && to && from > to) return badQuery([{ path: 'from', message: 'from must be on or before to' }]);
  const { items, total } = listDivisionsPage({ from, to, limit: perPage, offset: (page - 1) * perPage });
  const origin = requestSiteOrigin(request);
  return apiJson({
    data: items.map((d) => divisionSummaryJson(d, origin)),
    paging: pagingOf(request, page, perPage, total),
  });
}
