import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '@/db/seed';
import { importRuns, persons, revisions } from '@/db/schema';
import { importDivisionsFromApi } from '@/lib/import/commons-votes-api';
import { ImportError } from '@/lib/import/errors';
import { ApiClient, OfflineError, type ApiClientOptions, type RetryEvent } from '@/lib/import/http/api-client';
import { ResponseCache } from '@/lib/import/http/response-cache';
import { serveCommonsVotes } from './support/fake-apis';
import { FakeParliament, refusedUrl } from './support/fake-parliament';
import { createTempDb, DIVISION_1666, readDivision1666, tableCounts, voteDump, type TempDb } from './support/temp-db';

type DivisionRecord = ReturnType<typeof readDivision1666> & { DivisionId: number; Date: string };

/** Division 1666 as another division of the same month: a constructed record in the official shape. */
function constructed(id: number, date: string, number: number): DivisionRecord {
  return { ...readDivision1666(), DivisionId: id, Number: number, Date: `${date}T17:0${number}:00`, PublicationUpdated: `${date}T18:00:00`, Title: `Constructed division ${id}` };
}

describe('importing divisions from the Commons Votes API (a local stand-in)', () => {
  let t: TempDb;
  let fake: FakeParliament;
  let records: Map<number, DivisionRecord>;
  let retries: RetryEvent[];
  const client = (options: Partial<ApiClientOptions> = {}) =>
    new ApiClient({
      baseUrl: fake.url,
      requestsPerSecond: 1000,
      timeoutMs: 2_000,
      retries: 3,
      backoffMs: 5,
      cache: new ResponseCache(path.join(t.dir, 'cache')),
      onRetry: (event) => retries.push(event),
      ...options,
    });
  const november = { from: '2023-11-01', to: '2023-11-30' };
  const division = (id: number) => fake.requestsTo(new RegExp(`^/data/division/${id}\\.json$`));

  beforeEach(async () => {
    t = createTempDb();
    seedDatabase(t.db);
    retries = [];
    records = new Map();
    for (const r of [readDivision1666() as DivisionRecord, constructed(2001, '2023-11-20', 1), constructed(2002, '2023-11-20', 2), constructed(2003, '2023-11-21', 1), constructed(2004, '2023-11-22', 1)]) {
      records.set(r.DivisionId, r);
    }
    fake = await new FakeParliament().start();
    serveCommonsVotes(fake, records);
  });
  afterEach(async () => {
    await fake.close();
    t.close();
  });

  it('pages through the search and fetches only the divisions that are new (1666 is held unchanged)', async () => {
    // A hard case along the way: a member in both lobbies and a member id never seen before.
    const record = records.get(2004) as DivisionRecord;
    record.Ayes = [...record.Ayes, record.Noes[0] as Record<string, unknown>, { ...record.Ayes[0], MemberId: 999_999, Name: 'Brand New', MemberFrom: 'Somewhere' }];
    record.AyeCount = 127;

    const summary = await importDivisionsFromApi(t.db, { client: client(), ...november, pageSize: 2 });

    expect(fake.requestsTo(/search/)).toEqual([0, 2, 4].map((skip) => expect.stringContaining(`queryParameters.skip=${skip}&queryParameters.take=2`)));
    expect(division(1666)).toEqual([]);
    expect([2001, 2002, 2003, 2004].map((id) => division(id).length)).toEqual([1, 1, 1, 1]);
    expect(summary.counts).toEqual({ new: 4, changed: 0, unchanged: 1, skipped: 0, failed: 0 });
    expect(summary.notFetched).toEqual([1666]);

    const run = t.db.select().from(importRuns).where(eq(importRuns.id, summary.runId ?? -1)).get();
    expect(run).toMatchObject({ source: 'commons-votes-api', status: 'succeeded', counts: summary.counts });
    expect(Object.keys(run?.responseHashes ?? {})).toHaveLength(7);
    expect(Object.values(run?.responseHashes ?? {}).every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);

    const both = t.db.get<{ position: string }>(
      sql`select v.position from votes v join divisions d on d.id = v.division_id join persons p on p.id = v.person_id
          where d.official_id = 2004 and p.parliament_id = ${(record.Noes[0] as { MemberId: number }).MemberId}`,
    );
    expect(both.position).toBe('both');
    expect(t.db.select().from(persons).where(eq(persons.parliamentId, 999_999)).get()).toMatchObject({ name: 'Brand New', needsReview: true });
  });

  it('run twice, changes nothing, duplicates nothing and asks the network for nothing (cache)', async () => {
    await importDivisionsFromApi(t.db, { client: client(), ...november, pageSize: 2 });
    const counts = tableCounts(t.db);
    const votes = voteDump(t.db);
    const requests = fake.requests.length;

    const again = client();
    const summary = await importDivisionsFromApi(t.db, { client: again, ...november, pageSize: 2 });
    expect(summary.counts).toEqual({ new: 0, changed: 0, unchanged: 5, skipped: 0, failed: 0 });
    expect(again.requests).toBe(0);
    expect(fake.requests).toHaveLength(requests);
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votes);
  });

  it('updates a division Parliament corrected (PublicationUpdated moved, one vote changed) and keeps a revision by the importer', async () => {
    const record = records.get(1666) as DivisionRecord;
    const moved = record.Noes.pop() as { MemberId: number };
    record.Ayes.push(moved);
    record.AyeCount = 126;
    record.NoCount = 292;
    record.PublicationUpdated = '2023-11-16T10:00:00';

    const summary = await importDivisionsFromApi(t.db, { client: client(), from: '2023-11-15', to: '2023-11-15' });
    expect(summary.counts).toMatchObject({ changed: 1, new: 0 });
    expect(division(1666)).toHaveLength(1);
    const position = t.db.get<{ position: string }>(sql`select v.position from votes v join persons p on p.id = v.person_id where p.parliament_id = ${moved.MemberId}`);
    expect(position.position).toBe('aye');
    const revision = t.db.select().from(revisions).where(eq(revisions.tableName, 'divisions')).all().at(-1);
    expect(revision).toMatchObject({ action: 'update', actorLabel: 'importer', importRunId: summary.runId });
    expect(revision?.after).toMatchObject({ ayeCount: 126, noCount: 292, publicationUpdated: '2023-11-16T10:00:00' });
  });

  it('loads the real division 1666, served as /data/division/1666.json, by id into an empty database', async () => {
    const empty = createTempDb();
    try {
      fake.on('/data/division/1666.json', { body: fs.readFileSync(DIVISION_1666, 'utf8') });
      const summary = await importDivisionsFromApi(empty.db, { client: client(), ids: [1666] });
      expect(summary.counts.new).toBe(1);
      expect(summary.results[0]).toMatchObject({ officialId: 1666, votes: 650 });
      expect(summary.results[0]?.warnings).toContain('NoCount: official count 293 but 294 names recorded in Noes');
      expect(summary.results[0]?.createdMembers).toHaveLength(650);
      const tellers = empty.db.get<{ n: number }>(sql`select count(*) as n from votes where is_teller = 1`).n;
      const proxies = empty.db.get<{ n: number }>(sql`select count(*) as n from votes where proxy_name is not null`).n;
      expect([tellers, proxies]).toEqual([4, 11]);
    } finally {
      empty.close();
    }
  });

  it('a dry run reports what would change and writes nothing', async () => {
    (records.get(1666) as DivisionRecord).PublicationUpdated = '2023-11-16T10:00:00';
    (records.get(1666) as DivisionRecord).AyeCount = 124;
    const counts = tableCounts(t.db);
    const votes = voteDump(t.db);
    const runs = t.db.select().from(importRuns).all().length;

    const summary = await importDivisionsFromApi(t.db, { client: client(), ...november, dryRun: true });
    expect(summary.counts).toEqual({ new: 4, changed: 1, unchanged: 0, skipped: 0, failed: 0 });
    expect(summary.runId).toBeNull();
    expect(tableCounts(t.db)).toEqual(counts);
    expect(voteDump(t.db)).toBe(votes);
    expect(t.db.select().from(importRuns).all()).toHaveLength(runs);
  });

  describe('the network misbehaving', () => {
    const only2001 = { from: '2023-11-20', to: '2023-11-20' };

    it('waits as a 429 asks (Retry-After), then carries on', async () => {
      fake.on('/data/division/2001.json', { status: 429, headers: { 'retry-after': '3' } }, () => ({ body: records.get(2001) }));
      const waits: number[] = [];
      const summary = await importDivisionsFromApi(t.db, { client: client({ sleep: async (ms) => void waits.push(ms) }), ...only2001 });
      expect(summary.counts.new).toBe(2);
      expect(retries).toEqual([expect.objectContaining({ reason: 'HTTP 429 Too Many Requests', waitMs: 3_000, attempt: 1 })]);
      expect(waits).toContain(3_000);
      expect(division(2001)).toHaveLength(2);
    });

    it('tries again after a 500, with a growing wait', async () => {
      fake.on('/data/division/2001.json', { status: 500 }, { status: 503 }, () => ({ body: records.get(2001) }));
      const summary = await importDivisionsFromApi(t.db, { client: client(), ...only2001 });
      expect(summary.counts.new).toBe(2);
      expect(retries.map((r) => [r.reason.slice(0, 8), r.waitMs])).toEqual([
        ['HTTP 500', 5],
        ['HTTP 503', 10],
      ]);
    });

    it('tries again after a timeout', async () => {
      fake.on('/data/division/2001.json', { delayMs: 1_500, body: records.get(2001) }, () => ({ body: records.get(2001) }));
      const summary = await importDivisionsFromApi(t.db, { client: client({ timeoutMs: 200 }), ...only2001 });
      expect(summary.counts.new).toBe(2);
      expect(retries[0]?.reason).toMatch(/timeout/);
    });

    it('offline: one clear line naming the host, nothing written', async () => {
      const counts = tableCounts(t.db);
      const offline = new ApiClient({ baseUrl: await refusedUrl(), cache: null });
      const error = await importDivisionsFromApi(t.db, { client: offline, ...november }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OfflineError);
      expect((error as Error).message).toMatch(/^127\.0\.0\.1:\d+: cannot be reached \(connection refused\)\. .*--file FILE\.json or --dir FOLDER/);
      expect(offline.requests).toBe(1);
      expect(tableCounts(t.db)).toEqual(counts);
    });

    it('offline on the command line: exits non-zero with that one line, database unchanged', async () => {
      const counts = tableCounts(t.db);
      const result = spawnSync('npx', ['tsx', 'scripts/import.ts', 'divisions', '--from', '2023-11-01', '--to', '2023-11-30'], {
        env: { ...process.env, DATABASE_PATH: t.file, COMMONS_VOTES_API_URL: await refusedUrl(), IMPORT_CACHE_DIR: path.join(t.dir, 'cli-cache') },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Error: 127\.0\.0\.1:\d+: cannot be reached \(connection refused\)\. Are you offline\? .*--file .*--dir/);
      expect(tableCounts(t.db)).toEqual(counts);
    });

    it('a truncated response: names the URL, writes nothing, and is not cached', async () => {
      const text = JSON.stringify(records.get(2001));
      fake.on('/data/division/2001.json', { body: text.slice(0, 4_000) });
      const counts = tableCounts(t.db);
      const votes = voteDump(t.db);
      const error = await importDivisionsFromApi(t.db, { client: client(), ...only2001 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toContain(`${fake.url}/data/division/2001.json: not valid JSON`);
      expect(tableCounts(t.db)).toEqual(counts);
      expect(voteDump(t.db)).toBe(votes);
      expect(t.db.select().from(importRuns).where(eq(importRuns.source, 'commons-votes-api')).get()?.status).toBe('failed');

      fake.on('/data/division/2001.json', { body: text });
      const summary = await importDivisionsFromApi(t.db, { client: client(), ...only2001 });
      expect(summary.counts.new).toBe(2);
      expect(division(2001)).toHaveLength(2);
    });

    it('a download cut off mid-body is tried again, then named if it keeps failing', async () => {
      fake.on('/data/division/2001.json', { body: records.get(2001), cutAfterBytes: 1_000 });
      const counts = tableCounts(t.db);
      const error = await importDivisionsFromApi(t.db, { client: client({ retries: 2 }), ...only2001 }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(new RegExp(`^${fake.url}/data/division/2001\\.json: the download failed .*gave up after 3 attempts`));
      expect(retries).toHaveLength(2);
      expect(tableCounts(t.db)).toEqual(counts);
    });

    it('an interrupted run starts again where it stopped: nothing fetched twice', async () => {
      fake.on('/data/division/2003.json', { status: 500 });
      const counts = tableCounts(t.db);
      await expect(importDivisionsFromApi(t.db, { client: client({ retries: 1 }), ...november })).rejects.toThrow(/2003\.json: HTTP 500/);
      expect(tableCounts(t.db)).toEqual(counts);
      // Newest first: 2004 was fetched (and cached), 2003 failed twice, 2002 and 2001 were not reached.
      expect([2004, 2003, 2002, 2001].map((id) => division(id).length)).toEqual([1, 2, 0, 0]);
      const searches = fake.requestsTo(/search/).length;

      fake.on('/data/division/2003.json', () => ({ body: records.get(2003) }));
      const again = client();
      const summary = await importDivisionsFromApi(t.db, { client: again, ...november });
      expect(summary.counts).toMatchObject({ new: 4, unchanged: 1 });
      expect(again.requests).toBe(3);
      expect([2004, 2003, 2002, 2001].map((id) => division(id).length)).toEqual([1, 3, 1, 1]);
      expect(fake.requestsTo(/search/)).toHaveLength(searches);
    });
  });
});
