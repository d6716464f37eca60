// `npm run bench`: builds the production app, starts it on the full-scale benchmark database (made by
// `npm run bench:data` if it is missing), and measures each public route at a fixed concurrency twice: cold (the
// page cache off: every answer made by the app) and warm (the page cache on); then an editor's writes while readers
// keep reading; then a fresh clone's time to its first page. Prints a table (scripts/lib/bench/report.ts) and writes
// bench/results.json (one object per route) and bench/run.json (the rest).
//   npm run bench [-- --seconds 10] [--connections 10] [--port 3400] [--skip-fresh-clone] [--skip-build] [--cold-only]
// With --behind varnish [--instances 2] it then measures the same routes and the same editor's writes again through
// Varnish in front of that many app processes (`npm run serve:cluster`, on a fresh copy of the database), side by side
// with the single process: the figures go beside the others in bench/results.json and bench/run.json.
// With --abuse it runs the abuse run instead (scripts/lib/bench/abuse.ts): a flood of renders from one address and
// from many, on loopback only, while an editor keeps saving; it writes bench/abuse.json.
//   npm run bench -- --abuse [--abuse-seconds 60] [--abuse-connections 50]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ensureBuild, prepareEnvironment } from './lib/prepare.mjs';
import { timeFreshClone, type FreshCloneResult } from './lib/bench/fresh-clone';
import { reportAbuse, runFloodApart, sampleMemory, type FloodResult } from './lib/bench/abuse';
import { BENCH_EDITOR, runEditorSaves, runEditorWrites, writeUploadFile } from './lib/bench/editor';
import { BROWSER_HEADERS, runLoad } from './lib/bench/load';
import { report, type EditorWrites, type RouteOutcome, type VarnishOutcome } from './lib/bench/report';
import { startCluster } from './lib/bench/cluster';
import { chooseRoutes, measureRoute } from './lib/bench/routes';
import { peakMemoryBytes, startServer } from './lib/bench/server';

