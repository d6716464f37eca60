// Issue 11, item 4: an import killed mid-way (Ctrl-C, a crash) used to stay `running` for ever, so nobody could
// tell it from one still going. A run records its process and host; the next run to start marks those whose
// process is gone as `interrupted`, and leaves alone a run whose process is still alive.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importRuns } from '@/db/schema';
import { ImportRun } from '@/lib/import/import-run';
import { callAction, createSignedInAccount, forgetAppConnections, pointAppAtTempDb, redirectTarget } from '../integration/support/app-session';
import { createTempDb, type TempDb } from '../integration/support/temp-db';
import { setRequestCookie } from './support/next-request';

vi.mock('next/headers', () => import('./support/next-request'));

const HOUR = 60 * 60_000;

/** The id of a process that has ended. */
function deadProcessId(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
  if (!child.pid) throw new Error('could not start a child process');
  return child.pid;
}

describe('a new import run', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
  });
  afterEach(() => t.close());

  const running = (values: { processId: number | null; hostName: string | null; hoursAgo?: number; source?: string }) =>
    t.db
      .insert(importRuns)
      .values({
        source: values.source ?? 'commons-votes-api',
        startedAt: new Date(Date.now() - (values.hoursAgo ?? 0.5) * HOUR).toISOString(),
        status: 'running',
        processId: values.processId,
        hostName: values.hostName,
      })
      .returning({ id: importRuns.id })
      .get().id;
  const statusOf = (id: number) => t.db.select().from(importRuns).where(eq(importRuns.id, id)).get();

  it('records its own process and host', () => {
    const run = ImportRun.start(t.db, 'members-api');
    expect(statusOf(run.id!)).toMatchObject({ status: 'running', processId: process.pid, hostName: os.hostname() });
  });

  it('marks a run whose process on this host has ended as interrupted, saying why', () => {
    const pid = deadProcessId();
    const old = running({ processId: pid, hostName: os.hostname() });
    ImportRun.start(t.db, 'members-api');
    const row = statusOf(old);
    expect(row?.status).toBe('interrupted');
    expect(row?.error).toContain(`process ${pid}`);
  });

  it('leaves alone a run whose process is still alive', () => {
    const live = running({ processId: process.pid, hostName: os.hostname() });
    const parent = running({ processId: process.ppid, hostName: os.hostname() });
    ImportRun.start(t.db, 'members-api');
    expect(statusOf(live)?.status).toBe('running');
    expect(statusOf(parent)?.status).toBe('running');
  });

  it('counts a run from another host as gone only after 24 hours', () => {
    const recent = running({ processId: 4242, hostName: 'another-host.example', hoursAgo: 23 });
    const stale = running({ processId: 4242, hostName: 'another-host.example', hoursAgo: 25 });
    ImportRun.start(t.db, 'commons-votes-files');
    expect(statusOf(recent)?.status).toBe('running');
    expect(statusOf(stale)?.status).toBe('interrupted');
  });

  it('treats a run from before runs recorded their process like one from another host', () => {
    const recent = running({ processId: null, hostName: null, hoursAgo: 2 });
    const stale = running({ processId: null, hostName: null, hoursAgo: 30 });
    ImportRun.start(t.db, 'members-api');
    expect(statusOf(recent)?.status).toBe('running');
    expect(statusOf(stale)?.status).toBe('interrupted');
  });

  it('does not touch finished runs, and a dry run changes nothing at all', () => {
    const pid = deadProcessId();
    const old = running({ processId: pid, hostName: os.hostname() });
    const done = running({ processId: pid, hostName: os.hostname() });
    t.db.update(importRuns).set({ status: 'failed', finishedAt: new Date().toISOString(), error: 'offline' }).where(eq(importRuns.id, done)).run();
    ImportRun.start(t.db, 'members-api', { dryRun: true });
    expect(statusOf(old)?.status).toBe('running');
    ImportRun.start(t.db, 'members-api');
    expect(statusOf(old)?.status).toBe('interrupted');
    expect(statusOf(done)).toMatchObject({ status: 'failed', error: 'offline' });
  });
});

describe('the admin page of import runs', () => {
  let t: TempDb;
  // The app reads its configuration once: one database for the whole block.
  beforeAll(() => {
    t = createTempDb();
    pointAppAtTempDb(t);
  });
  afterAll(() => {
    setRequestCookie(null);
    forgetAppConnections();
    t.close();
  });

  it('is for editors only', async () => {
    const { default: ImportRunsPage } = await import('@/app/admin/imports/page');
    setRequestCookie(null);
    const outcome = await callAction(ImportRunsPage, []);
    expect(redirectTarget(outcome)).toBe('/login?next=%2Fadmin%2Fimports');
  });

  it('lists the latest runs, the interrupted marked as such', async () => {
    const { cookie } = await createSignedInAccount('imports@security.test', 'editor');
    const old = t.db
      .insert(importRuns)
      .values({ source: 'members-api', startedAt: new Date(Date.now() - 60_000).toISOString(), status: 'running', processId: deadProcessId(), hostName: os.hostname() })
      .returning({ id: importRuns.id })
      .get().id;
    const run = ImportRun.start(t.db, 'commons-votes-api');
    run.counts.new = 3;
    run.succeed();

    const { default: ImportRunsPage } = await import('@/app/admin/imports/page');
    setRequestCookie(cookie);
    const html = renderToStaticMarkup(await ImportRunsPage());
    expect(html).toContain('commons-votes-api');
    expect(html).toContain('3 new');
    expect(html).toMatch(/<strong class="text-no">Interrupted<\/strong>/);
    expect(html).toContain(`Stopped before it finished: process`);
    expect(t.db.select().from(importRuns).where(eq(importRuns.id, old)).get()?.status).toBe('interrupted');
  });
});
