// A download that cannot be made (bad filters, an unknown division) on a fresh database seeded with the record of
// 15 Nov 2023: a person's browser gets a page that says what is wrong and links back to the page the download comes
// from; a program gets the JSON error it always had. Same status both ways (lib/export/response.ts,
// scripts/lib/error-page.mjs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getDivisionsCsv } from '@/app/divisions.csv/route';
import { GET as getDivisionsJson } from '@/app/divisions.json/route';
import { GET as getRebelsCsv } from '@/app/rebels.csv/route';
import { GET as getRebelsJson } from '@/app/rebels.json/route';
import { GET as getVotesCsv } from '@/app/divisions/[id]/votes.csv/route';
import { GET as getVotesJson } from '@/app/divisions/[id]/votes.json/route';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

let t: TempDb;
beforeAll(() => {
  t = useSeededAppDb();
});
afterAll(() => releaseAppDb(t));

// What Chromium sends when a person follows a link or types the address.
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const PROGRAMS = [undefined, '*/*', 'application/json', 'text/csv', 'text/csv, */*;q=0.5', 'application/json, text/html'];

const ask = (url: string, accept?: string) => new Request(`http://test${url}`, { headers: accept === undefined ? {} : { accept } });
const division = (id: string) => ({ params: Promise.resolve({ id }) });

/** Every download route, each asked with a filter it cannot use. */
const BAD_FILTERS = [
  { url: '/rebels.csv?from=31-02-2023&party=Lab', get: (r: Request) => getRebelsCsv(r), back: '/rebels?from=31-02-2023&#38;party=Lab', problem: 'The start date must be a real date, like 2023-11-15.' },
  { url: '/rebels.json?division=9999', get: (r: Request) => getRebelsJson(r), back: '/rebels?division=9999', problem: '9999' },
  { url: '/divisions.csv?from=soon', get: (r: Request) => getDivisionsCsv(r), back: '/divisions?from=soon', problem: 'The start date must be a real date, like 2023-11-15.' },
  { url: '/divisions.json?from=2023-12-01&to=2023-11-01', get: (r: Request) => getDivisionsJson(r), back: '/divisions?from=2023-12-01&#38;to=2023-11-01', problem: 'The end date must be on or after the start date.' },
  { url: '/divisions/1666/votes.csv?vote=maybe', get: (r: Request) => getVotesCsv(r, division('1666')), back: '/divisions/1666?vote=maybe', problem: 'Vote must be aye, no, both, absent or rebels.' },
  { url: '/divisions/1666/votes.json?party=XYZ&vote=aye', get: (r: Request) => getVotesJson(r, division('1666')), back: '/divisions/1666?party=XYZ&#38;vote=aye', problem: 'No party with the abbreviation &#34;XYZ&#34; voted in division 1666.' },
];

describe('a download with a filter it cannot use', () => {
  for (const { url, get, back, problem } of BAD_FILTERS) {
    it(`${url}: a browser gets a 400 page that says what is wrong and links back to the page`, async () => {
      const response = await get(ask(url, BROWSER));
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('vary')).toBe('Accept');
      const html = await response.text();
      expect(html).toContain('<h1>This download could not be made</h1>');
      expect(html).toContain(problem);
      expect(html).toMatch(new RegExp(`No file was made\\. Go back to <a href="${back.replace(/[?.]/g, '\\$&')}">[^<]+ with these filters</a>`));
      expect(html).not.toContain('<script');
    });

    it(`${url}: a program gets the JSON error`, async () => {
      for (const accept of PROGRAMS) {
        const response = await get(ask(url, accept));
        expect(response.status, String(accept)).toBe(400);
        expect(response.headers.get('content-type'), String(accept)).toBe('application/json; charset=utf-8');
        expect(response.headers.get('vary')).toBe('Accept');
        const body = await response.json();
        expect(body.error, String(accept)).toMatch(/not valid|No party/);
        expect(body.issues.length, String(accept)).toBeGreaterThan(0);
      }
    });
  }

  it('escapes what it repeats of the address', async () => {
    const html = await (await getRebelsCsv(ask('/rebels.csv?from="><script>x</script>', BROWSER))).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('/rebels?from=%22%3E%3Cscript%3Ex%3C/script%3E');
  });
});

describe('a division that does not exist', () => {
  it('a browser gets a 404 page linking to the list of divisions; a program gets JSON', async () => {
    const page = await getVotesCsv(ask('/divisions/99999/votes.csv', BROWSER), division('99999'));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<h1>Nothing to download here</h1>');
    expect(html).toContain('There is no division 99999.');
    expect(html).toContain('<a href="/divisions">the list of divisions</a>');

    const json = await getVotesJson(ask('/divisions/99999/votes.json', 'application/json'), division('99999'));
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: 'There is no division 99999.' });
  });
});

describe('a download that can be made', () => {
  it('is the file whatever the Accept header says', async () => {
    for (const accept of [BROWSER, 'application/json', undefined]) {
      const response = await getVotesCsv(ask('/divisions/1666/votes.csv?party=Lab&vote=aye', accept), division('1666'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    }
  });
});
