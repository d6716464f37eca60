// `npm run bench`: builds the production app, starts it on the full-scale benchmark database (made by
// `npm run bench:data` if it is missing), and measures each public route at a fixed concurrency; then an
// editor's writes while readers keep reading; then a fresh clone's time to its first page.
// Prints a table and writes bench/results.json (one object per route) and bench/run.json (the rest).
//   npm run bench [-- --seconds 10] [--connections 10] [--port 3400] [--skip-fresh-clone] [--skip-build] [--no-page-cache]
// With --abuse it runs the abuse run instead (scripts/lib/bench/abuse.ts): a flood of renders from one address and
// from many, on loopback only, while an editor keeps saving; it writes bench/abuse.json.
//   npm run bench -- --abuse [--abuse-seconds 60] [--abuse-connections 50]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ensureBuild, prepareEnvironment } from './lib/prepare.mjs';
import { timeFreshClone, type FreshCloneResult } from './lib/bench/fresh-clone';
import { reportAbuse, runFloodApart, sampleMemory, type FloodResult } from './lib/bench/abuse';
import { BENCH_EDITOR, runEditorSaves, runEditorWrites, writeUploadFile, type EditorStep } from './lib/bench/editor';
import { BROWSER_HEADERS, runLoad, type LoadResult } from './lib/bench/load';
import { peakMemoryBytes, startServer } from './lib/bench/server';

