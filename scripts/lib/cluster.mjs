// @ts-check
// Several app processes behind Varnish on one machine: what `npm run serve:cluster` (scripts/serve-cluster.mjs) and
// the benchmark (scripts/lib/bench/cluster.ts) start. Each process is scripts/serve.mjs on a port of its own, trusting
// Varnish's X-Forwarded-For; Varnish (deploy/varnish/default.vcl) spreads requests over them round-robin on the public
// port and keeps public answers; one watcher here bans Varnish whenever the data version moves, and each process bans
// it before answering an editor's save (scripts/lib/purge.mjs). Every process is stopped by its PID.
//
// Plain Node: better-sqlite3 is loaded from the project's node_modules. This module sets no signal handlers: its caller
// decides when to stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isListening } from './ports.mjs';
import { createBanner, dataVersionReader, watchDataVersion } from './purge.mjs';
import { serveArgs } from './serve-command.mjs';

const HOST = '127.0.0.1';

export const VARNISH_MISSING =
  'Several app processes are served behind Varnish, and varnishd is not installed. Install it (Debian or Ubuntu: ' +
  '`apt-get install varnish`), or serve one process with `npm start`.';

/** The varnishd program, or null when it is not installed (it lives in sbin, which a user's PATH may lack). */
export function findVarnishd() {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'varnishd');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * The VCL naming the app processes, included by deploy/varnish/default.vcl: one backend a port, each checked at
 * /api/ping every second (a process that stops answering is skipped until it answers again), in a round-robin
 * director named `apps`.
 * @param {readonly number[]} ports
 */
export function backendsVcl(ports) {
  const backends = ports.map(
    (port, i) =>
      `backend app_${i + 1} {\n    .host = "${HOST}";\n    .port = "${port}";\n    .probe = ping;\n` +
      `    .connect_timeout = 1s;\n    .first_byte_timeout = 60s;\n    .between_bytes_timeout = 30s;\n}\n`,
  );
  return [
    'vcl 4.1;',
    '# Written by scripts/lib/cluster.mjs when the cluster starts: the app processes Varnish spreads requests over.',
    'probe ping {\n    .url = "/api/ping";\n    .interval = 1s;\n    .timeout = 2s;\n    .window = 3;\n    .threshold = 2;\n    .initial = 2;\n}',
    ...backends,
    'sub vcl_init {\n    new apps = directors.round_robin();',
    ...ports.map((_, i) => `    apps.add_backend(app_${i + 1});`),
    '}',
    '',
  ].join('\n');
}

/**
 * Starts varnishd in the foreground on `port`, in front of `backendPorts`, with `workDir` as its private working
 * folder (its shared memory log and the generated backends.vcl). `-j none`: no separate user for the compiler and
 * the cache process, which lets it run as whoever starts it, root included.
 * @param {{ varnishd: string; vclFile: string; workDir: string; port: number; backendPorts: readonly number[]; cacheMegabytes?: number }} options
 */
