import { buildRobotsTxt } from '@/lib/feeds/robots';
import { requestSiteOrigin } from '@/lib/site-origin';

/** /robots.txt: what crawlers may read (lib/feeds/robots.ts), and where the sitemap is. */
export async function GET(request: Request) {
  return new Response(buildRobotsTxt(requestSiteOrigin(request)), {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}
