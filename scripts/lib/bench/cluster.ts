// The site behind Varnish for `npm run bench -- --behind varnish --instances N`: the same processes as
// `npm run serve:cluster` (scripts/lib/cluster.mjs), their output kept in a log, and their peak memory read from the
// kernel. The caller prepares the database and the build.
import fs from 'node:fs';
import { prefixLines, startCluster as startProcesses } from '../cluster.mjs';

export type RunningCluster = {
  baseUrl: string;
  /** The app processes' PIDs and varnishd's. */
  pids: number[];
  /** Everything the processes printed, each line named by its process ("[app 1] …", "[varnish] …"). */
  output: () => string;
  stop: () => Promise<void>;
  /**
   * The sum of each process's peak resident memory (VmHWM; Varnish's cache process included), or null without /proc.
   * An upper bound: pages two processes share (Varnish's log) count twice, and peaks need not coincide.
   */
  peakMemoryBytes: () => number | null;
};

/**
 * Starts `instances` app processes on the ports after `port` and Varnish on `port`, and resolves once Varnish and every
 * app process answer /api/ping. Throws, having stopped what it started, when varnishd is missing or a process fails.
 */
export async function startCluster(options: {
  root: string;
  port: number;
  instances: number;
  env: Record<string, string>;
  logFile: string;
  cacheMegabytes?: number;
}): Promise<RunningCluster> {
  let output = '';
  const log = fs.createWriteStream(options.logFile);
  const cluster = await startProcesses({
    root: options.root,
    port: options.port,
    instances: options.instances,
    env: options.env,
    cacheMegabytes: options.cacheMegabytes,
    output: (name, chunk) => {
      const lines = prefixLines(name, chunk);
      output += lines;
      log.write(lines);
    },
  }).catch((error: unknown) => {
    log.end();
    throw error;
  });

  // Peaks are read while the processes run and kept: after stop() the last ones read still count.
  const peaks = new Map<number, number>();
  const sample = () => {
    for (const pid of withDescendants(cluster.pids)) {
      const peak = peakOf(pid);
      if (peak !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peak));
    }
  };
  sample();
  const sampler = setInterval(sample, 1_000);
  sampler.unref();

  return {
    baseUrl: cluster.baseUrl,
    pids: cluster.pids,
    output: () => output,
    stop: async () => {
      sample();
      clearInterval(sampler);
      await cluster.stop();
      log.end();
    },
    peakMemoryBytes: () => {
      sample();
      return peaks.size === 0 ? null : [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0);
    },
  };
}

/** `pids` and every process they started (varnishd's cache process is its child), from /proc. */
function withDescendants(pids: readonly number[]): number[] {
  const all: number[] = [];
  const queue = [...pids];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    all.push(pid);
    try {
      for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
        const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone, or no /proc
    }
  }
  return all;
}

/** A process's peak resident memory so far (VmHWM), in bytes, or null. */
function peakOf(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
