import type { NextRequest } from 'next/server';
import { partyLineOf, stanceOf } from '@/lib/view/rebels';
import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { pagingQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { rebelsQueryFields } from '@/lib/validation/rebels';
import { rebelScopeJson } from '@/lib/export/rebels';
import { apiJson, badQuery, pageOf, pagingOf } from '../_shared/http';
import { partyRef, whipJson } from '../_shared/serialise';

/**
 * GET /api/v1/rebels: the rebel explorer's rows, with the same filters as /rebels (division, from, to, party,
 * basis, vote, role, left, stance, party_stance, topic, nation, q, sort; lib/validation/rebels.ts) plus page and
 * per_page.
 * Like the page it reads at most 100 divisions (the latest, unless chosen); `scope` says which.
 */
export async function GET(request: NextRequest) {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const paging = new URLSearchParams();
  for (const key of ['page', 'per_page']) {
    for (const value of params.getAll(key)) paging.append(key, value);
    params.delete(key);
  }
  const parsedPaging = parseApiQuery(pagingQuerySchema, paging);
  const known = new Set(Object.keys(rebelsQueryFields));
  const unknown = [...new Set(params.keys())].filter((key) => !known.has(key));
  const { query, issues, list, scope, divisions } = loadRebelListKept(params);
  const allIssues = [
    ...(parsedPaging.success ? [] : parsedPaging.issues),
    ...unknown.map((key) => ({ path: key, message: `Unknown parameter: ${key}` })),
    ...issues,
  ];
  if (!parsedPaging.success || allIssues.length > 0) return badQuery(allIssues);
  const { page, per_page: perPage } = parsedPaging.data;

  return apiJson({
    filters: query,
    scope: rebelScopeJson(scope, divisions),
    counts: { rebels: list.rows.length, rebellions: list.rebellionCount },
    data: pageOf(list.rows, page, perPage).map((r) => ({
      member_id: r.parliamentId,
      name: r.name,
      party: partyRef(r.party),
      constituency: r.constituencyName,
      nation: r.nation,
      rebellions_in_these_divisions: r.tally.rebellions,
      whipped_votes_in_these_divisions: r.tally.whippedVotes,
      rebellions: r.rebellions.map((x) => ({
        division: { id: x.division.officialId, date: x.division.date, title: x.division.title },
        position: x.position,
        is_teller: x.isTeller,
        whip: whipJson(x.whip),
        verdict: 'rebelled',
        on_the_day: x.payroll,
        left_post: x.leftPost,
        stance: stanceOf(x, query.topic),
        party_line: partyLineOf(x, query.topic),
      })),
    })),
    paging: pagingOf(request, page, perPage, list.rows.length),
  });
}
