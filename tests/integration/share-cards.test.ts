import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getDivisionCard } from '@/app/divisions/[id]/card.png/route';
import { GET as getMemberCard } from '@/app/mps/[id]/card.png/route';
import { GET as getDivisionEmbed } from '@/app/embed/divisions/[id]/route';
import { GET as getMemberEmbed } from '@/app/embed/mps/[id]/route';
import { embedCode } from '@/lib/view/embed-html';
import { escapeHtml } from '@/lib/view/html';
import { generateMetadata as divisionMetadata } from '@/app/divisions/[id]/page';
import { generateMetadata as memberMetadata } from '@/app/mps/[id]/page';
import { generateMetadata as rebelsMetadata } from '@/app/rebels/page';
import { generateMetadata as finderMetadata } from '@/app/divisions/page';
import { generateMetadata as topicMetadata } from '@/app/topics/[slug]/page';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { loadMemberPage } from '@/db/queries/member-page';
import { buildDivisionCard, buildMemberCard } from '@/lib/view/share-card';
import type { SearchParams } from '@/lib/view/params';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// Share cards and share metadata on the seeded record of 15 Nov 2023: the og:image routes answer a 1200×630 PNG
// drawn offline from the pages' own reads, and each page's canonical address and og:url keep the filters it applied.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const request = (path: string) => new Request(new URL(path, 'http://127.0.0.1:3000'));
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