const ROOT = process.cwd(); // npm runs scripts from the project root

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3400' },
    db: { type: 'string', default: 'var/bench.sqlite' },
    'skip-fresh-clone': { type: 'boolean', default: false },
    // Measure the build already there (say, while comparing runs), instead of building the current sources.
    'skip-build': { type: 'boolean', default: false },
    // Only the cold phase (and no editor writes): when working on what a page costs to make.
    'cold-only': { type: 'boolean', default: false },
    behind: { type: 'string' },
    instances: { type: 'string', default: '2' },
    abuse: { type: 'boolean', default: false },
    'abuse-seconds': { type: 'string', default: '60' },
    'abuse-connections': { type: 'string', default: '50' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const port = Number(args.port);
const instances = Number(args.instances);
if (args.behind !== undefined && args.behind !== 'varnish') throw new Error('--behind takes "varnish" (the only shared cache measured here)');
if (!Number.isInteger(instances) || instances < 1 || instances > 8) throw new Error('--instances takes a whole number from 1 to 8');

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit code ${result.status})`);
}

function fileSize(file: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
}

/** The database copy the run works on, with the bench editor's account: the generated database is never changed. */
async function prepareRun() {
  prepareEnvironment();
  const source = path.resolve(ROOT, args.db);
  if (!fs.existsSync(source)) {
    console.log(`${args.db} is missing: generating it (npm run bench:data)…`);
    run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/bench-data.ts', '--out', args.db]);
  }

  if (!args['skip-build']) {
    console.log('Building the production app…');
    await ensureBuild();
  }

  // Measured on the working copy, once this code's migrations have run on it (its indexes included).
  const working = workingCopy(source);
  return { working, databaseBytes: fileSize(working) };
}

/** A fresh copy of the generated database with the bench editor's account, so that the editor's writes never change it. */
function workingCopy(source: string): string {
  const working = path.join(ROOT, 'var', 'bench-run.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(working + suffix, { force: true });
  fs.copyFileSync(source, working);
  run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/user-create.ts', '--email', BENCH_EDITOR.email, '--role', 'editor'], {
    DATABASE_PATH: working,
    USER_PASSWORD: BENCH_EDITOR.password,
  });
  return working;
}

async function main() {
  if (args.abuse) return abuse();
  const { working, databaseBytes } = await prepareRun();
  const db = new Database(working, { readonly: true });
  const chosen = chooseRoutes(db);
  const uploadFile = path.join(ROOT, 'var', 'bench-upload.json');
  const upload = writeUploadFile(db, chosen.division.officialId, uploadFile);
  db.close();

  // The readers all come from this one address: measured here is speed, not the per-client limit (--abuse).
  const env = { DATABASE_PATH: working, SITE_URL: `http://127.0.0.1:${port}`, RENDER_RATE: '0' };
  const measureAll = async (phase: string, baseUrl: string, pids: readonly number[]) => {
    const figures = [];
    for (const route of chosen.routes) {
      process.stdout.write(`${phase}: ${route.route} (${route.path}) for ${seconds} s… `);
      const measured = await measureRoute({ baseUrl, pids, route, connections, seconds, prime: phase !== 'Cold' });
      console.log(`${Math.round(measured.load.rps)} requests/s, p95 ${measured.load.p95Ms.toFixed(1)} ms`);
      figures.push(measured);
    }
    return figures;
  };

  // Cold first, on a server that keeps nothing: every request is made by the app.
  const cold = await startServer({ root: ROOT, port, env: { ...env, PAGE_CACHE_MB: '0' }, logFile: path.join(ROOT, 'var', 'bench-server-cold.log') });
  let coldFigures;
  try {
    coldFigures = await measureAll('Cold', cold.baseUrl, [cold.child.pid!]);
  } finally {
    await cold.stop();
  }
  const routes: RouteOutcome[] = chosen.routes.map((route, i) => ({ ...route, cold: coldFigures[i]!, warm: null, varnish: null }));

  let writes: EditorWrites | null = null;
  let peakBytes: number | null = null;
  if (!args['cold-only']) {
    const server = await startServer({ root: ROOT, port, env, logFile: path.join(ROOT, 'var', 'bench-server.log') });
    try {
      const warmFigures = await measureAll('Warm', server.baseUrl, [server.child.pid!]);
      warmFigures.forEach((figures, i) => (routes[i]!.warm = figures));
      writes = await editorWrites({ baseUrl: server.baseUrl, output: server.output }, chosen, uploadFile, upload);
      peakBytes = peakMemoryBytes(server.child.pid!);
    } finally {
      await server.stop();
    }
  }

  let varnish: VarnishOutcome | null = null;
  if (args.behind === 'varnish' && !args['cold-only']) {
    // Varnish on the same port the single process had (it has stopped), the app processes on the ports after it, on a
    // fresh copy of the database: the single process's writes are not in it.
    const cluster = await startCluster({
      root: ROOT,
      port,
      instances,
      env: { ...env, DATABASE_PATH: workingCopy(path.resolve(ROOT, args.db)) },
      logFile: path.join(ROOT, 'var', 'bench-cluster.log'),
    });
    try {
      const label = `Varnish + ${instances} app processes`;
      const figures = await measureAll(label, cluster.baseUrl, cluster.pids);
      figures.forEach((f, i) => (routes[i]!.varnish = f));
      const clusterWrites = await editorWrites({ baseUrl: cluster.baseUrl, output: cluster.output }, chosen, uploadFile, upload);
      varnish = { instances, writes: clusterWrites, peakBytes: cluster.peakMemoryBytes() };
    } finally {
      await cluster.stop();
    }
  }

  let freshClone: FreshCloneResult | null = null;
  if (!args['skip-fresh-clone'] && !args['cold-only']) {
    console.log('Timing a fresh clone to its first page (npm start: install, database, build)…');
    freshClone = await timeFreshClone(ROOT, port + 1);
  }

  const failed = report(ROOT, { settings: { connections, seconds }, routes, writes, peakBytes, databaseBytes, freshClone, varnish });
  if (failed) process.exitCode = 1;
}

