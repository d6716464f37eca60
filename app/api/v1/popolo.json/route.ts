import { createHash } from 'node:crypto';
import { readPopoloRecord } from '@/db/queries/open-data';
import { getConfig } from '@/lib/config';
import { buildPopolo } from '@/lib/openapi/popolo';

// The whole record is a few megabytes at most: built once a minute per server process, and sent with an
// ETag so that a client that has it gets a 304.
const MEMO_MS = 60_000;
let memo: { body: string; etag: string; builtAt: number } | null = null;

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** GET /api/v1/popolo.json: people, parties, memberships, posts, divisions and votes in Popolo. */
export async function GET(request: Request) {
  if (!memo || Date.now() - memo.builtAt > MEMO_MS) {
    const body = JSON.stringify(buildPopolo(readPopoloRecord(), getConfig().siteUrl));
    memo = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, builtAt: Date.now() };
  }
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': CACHE_CONTROL,
    ETag: memo.etag,
  };
  if (request.headers.get('if-none-match') === memo.etag) return new Response(null, { status: 304, headers });
  return new Response(memo.body, { status: 200, headers });
}
