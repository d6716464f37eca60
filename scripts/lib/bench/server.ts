// The production server under test for `npm run bench`: started the way `npm start` starts it, on the
// benchmark's database, with its peak memory read from the kernel.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { serveArgs } from '../serve-command.mjs';

export type RunningServer = {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server printed, for the "database is locked" check. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts scripts/serve.mjs and resolves once it answers the liveness route. */
export async function startServer(options: { root: string; port: number; env: Record<string, string>; logFile: string }): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  // Another server on the port would answer in this one's place, and be measured instead.
  if (await answers(baseUrl)) throw new Error(`Port ${options.port} on 127.0.0.1 is already in use: stop that server or pass --port.`);
  const child = spawn(process.execPath, serveArgs(options.root, { ...process.env, ...options.env }), {
    cwd: options.root,
    env: { ...process.env, ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = fs.createWriteStream(options.logFile);
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
    log.end();
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting (exit code ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/ping`);
      if (response.ok) return { baseUrl, child, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The server did not answer within 60 s:\n${output}`);
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    await fetch(baseUrl, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** A process's peak resident memory so far (VmHWM), in bytes, or null where /proc is not available. */
export function peakMemoryBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
