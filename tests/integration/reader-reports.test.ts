// Readers' reports ("Report a mistake or add a source"): the public form's server action on the seeded record, with
// its honeypot, its limits and its checks, and the promise that what a reader writes is never published.
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as getDivisionApi } from '@/app/api/v1/divisions/[id]/route';
import { GET as getMpApi } from '@/app/api/v1/mps/[id]/route';
import { GET as getPopolo } from '@/app/api/v1/popolo.json/route';
import { GET as getDivisionVotesJson } from '@/app/divisions/[id]/votes.json/route';
import { sendReport } from '@/app/report/actions';
import { fileReaderReport, MAX_OPEN_REPORTS, MAX_REPORTS_PER_CLIENT, REPORT_WINDOW_MINUTES } from '@/db/mutations/reader-reports';
import { dismissSuggestion, markReportDone, scanForSuggestions } from '@/db/mutations/suggestions';
import { reportClients, suggestions } from '@/db/schema';
import { IDLE } from '@/lib/forms/form-state';
import { REPORT_THANKS } from '@/lib/view/suggestions';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const MARKER = 'Zebra-marker-4417: the vote of Yasmin Qureshi is shown wrongly';
const BASE = 'http://127.0.0.1:3000';

describe('a reader’s report', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));
  beforeEach(() => {
    t.db.delete(suggestions).run();
    t.db.delete(reportClients).run();
  });

  const reports = () => t.db.select().from(suggestions).where(eq(suggestions.kind, 'reader_report')).all();

  it('lands in the editors’ queue with its page, text and source, and nothing about the reader', async () => {
    const state = await sendReport(IDLE, form({ page: '/divisions/1666', message: MARKER, source: 'https://votes.parliament.uk/votes/commons/division/1666', website: '' }));
    expect(state).toEqual({ status: 'saved', message: REPORT_THANKS });
    expect(REPORT_THANKS).toBe('Thank you: an editor will look at it. Nothing changes on the site until they do.');
    const [row] = reports();
    expect(row).toMatchObject({
      status: 'open',
      pagePath: '/divisions/1666',
      message: MARKER,
      sourceUrl: 'https://votes.parliament.uk/votes/commons/division/1666',
      subjectKey: null,
      evidence: {},
    });
    // A scan of the record neither files nor closes a reader's report.
    scanForSuggestions(t.db);
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.status).toBe('open');
  });

  it('from a robot that filled the hidden field is answered as accepted and kept nowhere', async () => {
    const state = await sendReport(IDLE, form({ page: '/divisions/1666', message: 'Buy cheap watches', source: 'https://spam.example', website: 'https://spam.example' }));
    expect(state).toEqual({ status: 'saved', message: REPORT_THANKS });
    expect(reports()).toEqual([]);
    expect(t.db.select().from(reportClients).all()).toEqual([]);
  });

  it(`is refused, in plain words, after ${MAX_REPORTS_PER_CLIENT} an hour from one address, and taken again after the hour`, async () => {
    for (let i = 1; i <= MAX_REPORTS_PER_CLIENT; i += 1) {
      expect(await sendReport(IDLE, form({ page: '/mps/3924', message: `Report number ${i}` }))).toMatchObject({ status: 'saved' });
    }
    const sixth = await sendReport(IDLE, form({ page: '/mps/3924', message: 'Report number 6' }));
    expect(sixth.status).toBe('invalid');
    expect(sixth.message).toMatch(/^Not sent: we take at most 5 reports an hour from one address, and yours has sent them\. Try again in \d+ minutes?\.$/);
    // What the reader wrote is kept in the form.
    expect(sixth.values?.message).toBe('Report number 6');
    expect(reports()).toHaveLength(MAX_REPORTS_PER_CLIENT);

    // Another address is not held up; the same one is taken again once its hour has passed.
    const report = { pagePath: '/', message: 'Another reader', sourceUrl: null };
    expect(fileReaderReport(t.db, report, '192.0.2.7')).toMatchObject({ status: 'accepted' });
    expect(fileReaderReport(t.db, report, 'unknown')).toMatchObject({ status: 'limited' });
    const later = new Date(Date.now() + (REPORT_WINDOW_MINUTES + 1) * 60_000);
    expect(fileReaderReport(t.db, report, 'unknown', later)).toMatchObject({ status: 'accepted' });
  });

  it('names a source that is not a web address, and a message that is missing or too long', async () => {
    for (const source of ['javascript:alert(1)', 'ftp://files.example/x', 'not a link']) {
      const state = await sendReport(IDLE, form({ page: '/divisions/1666', message: 'The count is wrong', source }));
      expect(state.fieldErrors?.source, source).toEqual(['Enter a web address starting with http:// or https://']);
      expect(state.values?.source).toBe(source);
    }
    expect((await sendReport(IDLE, form({ page: '/', message: '   ' }))).fieldErrors?.message).toEqual(['Say what is wrong or what the source shows']);
    expect((await sendReport(IDLE, form({ page: '/', message: 'x'.repeat(2001) }))).fieldErrors?.message).toEqual(['Use 2000 characters or fewer']);
    expect(reports()).toEqual([]);
  });

  it('keeps only a path on this site as the page, never another host or the admin area', async () => {
    for (const page of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/admin/accounts', 'javascript:alert(1)']) {
      await sendReport(IDLE, form({ page, message: `About ${page}` }));
    }
    expect(reports().map((r) => r.pagePath)).toEqual(['/', '/', '/', '/', '/']);
  });

  it('is refused once the editors have too many unread, and taken again when they catch up', () => {
    const now = new Date().toISOString();
    t.db.insert(suggestions).values(Array.from({ length: MAX_OPEN_REPORTS }, (_, i) => ({ kind: 'reader_report' as const, evidence: {}, message: `flood ${i}`, pagePath: '/', createdAt: now }))).run();
    const report = { pagePath: '/', message: 'One more', sourceUrl: null };
    expect(fileReaderReport(t.db, report, '198.51.100.1')).toEqual({ status: 'full' });
    const first = reports()[0]!;
    expect(dismissSuggestion(t.db, first.id, { actor: { label: 'editor@example.org' } })).toMatchObject({ status: 'done' });
    expect(fileReaderReport(t.db, report, '198.51.100.1')).toMatchObject({ status: 'accepted' });
  });

  it('is marked done by an editor with what they changed, or dismissed', async () => {
    await sendReport(IDLE, form({ page: '/divisions/1666', message: 'First' }));
    await sendReport(IDLE, form({ page: '/divisions/1666', message: 'Second' }));
    const [a, b] = reports();
    expect(markReportDone(t.db, a!.id, { actor: { label: 'editor@example.org' }, note: 'Added the source to the whip' })).toMatchObject({ status: 'done' });
    expect(dismissSuggestion(t.db, b!.id, { actor: { label: 'editor@example.org' }, note: null })).toMatchObject({ status: 'done' });
    expect(reports().map((r) => [r.status, r.resolutionNote])).toEqual([
      ['confirmed', 'Added the source to the whip'],
      ['dismissed', null],
    ]);
  });

  it('is never shown by the public API or downloads', async () => {
    await sendReport(IDLE, form({ page: '/divisions/1666', message: MARKER, source: 'https://marker-4417.example/source' }));
    const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
    const answers = [
      await getDivisionApi(new NextRequest(new URL('/api/v1/divisions/1666', BASE)), ctx('1666')),
      await getMpApi(new NextRequest(new URL('/api/v1/mps/3924', BASE)), ctx('3924')),
      await getPopolo(new Request(new URL('/api/v1/popolo.json', BASE))),
      await getDivisionVotesJson(new Request(new URL('/divisions/1666/votes.json', BASE)), ctx('1666')),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const text = await answer.text();
      expect(text).not.toContain('Zebra-marker-4417');
      expect(text).not.toContain('marker-4417.example');
    }
  });

  it('is read only by the admin area: no public page, component or route reads the suggestions', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name) && /queries\/suggestions|\bsuggestions\b.*from '@\/db\/schema'/.test(fs.readFileSync(full, 'utf8'))) {
          readers.push(full);
        }
      }
    };
    for (const dir of ['app', 'components', 'lib']) walk(dir);
    expect(readers.length).toBeGreaterThan(0);
    for (const file of readers) expect(file, file).toMatch(/^(app\/admin|components\/admin)\//);
  });
});
