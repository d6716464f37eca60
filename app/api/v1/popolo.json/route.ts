import { createHash } from 'node:crypto';
import { readPopoloRecord } from '@/db/queries/open-data';
import { buildPopolo } from '@/lib/openapi/popolo';
import { requestSiteOrigin } from '@/lib/site-origin';

// The whole record is a few megabytes at most: built once a minute per server process and site address (its links
// name the address the request came by when SITE_URL is unset), and sent with an ETag so that a client that has it
// gets a 304. A few addresses are kept at once (say 127.0.0.1 and localhost): a request with yet another Host
// replaces the oldest rather than growing the memo without end.
const MEMO_MS = 60_000;
const MEMO_ORIGINS = 4;
const memo = new Map<string, { body: string; etag: string; builtAt: number }>();

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

function builtFor(origin: string) {
  const kept = memo.get(origin);
  if (kept && Date.now() - kept.builtAt <= MEMO_MS) return kept;
  const body = JSON.stringify(buildPopolo(readPopoloRecord(), origin));
  const built = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, builtAt: Date.now() };
  memo.delete(origin);
  memo.set(origin, built);
  while (memo.size > MEMO_ORIGINS) memo.delete(memo.keys().next().value!);
  return built;
}

/** GET /api/v1/popolo.json: people, parties, memberships, posts, divisions and votes in Popolo. */
export async function GET(request: Request) {
  const { body, etag } = builtFor(requestSiteOrigin(request));
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
