// The Atom feeds, the sitemap and robots.txt, called as the server calls them, on the real record of 15 Nov 2023,
// and read back with a real XML parser (fast-xml-parser): every feed valid Atom (RFC 4287's required elements), and
// what each says about division 1666.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as divisionsFeed } from '@/app/divisions/feed.xml/route';
import { GET as memberFeed } from '@/app/mps/[id]/feed.xml/route';
import { GET as rebelsFeed } from '@/app/rebels/feed.xml/route';
import { GET as robotsTxt } from '@/app/robots.txt/route';
import { GET as sitemapIndex } from '@/app/sitemap.xml/route';
import { GET as sitemapFile } from '@/app/sitemaps/[file]/route';
import { sitemapFileXml, sitemapIndexXml } from '@/app/sitemaps/sitemap-files';
import { GET as topicFeed } from '@/app/topics/[slug]/feed.xml/route';
import { ukTimeToRfc3339 } from '@/lib/feeds/atom';
import { routeFor } from '@/scripts/lib/route-params.mjs';
import { finderQueryFields } from '@/lib/validation/division-finder';
import { rebelsQueryFields } from '@/lib/validation/rebels';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

// No SITE_URL: the address comes from the request, as the production server hands it over (scripts/lib/origin.mjs).
const ORIGIN = 'http://feeds.test:3177';
const request = (path: string) => new Request(`http://127.0.0.1:3000${path}`, { headers: { 'x-ayes-origin': ORIGIN } });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category', 'url', 'sitemap'].includes(name) });

type AtomLink = { '@rel': string; '@href': string; '@type'?: string };
type AtomEntryXml = { id: string; title: string; updated: string; link: AtomLink[]; summary?: { '#text': string }; content?: { '#text': string } };
type AtomFeedXml = { id: string; title: string; updated: string; author: { name: string }; link: AtomLink[]; entry?: AtomEntryXml[] };

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The feed, checked as valid XML and valid Atom: RFC 4287's required elements on the feed and every entry. */
async function readFeed(response: Response): Promise<AtomFeedXml> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { feed: AtomFeedXml & { '@xmlns': string } };
  const feed = doc.feed;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^tag:ayes-and-noes,2025:feed\//);
  expect(feed.title).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).toBe('Ayes & Noes');
  const rels = feed.link.map((l) => l['@rel']).sort();
  expect(rels).toEqual(['alternate', 'self']);
  for (const link of feed.link) expect(link['@href'].startsWith(`${ORIGIN}/`)).toBe(true);
  const ids = new Set<string>();
  for (const entry of feed.entry ?? []) {
    expect(entry.id).toMatch(/^tag:ayes-and-noes,2025:/);
    expect(ids.has(entry.id), `entry ids are unique: ${entry.id}`).toBe(false);
    ids.add(entry.id);
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(RFC3339);
    expect(entry.link.some((l) => l['@rel'] === 'alternate' && l['@href'].startsWith(`${ORIGIN}/`))).toBe(true);
    expect(entry.summary?.['#text'] ?? entry.content?.['#text']).toBeTruthy();
  }
  // The feed's updated time is its newest entry's.
  if (feed.entry?.length) expect(feed.updated).toBe(feed.entry.map((e) => e.updated).sort().at(-1));
  return feed;
}

let t: TempDb;
beforeAll(() => {
  delete process.env.SITE_URL;
  t = useSeededAppDb();
});
afterAll(() => releaseAppDb(t));