export function startVarnish(options) {
  fs.mkdirSync(options.workDir, { recursive: true });
  fs.writeFileSync(path.join(options.workDir, 'backends.vcl'), backendsVcl(options.backendPorts));
  const args = [
    '-F',
    '-j', 'none',
    '-n', options.workDir,
    '-a', `${HOST}:${options.port}`,
    '-T', 'none',
    '-f', path.resolve(options.vclFile),
    '-p', `vcl_path=${options.workDir}:${path.dirname(path.resolve(options.vclFile))}`,
    // The app compresses in Brotli or gzip: Varnish must neither rewrite Accept-Encoding nor recompress.
    '-p', 'http_gzip_support=off',
    '-s', `malloc,${options.cacheMegabytes ?? 256}m`,
    // The shared memory log (varnishlog's history) in 16 MB rather than 80.
    '-l', '16m',
  ];
  return spawn(options.varnishd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}


/**
 * Waits until `url` answers 200, or throws when `child` exits or `timeoutMs` passes.
 * @param {string} url @param {import('node:child_process').ChildProcess} child @param {string} name @param {number} timeoutMs
 */
async function waitForAnswer(url, child, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} stopped while starting (exit code ${child.exitCode ?? child.signalCode}).`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Stops a child by its PID: SIGTERM, then SIGKILL after `graceMs`.
 * @param {import('node:child_process').ChildProcess} child @param {number} [graceMs]
 */
export async function stopChild(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const pid = child.pid;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (/** @type {NodeJS.Signals} */ name) => {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * @typedef {{
 *   root: string;
 *   port: number;
 *   instances: number;
 *   firstBackendPort?: number;
 *   env?: Record<string, string>;
 *   cacheMegabytes?: number;
 *   output?: (name: string, chunk: Buffer) => void;
 * }} ClusterOptions
 *   root: the project folder (its build and node_modules are used). port: Varnish's, the public one.
 *   firstBackendPort: the first app process's port (default port + 1; the others follow).
 *   env: added to this process's environment for the app processes (DATABASE_PATH, PAGE_CACHE_MB, ...).
 *   output: receives everything each process prints, by name ("app 1", "varnish"); by default it goes to stdout.
 *
 * @typedef {{
 *   baseUrl: string;
 *   pids: number[];
 *   backendPorts: number[];
 *   exited: Promise<string>;
 *   stop: () => Promise<void>;
 * }} RunningCluster
 *   pids: the app processes' and varnishd's (whose cache process is its child).
 *   exited: resolves with a line naming the process, if one stops before stop() is called.
 */

/**
 * Starts the app processes, then Varnish in front of them, then the watcher; resolves once Varnish and every app
 * process answer /api/ping. On failure everything started is stopped before the error is thrown.
 * @param {ClusterOptions} options
 * @returns {Promise<RunningCluster>}
 */
export async function startCluster(options) {
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error(VARNISH_MISSING);
  const firstBackendPort = options.firstBackendPort ?? options.port + 1;
  const backendPorts = Array.from({ length: options.instances }, (_, i) => firstBackendPort + i);
  for (const port of [options.port, ...backendPorts]) {
    if (await isListening(port)) throw new Error(`Port ${port} on ${HOST} is already in use: stop that server or choose another PORT.`);
  }
  const env = { ...process.env, ...options.env };
  const purgeUrl = `http://${HOST}:${options.port}/`;
  const output = options.output ?? ((name, chunk) => process.stdout.write(prefixLines(name, chunk)));

  /** @type {{ name: string; child: import('node:child_process').ChildProcess }[]} */
  const started = [];
  let stopping = false;
  /** @type {(line: string) => void} */
  let reportExit = () => {};
  const exited = new Promise((resolve) => (reportExit = resolve));
  /** @param {string} name @param {import('node:child_process').ChildProcess} child */
  const watch = (name, child) => {
    started.push({ name, child });
    child.stdout?.on('data', (chunk) => output(name, chunk));
    child.stderr?.on('data', (chunk) => output(name, chunk));
    child.once('exit', (code, signal) => {
      if (!stopping) reportExit(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    });
  };

  /** @type {(() => void) | null} */
  let stopWatching = null;
  /** @type {ReturnType<typeof dataVersionReader> | null} */
  let reader = null;
  const stop = async () => {
    stopping = true;
    stopWatching?.();
    reader?.close();
    await Promise.all(started.map(({ child }) => stopChild(child)));
  };

  try {
    backendPorts.forEach((port, i) => {
      const child = spawn(process.execPath, serveArgs(options.root, env), {
        cwd: options.root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...env,
          HOST,
          PORT: String(port),
          // Every request comes through Varnish, which names the client in X-Forwarded-For.
          TRUSTED_PROXIES: [HOST, ...(env.TRUSTED_PROXIES ?? '').split(',')].map((a) => a.trim()).filter(Boolean).join(','),
          PURGE_URL: purgeUrl,
          PURGE_WATCH: '0',
        },
      });
      watch(`app ${i + 1}`, child);
    });
    await Promise.all(started.map(({ name, child }, i) => waitForAnswer(`http://${HOST}:${backendPorts[i]}/api/ping`, child, name, 90_000)));

    const varnish = startVarnish({
      varnishd,
      vclFile: path.join(options.root, 'deploy', 'varnish', 'default.vcl'),
      workDir: path.join(options.root, 'var', 'varnish', String(options.port)),
      port: options.port,
      backendPorts,
      cacheMegabytes: options.cacheMegabytes,
    });
    watch('varnish', varnish);
    await waitForAnswer(`http://${HOST}:${options.port}/api/ping`, varnish, 'varnish', 30_000);

    // One watcher for every process: commits made outside a form (the importer, a restore) ban Varnish too.
    const databasePath = path.resolve(options.root, env.DATABASE_PATH || 'var/ayes-and-noes.sqlite');
    const Database = createRequire(path.join(options.root, 'package.json'))('better-sqlite3');
    reader = dataVersionReader({ open: () => new Database(databasePath, { fileMustExist: true }) });
    const banner = createBanner({ url: purgeUrl });
    stopWatching = watchDataVersion({ readVersion: reader.read, onChange: banner.ban });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    baseUrl: `http://${HOST}:${options.port}`,
    pids: started.map(({ child }) => /** @type {number} */ (child.pid)),
    backendPorts,
    exited,
    stop,
  };
}

/** Each line of `chunk` with "[name] " in front. @param {string} name @param {Buffer} chunk */
export function prefixLines(name, chunk) {
  return chunk
    .toString()
    .split(/(?<=\n)/)
    .map((line) => `[${name}] ${line}`)
    .join('');
}

