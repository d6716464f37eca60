// robots.txt (RFC 9309): public pages may be crawled; the editors' desk, sign-in, readers' reports, the JSON API
// and the downloads may not; nor may any address with a query string. Filters and pages multiply without end (every
// combination of the finder's and the explorer's filters, every page of every list, every search), and a crawler
// following them would loop; the sitemap lists every page worth reading at its bare address instead.

export const ROBOTS_DISALLOWED = [
  '/admin',
  '/login',
  '/report',
  '/search',
  '/api/v1/',
  '/embed/',
  '/*?',
  '/*.csv$',
  '/*.json$',
] as const;

export function buildRobotsTxt(origin: string): string {
  return [
    '# Ayes & Noes: every division, MP, topic and party is listed in the sitemap at its bare address.',
    'User-agent: *',
    'Allow: /',
    ...ROBOTS_DISALLOWED.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