const ROOT = process.cwd(); // npm runs scripts from the project root
const TARGET_P95_MS = 100;
const TARGET_RATIO = 0.5;
const TARGET_MEMORY_MB = 400;
const TARGET_DB_MB = 1024;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3400' },
    db: { type: 'string', default: 'var/bench.sqlite' },
    'skip-fresh-clone': { type: 'boolean', default: false },
    // Measure the build already there (say, while comparing runs), instead of building the current sources.
    'skip-build': { type: 'boolean', default: false },
    // Every request rendered from the database: what the page cache saves.
    'no-page-cache': { type: 'boolean', default: false },
    abuse: { type: 'boolean', default: false },
    'abuse-seconds': { type: 'string', default: '60' },
    'abuse-connections': { type: 'string', default: '50' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const port = Number(args.port);
const mb = (bytes: number) => bytes / 1024 / 1024;

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit code ${result.status})`);
}

function fileSize(file: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0), 0);
}

type Route = { route: string; path: string };

/** The routes measured, chosen from the database: its latest division and the member with the most votes. */
function chooseRoutes(db: Database.Database) {
  const division = db
    .prepare('SELECT id, official_id AS officialId FROM divisions WHERE official_id IS NOT NULL ORDER BY held_at DESC, id DESC LIMIT 1')
    .get() as { id: number; officialId: number };
  const busiest = db
    .prepare(
      `SELECT p.parliament_id AS parliamentId, p.name, p.sort_name AS sortName
         FROM (SELECT person_id, count(*) AS n FROM votes GROUP BY person_id ORDER BY n DESC LIMIT 1) top
         JOIN persons p ON p.id = top.person_id`,
    )
    .get() as { parliamentId: number; name: string; sortName: string };
  const labour = db.prepare("SELECT id, name FROM parties WHERE abbreviation = 'Lab'").get() as { id: number; name: string };
  const labourWhip = db.prepare('SELECT instruction FROM whips WHERE division_id = ? AND party_id = ?').get(division.id, labour.id) as
    | { instruction: string }
    | undefined;
  const surname = busiest.sortName.split(',')[0]!.trim();
  const routes: Route[] = [
    { route: 'ceiling', path: '/api/ping' },
    { route: 'home', path: '/' },
    { route: 'division', path: `/divisions/${division.officialId}` },
    { route: 'mp', path: `/mps/${busiest.parliamentId}` },
    { route: 'rebels', path: '/rebels?party=Lab&vote=aye&role=backbench' },
    { route: 'division-csv', path: `/divisions/${division.officialId}/votes.csv` },
    { route: 'search', path: `/mps?q=${encodeURIComponent(surname)}` },
    { route: 'api', path: `/api/v1/divisions/${division.officialId}/votes` },
  ];
  return { routes, division, busiest, labour, labourWhip: labourWhip?.instruction ?? null };
}

function pad(value: string, width: number, right = false) {
  return right ? value.padStart(width) : value.padEnd(width);
}

/** The database copy the run works on, with the bench editor's account: the generated database is never changed. */
async function prepareRun() {
  prepareEnvironment();
  const source = path.resolve(ROOT, args.db);
  if (!fs.existsSync(source)) {
    console.log(`${args.db} is missing: generating it (npm run bench:data)…`);
    run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/bench-data.ts', '--out', args.db]);
  }
  const databaseBytes = fileSize(source);

  if (!args['skip-build']) {
    console.log('Building the production app…');
    await ensureBuild();
  }

  // The run works on a copy, so that the editor's writes never change the generated database.
  const working = path.join(ROOT, 'var', 'bench-run.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(working + suffix, { force: true });
  fs.copyFileSync(source, working);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  run(tsx, ['scripts/user-create.ts', '--email', BENCH_EDITOR.email, '--role', 'editor'], {
    DATABASE_PATH: working,
    USER_PASSWORD: BENCH_EDITOR.password,
  });

  return { working, databaseBytes, tsx };
}

async function main() {
  if (args.abuse) return abuse();
  const { working, databaseBytes } = await prepareRun();
  const db = new Database(working, { readonly: true });
  const chosen = chooseRoutes(db);
  const uploadFile = path.join(ROOT, 'var', 'bench-upload.json');
  const upload = writeUploadFile(db, chosen.division.officialId, uploadFile);
  db.close();

  const logFile = path.join(ROOT, 'var', 'bench-server.log');
  const server = await startServer({
    root: ROOT,
    port,
    env: {
      DATABASE_PATH: working,
      SITE_URL: `http://127.0.0.1:${port}`,
      // The readers all come from this one address: measured here is speed, not the per-client limit (--abuse).
      RENDER_RATE: '0',
      ...(args['no-page-cache'] ? { PAGE_CACHE_MB: '0' } : {}),
    },
    logFile,
  });
  const results: (Route & LoadResult & { firstMs: number; firstBytes: number })[] = [];
  let writes: { steps: EditorStep[]; load: LoadResult; lockedErrors: number } | null = null;
  let peakBytes: number | null = null;
  try {
    for (const route of chosen.routes) {
      // The first request is the uncached one: how long a page takes to make from the database.
      const startedAt = performance.now();
      const first = await fetch(`${server.baseUrl}${route.path}`, { headers: BROWSER_HEADERS });
      const body = await first.arrayBuffer();
      const firstMs = performance.now() - startedAt;
      if (!first.ok) throw new Error(`${route.path} answered ${first.status}`);
      process.stdout.write(`Measuring ${route.route} (${route.path}) for ${seconds} s… `);
      const load = await runLoad({ baseUrl: server.baseUrl, paths: [route.path], connections, seconds });
      console.log(`${Math.round(load.rps)} requests/s`);
      results.push({ ...route, ...load, firstMs, firstBytes: body.byteLength });
    }

    console.log('Editor writes while the readers read every route…');
    let finished: () => void = () => {};
    const done = new Promise<void>((resolve) => (finished = resolve));
    const reading = runLoad({
      baseUrl: server.baseUrl,
      paths: chosen.routes.filter((r) => r.route !== 'ceiling').map((r) => r.path),
      connections,
      seconds: 180,
      until: done,
    });
    let steps: EditorStep[];
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
    writes = { steps, load, lockedErrors };
    peakBytes = peakMemoryBytes(server.child.pid!);
  } finally {
    await server.stop();
  }

  let freshClone: FreshCloneResult | null = null;
  if (!args['skip-fresh-clone']) {
    console.log('Timing a fresh clone to its first page (npm start: install, database, build)…');
    freshClone = await timeFreshClone(ROOT, port + 1);
  }

  report({ results, writes: writes!, peakBytes, databaseBytes, freshClone });
}

