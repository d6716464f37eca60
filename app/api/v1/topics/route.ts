import type { NextRequest } from 'next/server';
import { listTopics } from '@/db/queries/topic-page';
import { pagingQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiJson, badQuery } from '../_shared/http';

/** GET /api/v1/topics: every topic, by title, with how many divisions it links. */
export async function GET(request: NextRequest) {
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const origin = requestSiteOrigin(request);
  return apiJson({ data: listTopics().map((t) => ({ ...t, url: `${origin}/api/v1/topics/${t.slug}` })) });
}
