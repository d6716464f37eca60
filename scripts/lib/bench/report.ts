// What `npm run bench` prints and writes: a table of every route warm (page cache on) and cold (page cache off),
// with sizes and CPU per render, the targets met or missed, memory, the editor's writes and the fresh clone; and
// bench/results.json (one object per route) and bench/run.json (the rest).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EditorStep } from './editor';
import type { FreshCloneResult } from './fresh-clone';
import { BROWSER_HEADERS, type LoadResult } from './load';
import type { Route, RouteFigures } from './routes';

export const TARGETS = {
  /** Warm: p95 and the share of the ceiling route's rate. */
  warmP95Ms: 100,
  warmRatio: 0.5,
  /** Cold (page cache off): p95 and the share of the ceiling route's rate. */
  coldP95Ms: 150,
  coldRatio: 0.1,
  /** A division page of 650 members, uncompressed. */
  divisionHtmlBytes: 250 * 1024,
  /** An MP page with 6,000 votes against one with 60: the cold rate at least this share. */
  mpSizeRatio: 0.8,
  memoryMb: 400,
  databaseMb: 1024,
};

/** Each route warm (page cache on), cold (page cache off), and through Varnish in front of several app processes. */
export type RouteOutcome = Route & { warm: RouteFigures | null; cold: RouteFigures; varnish: RouteFigures | null };

export type EditorWrites = { steps: EditorStep[]; load: LoadResult; lockedErrors: number };

/** `--behind varnish`: the set measured, its editor's writes, and its processes' summed peak memory. */
export type VarnishOutcome = { instances: number; writes: EditorWrites; peakBytes: number | null };

export type BenchOutcome = {
  settings: { connections: number; seconds: number };
  routes: RouteOutcome[];
  writes: EditorWrites | null;
  peakBytes: number | null;
  databaseBytes: number;
  freshClone: FreshCloneResult | null;
  varnish: VarnishOutcome | null;
};

