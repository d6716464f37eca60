import { z } from 'zod';
import type { PostcodeServiceName } from '@/lib/config';
import { LruTtlCache } from './cache';

// Postcode → constituency through a key-free online service. Every failure (timeout, refused connection,
// a 5xx, an answer of the wrong shape) becomes `unavailable`, so the page can say so plainly and offer
// constituency search instead: a look-up never throws and never waits longer than the timeout.

export type PostcodeService = { name: PostcodeServiceName; baseUrl: string; timeoutMs: number };

export type PostcodeLookup =
  | {
      status: 'found';
      postcode: string;
      constituency: { name: string; parliamentId: number | null; onsCode: string | null };
      service: PostcodeServiceName;
    }
  | { status: 'not_found'; postcode: string; service: PostcodeServiceName }
  | { status: 'unavailable'; postcode: string; service: PostcodeServiceName; reason: 'timeout' | 'unreachable' | 'bad_response' };

// Members API: GET /api/Location/Constituency/Search?searchText=<postcode> (tests/fixtures/api/members-api.json).
const membersApiSchema = z.object({
  items: z
    .array(z.object({ value: z.object({ id: z.number().int(), name: z.string().min(1) }).nullable() }))
    .nullable(),
});

// postcodes.io: GET /postcodes/<postcode> → { status, result: { parliamentary_constituency, codes } }.
const postcodesIoSchema = z.object({
  result: z.object({
    parliamentary_constituency: z.string().min(1).nullable(),
    codes: z.object({ parliamentary_constituency: z.string().nullable().optional() }).partial().optional(),
  }),
});

const cache = new LruTtlCache<PostcodeLookup>(1_000, 24 * 60 * 60 * 1_000);

/** Forgets every cached answer (tests, or after changing the service). */
export function clearPostcodeCache(): void {
  cache.clear();
}

function requestUrl(service: PostcodeService, postcode: string): string {
  if (service.name === 'members-api') {
    return `${service.baseUrl}/api/Location/Constituency/Search?searchText=${encodeURIComponent(postcode)}&skip=0&take=1`;
  }
  return `${service.baseUrl}/postcodes/${encodeURIComponent(postcode.replace(' ', ''))}`;
}

function readAnswer(service: PostcodeService, postcode: string, status: number, body: unknown): PostcodeLookup {
  const base = { postcode, service: service.name };
  if (service.name === 'postcodes-io') {
    if (status === 404) return { ...base, status: 'not_found' };
    const parsed = postcodesIoSchema.safeParse(body);
    if (!parsed.success) return { ...base, status: 'unavailable', reason: 'bad_response' };
    const name = parsed.data.result.parliamentary_constituency;
    if (!name) return { ...base, status: 'not_found' };
    const onsCode = parsed.data.result.codes?.parliamentary_constituency ?? null;
    return { ...base, status: 'found', constituency: { name, parliamentId: null, onsCode } };
  }
  if (status === 404) return { ...base, status: 'not_found' };
  const parsed = membersApiSchema.safeParse(body);
  if (!parsed.success) return { ...base, status: 'unavailable', reason: 'bad_response' };
  const first = parsed.data.items?.find((item) => item.value)?.value;
  if (!first) return { ...base, status: 'not_found' };
  return { ...base, status: 'found', constituency: { name: first.name, parliamentId: first.id, onsCode: null } };
}

/** Looks a well-formed postcode up (see normalisePostcode), from the cache when it can. */
export async function lookUpPostcode(postcode: string, service: PostcodeService): Promise<PostcodeLookup> {
  const key = `${service.name} ${service.baseUrl} ${postcode}`;
  const cached = cache.get(key);
  if (cached) return cached;

  let result: PostcodeLookup;
  try {
    const response = await fetch(requestUrl(service, postcode), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(service.timeoutMs),
      cache: 'no-store',
    });
    if (response.status >= 500) {
      result = { postcode, service: service.name, status: 'unavailable', reason: 'unreachable' };
    } else if (response.status === 404) {
      result = readAnswer(service, postcode, 404, null);
    } else if (!response.ok) {
      result = { postcode, service: service.name, status: 'unavailable', reason: 'bad_response' };
    } else {
      // The body is read under the same timeout: a service that sends headers and then stalls still ends.
      result = readAnswer(service, postcode, response.status, await response.json());
    }
  } catch (error) {
    const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    result = { postcode, service: service.name, status: 'unavailable', reason: isTimeout ? 'timeout' : 'unreachable' };
  }
  // Only answers are cached: an outage should not outlive itself.
  if (result.status !== 'unavailable') cache.set(key, result);
  return result;
}
