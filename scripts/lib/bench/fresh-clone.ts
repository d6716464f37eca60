// "How long from `git clone` to the first page?": clones the repository's committed state into a temporary
// folder, runs `npm start` there as a newcomer would, and times each step until the home page answers.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FreshCloneResult = {
  commit: string;
  seconds: number;
  /** Seconds from the start at which `npm start` reported each step. */
  steps: { at: number; line: string }[];
};

const STEP_LINES = /^(Installing dependencies|Dependencies installed|Preparing the database|Building the site|Built|The build is up to date|Starting the server)/;

export async function timeFreshClone(root: string, port: number): Promise<FreshCloneResult> {
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`Port ${port} on 127.0.0.1 is already in use: the fresh clone's site needs it.`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-and-noes-clone-'));
  const startedAt = performance.now();
  const at = () => Number(((performance.now() - startedAt) / 1000).toFixed(1));
  try {
    const clone = spawnSync('git', ['clone', '--quiet', root, folder], { stdio: 'inherit' });
    if (clone.status !== 0) throw new Error('git clone failed');
    const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: folder, encoding: 'utf8' }).stdout.trim();
    const steps: FreshCloneResult['steps'] = [{ at: at(), line: 'Cloned' }];

    // The newcomer's environment: none of this run's settings for the benchmark's own server.
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
    for (const name of ['DATABASE_PATH', 'NEXT_DIST_DIR', 'SITE_URL', 'USER_PASSWORD', 'PAGE_CACHE_MB']) delete env[name];
    const child = spawn('npm', ['start'], { cwd: folder, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (STEP_LINES.test(line.trim())) steps.push({ at: at(), line: line.trim() });
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    const stopGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already stopped
      }
    };
    try {
      const deadline = Date.now() + 20 * 60_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`npm start stopped (exit code ${child.exitCode}):\n${output.slice(-2000)}`);
        try {
          const response = await fetch(`http://127.0.0.1:${port}/`);
          if (response.ok) {
            await response.text();
            const seconds = at();
            steps.push({ at: seconds, line: 'First page answered' });
            return { commit, seconds, steps };
          }
        } catch {
          // not up yet
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error('The fresh clone did not answer within 20 minutes');
    } finally {
      stopGroup();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