const mb = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)}`;
const round1 = (n: number) => Number(n.toFixed(1));

function pad(value: string, width: number, right: boolean) {
  return right ? value.padStart(width) : value.padEnd(width);
}

function table(header: string[], lines: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  console.log(header.map((h, i) => pad(h, widths[i]!, i > 0)).join('  '));
  for (const line of lines) console.log(line.map((v, i) => pad(v, widths[i]!, i > 0 && i < line.length - 1)).join('  '));
}

/** Prints the figures and writes the two files; returns true when the run had errors. */
export function report(root: string, outcome: BenchOutcome): boolean {
  const ceilingOf = (phase: 'warm' | 'cold') => outcome.routes.find((r) => r.route === 'ceiling')?.[phase]?.load.rps ?? Number.NaN;
  const warmCeiling = ceilingOf('warm');
  const coldCeiling = ceilingOf('cold');
  const byName = new Map(outcome.routes.map((r) => [r.route, r]));
  const mpRatio = (byName.get('mp')?.cold.load.rps ?? 0) / (byName.get('mp-60-votes')?.cold.load.rps ?? Number.NaN);

  const rows = outcome.routes.map((r) => {
    const warm = r.warm?.load;
    const cold = r.cold.load;
    const warmMet = !warm || (warm.p95Ms < TARGETS.warmP95Ms && warm.rps / warmCeiling >= TARGETS.warmRatio && warm.non2xx + warm.errors === 0);
    const coldMet =
      cold.p95Ms < TARGETS.coldP95Ms &&
      cold.rps / coldCeiling >= TARGETS.coldRatio &&
      cold.non2xx + cold.errors === 0 &&
      (r.route !== 'division' || r.cold.htmlBytes < TARGETS.divisionHtmlBytes) &&
      (r.route !== 'mp' || mpRatio >= TARGETS.mpSizeRatio);
    return {
      route: r.route,
      path: r.path,
      rps: warm ? Math.round(warm.rps) : null,
      p50_ms: warm ? round1(warm.p50Ms) : null,
      p95_ms: warm ? round1(warm.p95Ms) : null,
      p99_ms: warm ? round1(warm.p99Ms) : null,
      ratio_to_ceiling: warm ? Number((warm.rps / warmCeiling).toFixed(2)) : null,
      requests: warm?.requests ?? null,
      non_2xx: (warm?.non2xx ?? 0) + cold.non2xx + (r.varnish?.load.non2xx ?? 0),
      errors: (warm?.errors ?? 0) + cold.errors + (r.varnish?.load.errors ?? 0),
      mean_response_bytes: warm ? Math.round(warm.meanBytes) : null,
      first_request_ms: round1(r.cold.firstMs),
      cold_rps: Math.round(cold.rps),
      cold_p50_ms: round1(cold.p50Ms),
      cold_p95_ms: round1(cold.p95Ms),
      cold_p99_ms: round1(cold.p99Ms),
      cold_ratio_to_ceiling: Number((cold.rps / coldCeiling).toFixed(3)),
      cpu_ms_per_render: r.cold.cpuMsPerRequest === null ? null : round1(r.cold.cpuMsPerRequest),
      html_bytes: r.cold.htmlBytes,
      gzip_bytes: r.cold.gzipBytes,
      varnish_rps: r.varnish ? Math.round(r.varnish.load.rps) : null,
      varnish_p95_ms: r.varnish ? round1(r.varnish.load.p95Ms) : null,
      varnish_cpu_ms_per_request: r.varnish?.cpuMsPerRequest == null ? null : round1(r.varnish.cpuMsPerRequest),
      warm_target_met: r.route === 'ceiling' || !warm ? null : warmMet,
      cold_target_met: r.route === 'ceiling' ? null : coldMet,
    };
  });

  console.log('');
  console.log(`${outcome.settings.connections} connections, ${outcome.settings.seconds} s per route and phase, ${os.cpus().length} cores, Node ${process.versions.node}`);
  console.log(`Warm: page cache on, targets p95 < ${TARGETS.warmP95Ms} ms and ${TARGETS.warmRatio * 100}% of the ceiling's rate.`);
  console.log(
    `Cold: page cache off, targets p95 < ${TARGETS.coldP95Ms} ms and ${TARGETS.coldRatio * 100}% of the ceiling's rate; the division page under ` +
      `${TARGETS.divisionHtmlBytes / 1024} KB; the 6,000-vote MP page at least ${TARGETS.mpSizeRatio * 100}% of the 60-vote one's rate.`,
  );
  const yes = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');
  const v = outcome.varnish;
  if (v) console.log(`Varnish: Varnish in front of ${v.instances} app processes (npm run serve:cluster), their CPU summed with Varnish's.`);
  table(
    ['route', 'warm req/s', 'warm p95', 'cold req/s', 'cold p95', 'CPU ms', 'HTML KB', 'gzip KB', 'first ms', ...(v ? ['varnish req/s', 'varnish p95'] : []), 'warm', 'cold'],
    rows.map((r) => [
      r.route,
      r.rps === null ? '-' : String(r.rps),
      r.p95_ms === null ? '-' : r.p95_ms.toFixed(1),
      String(r.cold_rps),
      r.cold_p95_ms.toFixed(1),
      r.cpu_ms_per_render === null ? '-' : r.cpu_ms_per_render.toFixed(1),
      kb(r.html_bytes),
      kb(r.gzip_bytes),
      r.first_request_ms.toFixed(0),
      ...(v ? [r.varnish_rps === null ? '-' : String(r.varnish_rps), r.varnish_p95_ms === null ? '-' : r.varnish_p95_ms.toFixed(1)] : []),
      yes(r.warm_target_met),
      yes(r.cold_target_met),
    ]),
  );
  console.log(`The 6,000-vote MP page's cold rate is ${(mpRatio * 100).toFixed(0)}% of the 60-vote one's.`);

  const peakMb = outcome.peakBytes === null ? null : mb(outcome.peakBytes);
  const dbMb = mb(outcome.databaseBytes);
  console.log('');
  console.log(`Server peak memory (warm): ${peakMb === null ? 'unknown' : `${peakMb.toFixed(0)} MB`} (target under ${TARGETS.memoryMb} MB)`);
  console.log(`Database size: ${dbMb.toFixed(0)} MB (target under ${TARGETS.databaseMb} MB)`);
  const w = outcome.writes;
  if (w) printWrites('Editor writes during the read load:', w);
  if (v) {
    printWrites(`Through Varnish (${v.instances} app processes), the same editor writes during the read load:`, v.writes);
    const varnishMb = v.peakBytes === null ? null : mb(v.peakBytes);
    console.log(`  peak memory, app processes and Varnish summed: ${varnishMb === null ? 'unknown' : `${varnishMb.toFixed(0)} MB`}`);
  }
  if (outcome.freshClone) {
    console.log('');
    console.log(`Fresh clone (${outcome.freshClone.commit}) to its first page: ${outcome.freshClone.seconds.toFixed(0)} s`);
    for (const step of outcome.freshClone.steps) console.log(`  ${String(step.at.toFixed(1)).padStart(6)} s  ${step.line}`);
  }

  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
  const summary = {
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memory_gb: Math.round(os.totalmem() / 1024 ** 3), node: process.versions.node },
    settings: { connections: outcome.settings.connections, seconds_per_route: outcome.settings.seconds, request_headers: BROWSER_HEADERS },
    targets: TARGETS,
    mp_6000_to_60_cold_ratio: Number(mpRatio.toFixed(2)),
    server_peak_memory_mb: peakMb === null ? null : round1(peakMb),
    database_mb: round1(dbMb),
    writes_under_load: w && writesJson(w),
    fresh_clone: outcome.freshClone,
    behind_varnish: v && {
      instances: v.instances,
      peak_memory_mb_summed: v.peakBytes === null ? null : round1(mb(v.peakBytes)),
      writes_under_load: writesJson(v.writes),
    },
  };
  fs.writeFileSync(path.join(root, 'bench', 'run.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log('');
  console.log('Wrote bench/results.json and bench/run.json.');

  const writesFailed = (x: EditorWrites | null | undefined) =>
    !!x && (x.steps.some((s) => !s.visibleAtOnce) || x.lockedErrors > 0 || x.load.errors > 0 || x.load.non2xx > 0);
  const failed = writesFailed(w) || writesFailed(v?.writes) || rows.some((r) => r.non_2xx > 0 || r.errors > 0);
  if (failed) console.error('The run had errors (see above).');
  return failed;
}

function printWrites(title: string, w: EditorWrites) {
  console.log('');
  console.log(title);
  for (const step of w.steps) console.log(`  ${step.name}: ${step.seconds.toFixed(2)} s, ${step.visibleAtOnce ? 'shown at once' : 'NOT SHOWN'}; ${step.detail}`);
  console.log(
    `  readers meanwhile: ${w.load.requests} requests, ${Math.round(w.load.rps)} req/s, p95 ${w.load.p95Ms.toFixed(1)} ms, ` +
      `${w.load.non2xx} not 2xx, ${w.load.errors} errors; "database is locked" in the server log: ${w.lockedErrors}`,
  );
}

function writesJson(w: EditorWrites) {
  return {
    steps: w.steps.map((s) => ({ name: s.name, seconds: Number(s.seconds.toFixed(2)), visible_at_once: s.visibleAtOnce, detail: s.detail })),
    readers: { requests: w.load.requests, rps: Math.round(w.load.rps), p95_ms: round1(w.load.p95Ms), non_2xx: w.load.non2xx, errors: w.load.errors },
    database_locked_errors: w.lockedErrors,
  };
}
