import 'server-only';
import { listParties } from '@/db/queries/parties';
import { countSitemapPages, listSitemapDivisions, listSitemapMembers, listSitemapTopics } from '@/db/queries/sitemap';
import { buildSitemapIndex, buildUrlset, parseSitemapFileName, SITEMAP_CHUNK, sitemapFileNames, type SitemapUrl } from '@/lib/feeds/sitemap';

/** The site's own pages worth a search engine's visit: the bare lists, never their filtered or paged forms. */
const SITE_PAGES = ['/', '/divisions', '/mps', '/rebels', '/topics', '/parties', '/api'];

/** /sitemap.xml: every sitemap file, for a record of this size. `chunk` is the most addresses a file holds. */
export function sitemapIndexXml(origin: string, chunk = SITEMAP_CHUNK): string {
  return buildSitemapIndex(sitemapFileNames(countSitemapPages(), chunk).map((name) => `${origin}/sitemaps/${name}.xml`));
}

/** One sitemap file (/sitemaps/divisions-2.xml), or null for a name that is not one or a chunk past the last. */
export function sitemapFileXml(name: string, origin: string, chunk = SITEMAP_CHUNK): string | null {
  const file = parseSitemapFileName(name);
  if (!file || !sitemapFileNames(countSitemapPages(), chunk).includes(name.replace(/\.xml$/, ''))) return null;
  const offset = (file.chunk - 1) * chunk;
  let urls: SitemapUrl[];
  switch (file.kind) {
    case 'pages':
      urls = [
        ...SITE_PAGES.map((path) => ({ loc: `${origin}${path}` })),
        ...listSitemapTopics().map((t) => ({ loc: `${origin}/topics/${encodeURIComponent(t.slug)}`, lastmod: t.latest })),
        ...listParties()
          .filter((p) => p.kind !== 'speaker')
          .map((p) => ({ loc: `${origin}/parties/${encodeURIComponent(p.abbreviation)}` })),
      ];
      break;
    case 'divisions':
      urls = listSitemapDivisions(offset, chunk).map((d) => ({ loc: `${origin}/divisions/${d.officialId}`, lastmod: d.date }));
      break;
    case 'mps':
      urls = listSitemapMembers(offset, chunk).map((m) => ({ loc: `${origin}/mps/${m.parliamentId}` }));
      break;
  }
  return buildUrlset(urls);
}