describe('the Atom feeds', () => {
  it('new divisions: division 1666, its time in UTC, its rebels and the posts left over it', async () => {
    const feed = await readFeed(await divisionsFeed(request('/divisions/feed.xml')));
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${ORIGIN}/divisions/feed.xml`);
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(`${ORIGIN}/divisions`);
    const entry = feed.entry?.find((e) => e.id === 'tag:ayes-and-noes,2025:division/1666');
    expect(entry?.updated).toBe('2023-11-15T19:14:00Z');
    expect(entry?.link[0]?.['@href']).toBe(`${ORIGIN}/divisions/1666`);
    expect(entry?.summary?.['#text']).toContain('Ayes 125, noes 293');
    expect(entry?.summary?.['#text']).toContain('56 MPs defied their party’s whip (56 Labour)');
    expect(entry?.summary?.['#text']).toMatch(/\d+ MPs left a post over it/);
  });

  it('takes the finder’s filters, validated as the finder validates them', async () => {
    const feed = await readFeed(await divisionsFeed(request('/divisions/feed.xml?party=Lab&from=2023-11-01')));
    expect(feed.entry?.map((e) => e.id)).toEqual(['tag:ayes-and-noes,2025:division/1666']);
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${ORIGIN}/divisions/feed.xml?from=2023-11-01&party=Lab`);
    const none = await readFeed(await divisionsFeed(request('/divisions/feed.xml?to=2020-01-01')));
    expect(none.entry).toBeUndefined();
    const bad = await divisionsFeed(request('/divisions/feed.xml?from=yesterday'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe('from');
  });

  it('an MP’s feed: Yasmin Qureshi voted for, defying the whip to abstain, and her post ended over division 1666', async () => {
    const feed = await readFeed(await memberFeed(request('/mps/3924/feed.xml'), params({ id: '3924' })));
    expect(feed.title).toContain('Yasmin Qureshi');
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(`${ORIGIN}/mps/3924`);
    const vote = feed.entry?.find((e) => e.id === 'tag:ayes-and-noes,2025:vote/1666/3924');
    expect(vote?.title).toMatch(/^Defied the whip: /);
    expect(vote?.summary?.['#text']).toContain('Voted for. Defied the Labour whip to abstain.');
    expect(vote?.summary?.['#text']).toContain('three-line whip, reported');
    const post = feed.entry?.find((e) => e.id.endsWith('/ended'));
    expect(post?.title).toBe('Post ended: Shadow Minister for Women and Equalities');
    expect(post?.summary?.['#text']).toBe('Yasmin Qureshi: Shadow Minister for Women and Equalities, resigned 15 Nov 2023 over division 1666.');
    // Newest first: the vote that evening, then the post, whose end is a day.
    expect(feed.entry?.map((e) => e.id)).toEqual([vote?.id, post?.id]);
  });

  it('an MP nobody has, or an address that is not a member id, is not found', async () => {
    expect((await memberFeed(request('/mps/99999999/feed.xml'), params({ id: '99999999' }))).status).toBe(404);
    expect((await memberFeed(request('/mps/yasmin-qureshi/feed.xml'), params({ id: 'yasmin-qureshi' }))).status).toBe(404);
  });

  it('the rebel explorer’s feed with party=Lab&division=1666 lists the 56 Labour rebels', async () => {
    const feed = await readFeed(await rebelsFeed(request('/rebels/feed.xml?party=Lab&division=1666')));
    expect(feed.entry).toHaveLength(56);
    expect(feed.title).toBe('Rebels (Labour, division 1666) · Ayes & Noes');
    expect(feed.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(`${ORIGIN}/rebels?division=1666&party=Lab`);
    const qureshi = feed.entry?.find((e) => e.id === 'tag:ayes-and-noes,2025:rebellion/1666/3924');
    expect(qureshi?.summary?.['#text']).toBe(
      'Yasmin Qureshi (Labour, Bolton South East), division 1666, 15 Nov 2023: Voted for. Defied the Labour whip to abstain.',
    );
    expect(qureshi?.content?.['#text']).toContain('Left a post over it.');
    const bad = await rebelsFeed(request('/rebels/feed.xml?division=1666&party=Nope'));
    expect(bad.status).toBe(400);
  });

  it('a topic’s feed lists its divisions; a topic nobody has is not found', async () => {
    const feed = await readFeed(await topicFeed(request('/topics/gaza-immediate-ceasefire/feed.xml'), params({ slug: 'gaza-immediate-ceasefire' })));
    expect(feed.title).toContain('Gaza: immediate ceasefire');
    expect(feed.entry?.map((e) => e.id)).toEqual(['tag:ayes-and-noes,2025:division/1666']);
    expect((await topicFeed(request('/topics/nothing/feed.xml'), params({ slug: 'nothing' }))).status).toBe(404);
  });

  it('are public routes with the parameters their pages take (scripts/lib/route-params.mjs)', () => {
    const names = (o: object) => Object.keys(o).sort();
    expect([...routeFor('/divisions/feed.xml')!.params].sort()).toEqual(names(finderQueryFields));
    expect([...routeFor('/rebels/feed.xml')!.params].sort()).toEqual(names(rebelsQueryFields));
    for (const path of ['/mps/3924/feed.xml', '/topics/gaza-immediate-ceasefire/feed.xml', '/sitemap.xml', '/sitemaps/mps-1.xml', '/robots.txt']) {
      expect(routeFor(path)?.params, path).toEqual([]);
    }
  });

  it('write UK times in UTC, through British Summer Time', () => {
    expect(ukTimeToRfc3339('2023-11-15T19:14:00')).toBe('2023-11-15T19:14:00Z');
    expect(ukTimeToRfc3339('2024-07-04T22:00:00')).toBe('2024-07-04T21:00:00Z');
    expect(ukTimeToRfc3339('2024-03-31')).toBe('2024-03-31T00:00:00Z');
    expect(ukTimeToRfc3339('2024-04-01')).toBe('2024-03-31T23:00:00Z');
  });
});

type UrlSet = { urlset: { url: { loc: string; lastmod?: string }[] } };
type Index = { sitemapindex: { sitemap: { loc: string }[] } };

function readXml<T>(xml: string): T {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as T;
}

describe('the sitemap', () => {
  const locsOf = (xml: string | null) => readXml<UrlSet>(xml ?? '').urlset.url.map((u) => u.loc);
  const fileName = (loc: string) => loc.replace(`${ORIGIN}/sitemaps/`, '');

  it('names a file for the pages, one for the divisions and one for the MPs, each listing every page', async () => {
    const index = await sitemapIndex(request('/sitemap.xml'));
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const files = readXml<Index>(await index.text()).sitemapindex.sitemap.map((s) => s.loc);
    expect(files).toEqual([`${ORIGIN}/sitemaps/pages-1.xml`, `${ORIGIN}/sitemaps/divisions-1.xml`, `${ORIGIN}/sitemaps/mps-1.xml`]);

    const pages = locsOf(await (await sitemapFile(request('/sitemaps/pages-1.xml'), params({ file: 'pages-1.xml' }))).text());
    expect(pages).toEqual(expect.arrayContaining([`${ORIGIN}/`, `${ORIGIN}/divisions`, `${ORIGIN}/rebels`, `${ORIGIN}/topics/gaza-immediate-ceasefire`]));
    const parties = t.db.$client.prepare("SELECT abbreviation FROM parties WHERE kind != 'speaker'").all() as { abbreviation: string }[];
    expect(parties.length).toBeGreaterThan(10);
    for (const p of parties) expect(pages).toContain(`${ORIGIN}/parties/${encodeURIComponent(p.abbreviation)}`);

    const divisions = readXml<UrlSet>(sitemapFileXml('divisions-1.xml', ORIGIN) ?? '').urlset.url;
    expect(divisions).toEqual([{ loc: `${ORIGIN}/divisions/1666`, lastmod: '2023-11-15' }]);
    const members = t.db.$client.prepare('SELECT parliament_id AS id FROM persons WHERE parliament_id IS NOT NULL ORDER BY 1').all() as { id: number }[];
    expect(members.length).toBe(650);
    expect(locsOf(sitemapFileXml('mps-1.xml', ORIGIN))).toEqual(members.map((m) => `${ORIGIN}/mps/${m.id}`));
  });

  it('splits into files of at most the chunk’s size, which together list every MP once', () => {
    const files = readXml<Index>(sitemapIndexXml(ORIGIN, 100)).sitemapindex.sitemap.map((s) => fileName(s.loc));
    expect(files).toEqual(['pages-1.xml', 'divisions-1.xml', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `mps-${n}.xml`)]);
    const all = files.filter((f) => f.startsWith('mps-')).flatMap((f) => {
      const locs = locsOf(sitemapFileXml(f, ORIGIN, 100));
      expect(locs.length).toBeLessThanOrEqual(100);
      return locs;
    });
    expect(all).toHaveLength(650);
    expect(new Set(all).size).toBe(650);
    expect(sitemapFileXml('mps-8.xml', ORIGIN, 100)).toBeNull();
  });

  it('answers 404 for a file it does not have', async () => {
    for (const file of ['mps-2.xml', 'divisions-0.xml', 'pages.xml', 'other-1.xml']) {
      expect((await sitemapFile(request(`/sitemaps/${file}`), params({ file }))).status, file).toBe(404);
    }
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of the editors’ desk, the API, downloads and every filtered address, and names the sitemap', async () => {
    const response = await robotsTxt(request('/robots.txt'));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lines = (await response.text()).split('\n');
    expect(lines).toContain('User-agent: *');
    for (const path of ['/admin', '/login', '/report', '/search', '/api/v1/', '/*?', '/*.csv$', '/*.json$']) expect(lines).toContain(`Disallow: ${path}`);
    // The bare pages stay open: no rule is a prefix of them.
    const disallowed = lines.filter((l) => l.startsWith('Disallow: ')).map((l) => l.slice('Disallow: '.length));
    for (const page of ['/divisions', '/rebels', '/mps/3924', '/topics/gaza-immediate-ceasefire', '/divisions/feed.xml']) {
      expect(disallowed.some((rule) => !rule.includes('*') && page.startsWith(rule)), page).toBe(false);
    }
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});
