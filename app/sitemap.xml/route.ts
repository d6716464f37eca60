import { xmlResponse } from '@/lib/feeds/sitemap';
import { requestSiteOrigin } from '@/lib/site-origin';
import { sitemapIndexXml } from '../sitemaps/sitemap-files';

/** /sitemap.xml: the sitemap index, naming a file for the site's pages and one for each 10,000 divisions or MPs. */
export async function GET(request: Request) {
  return xmlResponse(sitemapIndexXml(requestSiteOrigin(request)));
}