/** An editor uploads a division and changes a whip in Chromium while readers read every route; each change is checked on the public pages. */
async function editorWrites(
  server: { baseUrl: string; output: () => string },
  chosen: ReturnType<typeof chooseRoutes>,
  uploadFile: string,
  upload: ReturnType<typeof writeUploadFile>,
) {
  console.log('Editor writes while the readers read every route…');
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  const reading = runLoad({
    baseUrl: server.baseUrl,
    paths: chosen.routes.filter((r) => r.route !== 'ceiling').flatMap((r) => r.paths?.slice(0, 5) ?? [r.path]),
    connections,
    seconds: 180,
    until: done,
  });
  let steps: EditorWrites['steps'];
  try {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    steps = await runEditorWrites({
      baseUrl: server.baseUrl,
      chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      uploadFile,
      upload,
      whip: {
        divisionPath: `/divisions/${chosen.division.officialId}`,
        adminWhipsPath: `/admin/divisions/${chosen.division.id}/whips`,
        partyId: chosen.labour.id,
        partyName: chosen.labour.name,
        instruction: chosen.labourWhip === 'abstain' ? 'aye' : 'abstain',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  } finally {
    finished();
  }
  const load = await reading;
  const lockedErrors = (server.output().match(/database is locked|SQLITE_BUSY/g) ?? []).length;
  return { steps, load, lockedErrors };
}

async function abuse() {
  const floodSeconds = Number(args['abuse-seconds']);
  const floodConnections = Number(args['abuse-connections']);
  const { working } = await prepareRun();
  const db = new Database(working, { readonly: true });
  const chosen = chooseRoutes(db);
  db.close();

  const logFile = path.join(ROOT, 'var', 'bench-abuse-server.log');
  // The flood names its addresses in X-Forwarded-For, as a proxy in front would: the loopback is trusted for the run.
  // Every other limit is the server's default.
  const server = await startServer({
    root: ROOT,
    port,
    env: { DATABASE_PATH: working, SITE_URL: `http://127.0.0.1:${port}`, TRUSTED_PROXIES: '127.0.0.1' },
    logFile,
  });
  const divisionPath = `/divisions/${chosen.division.officialId}`;
  let flood: FloodResult;
  let saves: number[];
  let idleSaves: number[];
  let visitor: number[];
  let visitorRefused = 0;
  let memory: number[];
  let alive: boolean;
  let peakBytes: number | null;
  try {
    await (await fetch(`${server.baseUrl}${divisionPath}`, { headers: BROWSER_HEADERS })).arrayBuffer();
    const editor = {
      baseUrl: server.baseUrl,
      chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      whip: { adminWhipsPath: `/admin/divisions/${chosen.division.id}/whips`, partyId: chosen.labour.id, partyName: chosen.labour.name },
      instructions: (chosen.labourWhip === 'abstain' ? ['aye', 'abstain'] : ['abstain', chosen.labourWhip === 'no' ? 'no' : 'aye']) as [
        'aye' | 'no' | 'abstain',
        'aye' | 'no' | 'abstain',
      ],
    };
    console.log('The editor saves for 10 s with no flood: the figure to compare with…');
    idleSaves = await runEditorSaves({ ...editor, until: new Promise((resolve) => setTimeout(resolve, 10_000)) });
    const sampler = sampleMemory(server.child.pid!);
    console.log(`Flooding for ${floodSeconds} s with ${floodConnections} connections while an editor saves a whip again and again…`);
    const flooding = runFloodApart(ROOT, { baseUrl: server.baseUrl, connections: floodConnections, seconds: floodSeconds, divisionId: chosen.division.officialId });
    const editing = runEditorSaves({ ...editor, until: flooding });
    // A visitor reading the division page, as anyone following a link would, once a second.
    visitor = [];
    const reading = (async () => {
      let done = false;
      void flooding.then(() => (done = true));
      while (!done) {
        const startedAt = performance.now();
        const response = await fetch(`${server.baseUrl}${divisionPath}`, { headers: BROWSER_HEADERS });
        await response.arrayBuffer();
        if (response.ok) visitor.push(performance.now() - startedAt);
        else visitorRefused += 1;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    })();
    [flood, saves] = await Promise.all([flooding, editing, reading]);
    memory = sampler.stop();
    alive = (await fetch(`${server.baseUrl}/api/ping`).catch(() => null))?.ok === true && server.child.exitCode === null;
    peakBytes = peakMemoryBytes(server.child.pid!);
  } finally {
    await server.stop();
  }
  // What Next.js and the server print for a failed request.
  const serverErrors = (server.output().match(/Internal server error|⨯|Unhandled/g) ?? []).length;
  const failed = reportAbuse(ROOT, {
    connections: floodConnections,
    seconds: floodSeconds,
    flood,
    divisionPath,
    visitor,
    visitorRefused,
    idleSaves,
    saves,
    memory,
    peakBytes,
    alive,
    serverErrors,
  });
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
