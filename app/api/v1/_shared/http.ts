import 'server-only';
import { requestSiteOrigin } from '@/lib/site-origin';
import type { QueryIssue } from '@/lib/validation/api';

// Responses of the JSON API: every answer is JSON, readable from any origin (open data), and a success
// may be cached briefly by browsers and shared caches; errors are never cached.

export const API_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

const BASE_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export function apiJson(body: unknown, options: { cacheControl?: string } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { ...BASE_HEADERS, 'Cache-Control': options.cacheControl ?? API_CACHE_CONTROL },
  });
}

export function apiError(status: 400 | 404 | 405, message: string, issues?: ReadonlyArray<QueryIssue>): Response {
  return new Response(JSON.stringify({ error: message, ...(issues && issues.length > 0 ? { issues } : {}) }), {
    status,
    headers: { ...BASE_HEADERS, 'Cache-Control': 'no-store' },
  });
}

export function badQuery(issues: ReadonlyArray<QueryIssue>): Response {
  return apiError(400, issues.map((i) => i.message).join('; '), issues);
}

/**
 * The paging block: totals, and the next and previous pages as full URLs with the same filters, on the site's
 * address for this request (lib/site-origin.ts: SITE_URL, or the address the request came by), as pages link.
 */
export function pagingOf(request: Request, page: number, perPage: number, total: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const { pathname, search } = new URL(request.url);
  const origin = requestSiteOrigin(request);
  const link = (p: number) => {
    const url = new URL(`${pathname}${search}`, origin);
    url.searchParams.set('page', String(p));
    url.searchParams.set('per_page', String(perPage));
    return url.toString();
  };
  return {
    page,
    per_page: perPage,
    total,
    total_pages: totalPages,
    next: page < totalPages ? link(page + 1) : null,
    prev: page > 1 ? link(Math.min(page - 1, totalPages)) : null,
  };
}

/** The slice of `items` for a page. */
export function pageOf<T>(items: ReadonlyArray<T>, page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
