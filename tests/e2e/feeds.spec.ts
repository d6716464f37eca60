import { expect, test, type Page } from '@playwright/test';
import { startServerWithoutSiteUrl } from './support/server-without-site-url';

// Every page that offers a feed names it in its head (<link rel="alternate" type="application/atom+xml">) and in a
// visible "Follow (Atom feed)" link, and the feed answers as Atom; the sitemap and robots.txt answer. Then the same
// production server started with PORT set and SITE_URL unset: its absolute links use the port it was reached on.

const FEED_PAGES = [
  { page: '/', feed: '/divisions/feed.xml' },
  { page: '/divisions', feed: '/divisions/feed.xml' },
  { page: '/mps/3924', feed: '/mps/3924/feed.xml' },
  { page: '/rebels?division=1666&party=Lab', feed: '/rebels/feed.xml?division=1666&party=Lab' },
  { page: '/topics/gaza-immediate-ceasefire', feed: '/topics/gaza-immediate-ceasefire/feed.xml' },
  { page: '/parties/Lab', feed: '/rebels/feed.xml?party=Lab' },
];

async function feedLinkIn(page: Page) {
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveCount(1);
  return { href: await link.getAttribute('href'), title: await link.getAttribute('title') };
}

for (const { page: path, feed } of FEED_PAGES) {
  test(`${path} names its feed in its head and in a visible link, and the feed is Atom`, async ({ page, baseURL, request }) => {
    await page.goto(path);
    const head = await feedLinkIn(page);
    expect(head.href).toBe(`${baseURL}${feed}`);
    expect(head.title).toMatch(/\(Atom feed\)$/);
    const visible = page.getByRole('link', { name: /^Follow \(Atom feed\)/ });
    await expect(visible).toBeVisible();
    expect(await visible.getAttribute('href')).toBe(feed);

    const answer = await request.get(feed);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(answer.headers()['cache-control']).toMatch(/^public/);
    const xml = await answer.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${`${baseURL}${feed}`.replace(/&/g, '&amp;')}"/>`);
  });
}

test('the sitemap and robots.txt answer, naming this site’s address', async ({ request, baseURL }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8');
  expect(await index.text()).toContain(`<loc>${baseURL}/sitemaps/divisions-1.xml</loc>`);
  const divisions = await request.get('/sitemaps/divisions-1.xml');
  expect(await divisions.text()).toContain(`<loc>${baseURL}/divisions/1666</loc>`);
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(await robots.text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  // A feed with a filter the finder does not take is sent to its clean address, as the pages are.
  const junk = await request.get('/divisions/feed.xml?utm_source=x', { maxRedirects: 0 });
  expect(junk.status()).toBe(308);
  expect(junk.headers().location).toBe('/divisions/feed.xml');
});

test.describe('with PORT set and SITE_URL unset', () => {
  const port = Number(process.env.E2E_PORT ?? 3200) + 57;
  let server: Awaited<ReturnType<typeof startServerWithoutSiteUrl>> | undefined;
  test.beforeAll(async () => {
    server = await startServerWithoutSiteUrl(port);
  });
  test.afterAll(() => server?.stop());

  test('canonical, og:url, the feed link and the feed’s self link use the port the site was reached on', async ({ page, request }) => {
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}/mps/3924`);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}/mps/3924`);
    await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', `${origin}/mps/3924`);
    expect((await feedLinkIn(page)).href).toBe(`${origin}/mps/3924/feed.xml`);
    const feed = await (await request.get(`${origin}/mps/3924/feed.xml`)).text();
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/mps/3924/feed.xml"/>`);
    expect(feed).not.toContain(':3000');

    // Reached by another name, the same page (and the page cache) answer with that name.
    const other = `http://localhost:${port}`;
    await page.goto(`${other}/mps/3924`);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${other}/mps/3924`);
    expect(await (await request.get(`${other}/robots.txt`)).text()).toContain(`Sitemap: ${other}/sitemap.xml`);
  });
});