/** Width and height from a PNG's IHDR chunk: bytes 16–23. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const props = <P extends Record<string, string>>(params: P, searchParams: SearchParams = {}) => ({
  params: Promise.resolve(params),
  searchParams: Promise.resolve(searchParams),
});

describe('share cards and share metadata', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  it('words the division card as the page does: result, parties, rebels', () => {
    const division = getDivisionByOfficialId(1666)!;
    const card = buildDivisionCard({ division, view: loadDivisionView(division).view });
    expect(card).toMatchObject({ officialId: 1666, date: '15 Nov 2023', ayes: 125, noes: 293 });
    expect(card.summary).toBe('56 members defied their party’s whip. 10 members left a frontbench or PPS post over it.');
    expect(card.rebels[0]).toBe('56 Labour MPs defied the whip to abstain');
    const labour = card.parties.find((p) => p.abbreviation === 'Lab')!;
    // Tellers are counted with their party, as in the party table; no Labour MP voted against.
    expect(labour.ayes).toBeGreaterThanOrEqual(56);
    expect(labour.noes).toBe(0);
    expect(card.parties[0]!.abbreviation).toBe('Con');
  });

  it('words the MP card from the page’s summary headline', () => {
    const member = loadMemberPage(3924, 1)!;
    const card = buildMemberCard(member);
    expect(card).toMatchObject({ name: 'Yasmin Qureshi', seat: 'MP for Bolton South East', summary: member.summary.headline });
    expect(card.party?.name).toBe('Labour');
    expect(card.latestRebellion).toMatchObject({ officialId: 1666, words: 'Voted for, defying the whip to abstain' });
  });

  it('draws a 1200×630 PNG for a division and an MP, offline, and 404 for what does not exist', async () => {
    for (const response of [await getDivisionCard(request('/divisions/1666/card.png'), idParams('1666')), await getMemberCard(request('/mps/3924/card.png'), idParams('3924'))]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      // The production server decides how long caches keep it, as for a page (next/og's default is a year).
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    }
    expect((await getDivisionCard(request('/divisions/9/card.png'), idParams('9'))).status).toBe(404);
    expect((await getDivisionCard(request('/divisions/1666-x/card.png'), idParams('1666-x'))).status).toBe(404);
    expect((await getMemberCard(request('/mps/1/card.png'), idParams('1'))).status).toBe(404);
  });

  it('a division page: the card, its summary as the description, and the filters it applied in canonical and og:url', async () => {
    const meta = await divisionMetadata(props({ id: '1666' }, { party: 'lab', vote: 'aye', sort: '', page: '' }));
    expect(meta.alternates?.canonical).toBe('/divisions/1666?party=Lab&vote=aye');
    expect(meta.openGraph?.url).toBe('/divisions/1666?party=Lab&vote=aye');
    expect(meta.description).toContain('56 members defied their party’s whip.');
    expect(meta.description).toContain('56 Labour MPs defied the whip to abstain');
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: '/divisions/1666/card.png', width: 1200, height: 630, type: 'image/png' })]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', images: [expect.objectContaining({ url: '/divisions/1666/card.png' })] });
    // The default sort and the first page are left out; a party that did not vote is not a filter the page applied.
    expect((await divisionMetadata(props({ id: '1666' }, { sort: 'name', page: '1', party: 'XYZ' }))).alternates?.canonical).toBe('/divisions/1666');
    expect((await divisionMetadata(props({ id: '1666' }, { page: '3', sort: 'party' }))).alternates?.canonical).toBe('/divisions/1666?sort=party&page=3');
    // Past the last page, the page shows the last one: so does its address.
    expect((await divisionMetadata(props({ id: '1666' }, { party: 'Lab', page: '9' }))).alternates?.canonical).toBe('/divisions/1666?party=Lab&page=4');
  });

  it('an MP page: the summary headline as the description, the card, and its paging', async () => {
    const member = loadMemberPage(3924, 1)!;
    const meta = await memberMetadata(props({ id: '3924' }));
    expect(meta.description).toMatch(new RegExp(`^${member.summary.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(meta.alternates?.canonical).toBe('/mps/3924');
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: '/mps/3924/card.png' })]);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('the rebels explorer, the division finder and a topic keep their filters, cleanly', async () => {
    const rebels = await rebelsMetadata({ searchParams: Promise.resolve({ vote: 'aye', party: 'lab', division: ['1666'], role: '', sort: 'name' }) });
    expect(rebels.alternates?.canonical).toBe('/rebels?division=1666&party=Lab&vote=aye');
    expect(rebels.openGraph?.url).toBe('/rebels?division=1666&party=Lab&vote=aye');
    const finder = await finderMetadata({ searchParams: Promise.resolve({ q: 'amendment', from: '', rebels: 'yes', party: '' }) });
    expect(finder.alternates?.canonical).toBe('/divisions?q=amendment&rebels=yes');
    expect((await finderMetadata({ searchParams: Promise.resolve({}) })).alternates?.canonical).toBe('/divisions');
    const topic = await topicMetadata(props({ slug: 'gaza-immediate-ceasefire' }, { party: 'snp', page: '' }));
    expect(topic.alternates?.canonical).toBe('/topics/gaza-immediate-ceasefire?party=SNP');
  });
  it('embeds: a small document with the card, links to the full page in the top window, no cookie, no script', async () => {
    const division = await getDivisionEmbed(request('/embed/divisions/1666'), idParams('1666'));
    expect(division.status).toBe(200);
    expect(division.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(division.headers.get('set-cookie')).toBeNull();
    const html = await division.text();
    expect(html).toContain('<a href="/divisions/1666" target="_top">');
    expect(html).toContain('Ayes 125');
    expect(html).toContain('Noes 293');
    expect(html).toContain('56 Labour MPs defied the whip to abstain.');
    expect(html).toMatch(/<th scope="row">.*Labour<\/th><td class="n">\d+/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('Site search');
    expect(html.length).toBeLessThan(12_000);

    const member = await getMemberEmbed(request('/embed/mps/3924'), idParams('3924'));
    const mp = await member.text();
    expect(member.headers.get('set-cookie')).toBeNull();
    expect(mp).toContain('<a href="/mps/3924" target="_top">Yasmin Qureshi</a>');
    expect(mp).toContain('MP for Bolton South East');
    expect(mp).toContain(escapeHtml(loadMemberPage(3924, 1)!.summary.headline));
    expect(mp).toContain('Latest vote against the whip: <a href="/divisions/1666" target="_top">');
    expect((await getMemberEmbed(request('/embed/mps/nobody'), idParams('nobody'))).status).toBe(404);
    expect((await getDivisionEmbed(request('/embed/divisions/9'), idParams('9'))).status).toBe(404);
  });

  it('escapes what it is given, in the embeds and the iframe code', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;');
    expect(embedCode({ src: 'https://example.org/embed/divisions/1666', title: 'Division 1666: "A" & B', height: 520 })).toBe(
      '<iframe src="https://example.org/embed/divisions/1666" title="Division 1666: &quot;A&quot; &amp; B" width="100%" height="520" style="border:0;max-width:600px" loading="lazy"></iframe>',
    );
  });
});
