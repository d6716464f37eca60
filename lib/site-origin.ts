import 'server-only';
import { headers } from 'next/headers';
import { isOrigin, ORIGIN_HEADER } from '@/scripts/lib/origin.mjs';
import { getConfig, type Config } from './config';

// The site's public address for absolute links (canonical, og:url, feeds, the sitemap, robots.txt, the downloads and
// the JSON API): SITE_URL when set; otherwise the address the request came by, which the production server works out
// from the Host header (scripts/lib/origin.mjs) and hands over in ORIGIN_HEADER. Without that header (`next dev`, a
// test calling a route directly) the Host header itself, over http; without either, the configured fallback (this
// server's port).

type HeaderReader = { get(name: string): string | null };

/** The origin for one request's headers, by the rules above. Pure: tests call it with a plain Headers object. */
export function originFromHeaders(requestHeaders: HeaderReader, config: Pick<Config, 'siteUrl' | 'isSiteUrlSet'> = getConfig()): string {
  if (config.isSiteUrlSet) return config.siteUrl;
  const handed = requestHeaders.get(ORIGIN_HEADER);
  if (isOrigin(handed)) return handed;
  const host = requestHeaders.get('host')?.trim().toLowerCase();
  const fromHost = host ? `http://${host}` : null;
  return isOrigin(fromHost) ? fromHost : config.siteUrl;
}

/** The origin of the request being rendered (pages, layouts, metadata). Reads no header when SITE_URL is set. */
export async function siteOrigin(): Promise<string> {
  const config = getConfig();
  if (config.isSiteUrlSet) return config.siteUrl;
  return originFromHeaders(await headers(), config);
}

/** The origin of a route handler's request. */
export function requestSiteOrigin(request: Request): string {
  return originFromHeaders(request.headers);
}