function report(outcome: {
  results: (Route & LoadResult & { firstMs: number; firstBytes: number })[];
  writes: { steps: EditorStep[]; load: LoadResult; lockedErrors: number };
  peakBytes: number | null;
  databaseBytes: number;
  freshClone: FreshCloneResult | null;
}) {
  const ceiling = outcome.results.find((r) => r.route === 'ceiling')!;
  const rows = outcome.results.map((r) => ({
    route: r.route,
    path: r.path,
    rps: Math.round(r.rps),
    p50_ms: Number(r.p50Ms.toFixed(1)),
    p95_ms: Number(r.p95Ms.toFixed(1)),
    p99_ms: Number(r.p99Ms.toFixed(1)),
    ratio_to_ceiling: Number((r.rps / ceiling.rps).toFixed(2)),
    requests: r.requests,
    non_2xx: r.non2xx,
    errors: r.errors,
    first_request_ms: Number(r.firstMs.toFixed(1)),
    mean_response_bytes: Math.round(r.meanBytes),
  }));

  const header = ['route', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'vs ceiling', 'uncached ms', 'target'];
  const lines = rows.map((r) => {
    const meets = r.route === 'ceiling' || (r.p95_ms < TARGET_P95_MS && r.ratio_to_ceiling >= TARGET_RATIO && r.non_2xx === 0 && r.errors === 0);
    return [r.route, String(r.rps), r.p50_ms.toFixed(1), r.p95_ms.toFixed(1), r.p99_ms.toFixed(1), r.ratio_to_ceiling.toFixed(2), r.first_request_ms.toFixed(0), r.route === 'ceiling' ? '' : meets ? 'met' : 'MISSED'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  console.log('');
  console.log(
    `${connections} connections, ${seconds} s per route, ${os.cpus().length} cores, Node ${process.versions.node}, page cache ${args['no-page-cache'] ? 'off' : 'on'}`,
  );
  console.log(header.map((h, i) => pad(h, widths[i]!, i > 0)).join('  '));
  for (const line of lines) console.log(line.map((v, i) => pad(v, widths[i]!, i > 0 && i < 7)).join('  '));

  const peakMb = outcome.peakBytes === null ? null : mb(outcome.peakBytes);
  const dbMb = mb(outcome.databaseBytes);
  console.log('');
  console.log(`Server peak memory: ${peakMb === null ? 'unknown' : `${peakMb.toFixed(0)} MB`} (target under ${TARGET_MEMORY_MB} MB)`);
  console.log(`Database size: ${dbMb.toFixed(0)} MB (target under ${TARGET_DB_MB} MB)`);
  console.log('');
  console.log('Editor writes during the read load:');
  for (const step of outcome.writes.steps) {
    console.log(`  ${step.name}: ${step.seconds.toFixed(2)} s, ${step.visibleAtOnce ? 'shown at once' : 'NOT SHOWN'}; ${step.detail}`);
  }
  const w = outcome.writes.load;
  console.log(
    `  readers meanwhile: ${w.requests} requests, ${Math.round(w.rps)} req/s, p95 ${w.p95Ms.toFixed(1)} ms, ` +
      `${w.non2xx} not 2xx, ${w.errors} errors; "database is locked" in the server log: ${outcome.writes.lockedErrors}`,
  );
  if (outcome.freshClone) {
    console.log('');
    console.log(`Fresh clone (${outcome.freshClone.commit}) to its first page: ${outcome.freshClone.seconds.toFixed(0)} s`);
    for (const step of outcome.freshClone.steps) console.log(`  ${String(step.at.toFixed(1)).padStart(6)} s  ${step.line}`);
  }

  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  const summary = {
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memory_gb: Math.round(os.totalmem() / 1024 ** 3), node: process.versions.node },
    settings: { connections, seconds_per_route: seconds, page_cache: !args['no-page-cache'], request_headers: BROWSER_HEADERS },
    targets: { p95_ms: TARGET_P95_MS, ratio_to_ceiling: TARGET_RATIO, memory_mb: TARGET_MEMORY_MB, database_mb: TARGET_DB_MB },
    server_peak_memory_mb: peakMb === null ? null : Number(peakMb.toFixed(1)),
    database_mb: Number(dbMb.toFixed(1)),
    writes_under_load: {
      steps: outcome.writes.steps.map((s) => ({ name: s.name, seconds: Number(s.seconds.toFixed(2)), visible_at_once: s.visibleAtOnce, detail: s.detail })),
      readers: { requests: w.requests, rps: Math.round(w.rps), p95_ms: Number(w.p95Ms.toFixed(1)), non_2xx: w.non2xx, errors: w.errors },
      database_locked_errors: outcome.writes.lockedErrors,
    },
    fresh_clone: outcome.freshClone,
  };
  fs.writeFileSync(path.join(ROOT, 'bench', 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log('');
  console.log('Wrote bench/results.json and bench/run.json.');

  const failed =
    outcome.writes.steps.some((s) => !s.visibleAtOnce) || outcome.writes.lockedErrors > 0 || w.errors > 0 || w.non2xx > 0 || rows.some((r) => r.non_2xx > 0 || r.errors > 0);
  if (failed) {
    console.error('The run had errors (see above).');
    process.exitCode = 1;
  }
}

/** `--abuse`: the flood, the editor's saves meanwhile, and the server's memory, status codes and health. */
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
