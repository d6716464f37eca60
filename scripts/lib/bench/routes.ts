// The routes `npm run bench` measures, chosen from the benchmark's database, and how one is measured: its first
// (uncached) answer, its size as a browser receives it and uncompressed, its rate and latency at a fixed concurrency,
// and the server's CPU time per request.
import fs from 'node:fs';
import zlib from 'node:zlib';
import type Database from 'better-sqlite3';
import { BROWSER_HEADERS, runLoad, type LoadResult } from './load';

/** One route: a single address, or several that each connection requests in turn (a crawler's walk). */
export type Route = { route: string; path: string; paths?: string[] };

export type Chosen = {
  routes: Route[];
  division: { id: number; officialId: number };
  labour: { id: number; name: string };
  labourWhip: string | null;
};

/** How many different pages the crawl routes walk through: enough that no per-page memo is warm twice. */
const CRAWL_PAGES = 200;

/**
 * The routes measured: the latest division, the member with the most votes and one with about 60, the explorer,
 * a download, a search, the list of every MP (its first page), the API; and two crawls over many divisions and
 * members, which no memo of one page helps.
 */
export function chooseRoutes(db: Database.Database): Chosen {
  const division = db
    .prepare('SELECT id, official_id AS officialId FROM divisions WHERE official_id IS NOT NULL ORDER BY held_at DESC, id DESC LIMIT 1')
    .get() as { id: number; officialId: number };
  const counts = `SELECT p.parliament_id AS parliamentId, p.sort_name AS sortName, top.n
                    FROM (SELECT person_id, count(*) AS n FROM votes GROUP BY person_id) top JOIN persons p ON p.id = top.person_id
                   WHERE p.parliament_id IS NOT NULL`;
  const busiest = db.prepare(`${counts} ORDER BY top.n DESC LIMIT 1`).get() as { parliamentId: number; sortName: string; n: number };
  const sixty = db.prepare(`${counts} ORDER BY abs(top.n - 60), p.parliament_id LIMIT 1`).get() as { parliamentId: number; n: number };
  const labour = db.prepare("SELECT id, name FROM parties WHERE abbreviation = 'Lab'").get() as { id: number; name: string };
  const labourWhip = db.prepare('SELECT instruction FROM whips WHERE division_id = ? AND party_id = ?').get(division.id, labour.id) as
    | { instruction: string }
    | undefined;
  const crawlDivisions = db
    .prepare('SELECT official_id AS id FROM divisions WHERE official_id IS NOT NULL ORDER BY random() LIMIT ?')
    .all(CRAWL_PAGES) as { id: number }[];
  const crawlMembers = db.prepare(`SELECT parliament_id AS id FROM persons WHERE parliament_id IS NOT NULL ORDER BY random() LIMIT ?`).all(CRAWL_PAGES) as {
    id: number;
  }[];
  const surname = busiest.sortName.split(',')[0]!.trim();
  const routes: Route[] = [
    { route: 'ceiling', path: '/api/ping' },
    { route: 'home', path: '/' },
    { route: 'division', path: `/divisions/${division.officialId}` },
    { route: 'mp', path: `/mps/${busiest.parliamentId}` },
    { route: 'mp-60-votes', path: `/mps/${sixty.parliamentId}` },
    { route: 'rebels', path: '/rebels?party=Lab&vote=aye&role=backbench' },
    { route: 'divisions-list', path: '/divisions' },
    { route: 'division-csv', path: `/divisions/${division.officialId}/votes.csv` },
    { route: 'search', path: `/mps?q=${encodeURIComponent(surname)}` },
    { route: 'mps-list', path: '/mps' },
    { route: 'api', path: `/api/v1/divisions/${division.officialId}/votes` },
    { route: 'crawl-divisions', path: `/divisions/{${CRAWL_PAGES} ids}`, paths: crawlDivisions.map((d) => `/divisions/${d.id}`) },
    { route: 'crawl-mps', path: `/mps/{${CRAWL_PAGES} ids}`, paths: crawlMembers.map((m) => `/mps/${m.id}`) },
  ];
  return { routes, division, labour, labourWhip: labourWhip?.instruction ?? null };
}

export type RouteFigures = {
  load: LoadResult;
  /** The first request's time: the page made from the database with nothing kept. */
  firstMs: number;
  /** The answer uncompressed, and gzipped (level 6) as a browser without Brotli would get it. */
  htmlBytes: number;
  gzipBytes: number;
  /** The server processes' CPU time (user and system) over the load, per request. */
  cpuMsPerRequest: number | null;
};

/** The server's CPU time so far (user + system), in ms, from /proc; null where there is none. */
export function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The CPU time so far of every process in `pids`, or null when any cannot be read. */
function cpuMsOf(pids: readonly number[]): number | null {
  let sum = 0;
  for (const pid of pids) {
    const ms = cpuMs(pid);
    if (ms === null) return null;
    sum += ms;
  }
  return sum;
}

/**
 * Measures one route. With `prime`, a crawl's every page is asked for once first, so that a cache in front holds them
 * all (warm, through Varnish); without, the crawl is measured as a crawler meets it.
 */
export async function measureRoute(options: {
  baseUrl: string;
  pids: readonly number[];
  route: Route;
  connections: number;
  seconds: number;
  prime: boolean;
}): Promise<RouteFigures> {
  const { baseUrl, route } = options;
  const first = route.paths?.[0] ?? route.path;
  const startedAt = performance.now();
  const response = await fetch(`${baseUrl}${first}`, { headers: { ...BROWSER_HEADERS, 'accept-encoding': 'identity' } });
  const body = Buffer.from(await response.arrayBuffer());
  const firstMs = performance.now() - startedAt;
  if (!response.ok) throw new Error(`${first} answered ${response.status}`);
  if (options.prime) {
    for (const other of route.paths?.slice(1) ?? []) await (await fetch(`${baseUrl}${other}`, { headers: BROWSER_HEADERS })).arrayBuffer();
  }
  const cpuBefore = cpuMsOf(options.pids);
  const load = await runLoad({ baseUrl, paths: route.paths ?? [route.path], connections: options.connections, seconds: options.seconds });
  const cpuAfter = cpuMsOf(options.pids);
  return {
    load,
    firstMs,
    htmlBytes: body.length,
    gzipBytes: zlib.gzipSync(body).length,
    cpuMsPerRequest: cpuBefore === null || cpuAfter === null || load.requests === 0 ? null : (cpuAfter - cpuBefore) / load.requests,
  };
}
