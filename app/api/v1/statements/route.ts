import type { NextRequest } from 'next/server';
import { listStatements } from '@/db/queries/statements';
import { parseApiQuery, statementsQuerySchema } from '@/lib/validation/api';
import { apiJson, badQuery, pageOf, pagingOf } from '../_shared/http';
import { partyRef, statementJson } from '../_shared/serialise';

/**
 * GET /api/v1/statements?topic=&mp=&party=: what MPs said and the parties' lines, newest first, with their sources,
 * by topic. Editors' private notes are never included.
 */
export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(statementsQuerySchema, request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const { page, per_page: perPage, topic, mp, party } = parsed.data;
  const found = listStatements({ topic, mp, party });
  if (found.error) return badQuery([found.error]);
  return apiJson({
    data: pageOf(found.rows, page, perPage).map((s) => ({
      ...statementJson(s),
      topic: { slug: s.topicSlug, title: s.topicTitle },
      mp: s.personName ? { id: s.parliamentId, name: s.personName } : null,
      party: partyRef(s.party),
    })),
    paging: pagingOf(request, page, perPage, found.rows.length),
  });
}
