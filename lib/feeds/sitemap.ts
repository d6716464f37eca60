import { escapeXml } from './atom';

// Sitemaps (sitemaps.org protocol 0.9): an index at /sitemap.xml naming files of at most SITEMAP_CHUNK addresses
// each (the protocol allows 50,000), /sitemaps/pages-1.xml (the site's own pages, topics and parties),
// /sitemaps/divisions-N.xml and /sitemaps/mps-N.xml. Pure: app/sitemaps/sitemap-files.ts reads the record.

export const SITEMAP_CHUNK = 10_000;
export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8';

export type SitemapKind = 'pages' | 'divisions' | 'mps';
export type SitemapUrl = { loc: string; lastmod?: string | null };

/** The files of a record with these counts: pages-1, then divisions-1…, then mps-1… (none for a kind with none). */
export function sitemapFileNames(counts: { divisions: number; mps: number }, chunk = SITEMAP_CHUNK): string[] {
  const files = (kind: SitemapKind, total: number) => Array.from({ length: Math.ceil(total / chunk) }, (_, i) => `${kind}-${i + 1}`);
  return ['pages-1', ...files('divisions', counts.divisions), ...files('mps', counts.mps)];
}

/** "divisions-2.xml" → the kind and the 1-based chunk; null for any other name. */
export function parseSitemapFileName(name: string): { kind: SitemapKind; chunk: number } | null {
  const match = /^(pages|divisions|mps)-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? { kind: match[1] as SitemapKind, chunk: Number(match[2]) } : null;
}

export function buildSitemapIndex(locs: ReadonlyArray<string>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function buildUrlset(urls: ReadonlyArray<SitemapUrl>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** An XML answer, cacheable like every public answer (the production server decides the caching). */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { status: 200, headers: { 'content-type': SITEMAP_CONTENT_TYPE, 'x-content-type-options': 'nosniff' } });
}
