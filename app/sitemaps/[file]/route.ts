import { errorResponse } from '@/lib/export/response';
import { xmlResponse } from '@/lib/feeds/sitemap';
import { requestSiteOrigin } from '@/lib/site-origin';
import { sitemapFileXml } from '../sitemap-files';

/** /sitemaps/pages-1.xml, /sitemaps/divisions-N.xml, /sitemaps/mps-N.xml: one file of the sitemap (see /sitemap.xml). */
export async function GET(request: Request, ctx: { params: Promise<{ file: string }> }) {
  const xml = sitemapFileXml((await ctx.params).file, requestSiteOrigin(request));
  return xml === null ? errorResponse(404, 'There is no such sitemap file: /sitemap.xml lists them.') : xmlResponse(xml);
}
