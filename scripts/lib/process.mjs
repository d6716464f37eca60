// Running commands for the start and test scripts. Plain Node, no dependencies: it must work before `npm install`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file lives in scripts/lib/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A step that failed in an expected way: its message is the one line the user sees. */
export class StepError extends Error {}

/** Prints one progress line. */
export function say(message) {
  process.stdout.write(`${message}\n`);
}

/** The path of a command installed in node_modules/.bin. */
export function bin(name) {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

/** Seconds since `startedAt` (a `performance.now()` value), for progress lines. */
export function secondsSince(startedAt) {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

const running = new Set();
let stopSignal;

function forward(signal) {
  stopSignal ??= signal;
  // With nothing left to wait for, stop now; otherwise let the children finish and report first.
  if (running.size === 0) process.exit(signal === 'SIGINT' ? 130 : 143);
  for (const child of running) child.kill(child.stopSignal ?? signal);
}
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
process.on('SIGHUP', () => forward('SIGTERM'));

// `npm start` runs this script under `sh -c`: when npm alone is sent SIGTERM, the shell dies and the signal
// never reaches us. Treat losing the parent that started us as being asked to stop, so no server is left behind.
const startedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== startedBy) forward('SIGTERM');
}, 1000).unref();

/** The signal (SIGINT or SIGTERM) this process was asked to stop with, if any. */
export function stoppedBy() {
  return stopSignal;
}

/**
 * Runs a command with the terminal's stdio and resolves with its exit code. SIGINT and SIGTERM sent to this
 * process are passed on to the child, so that stopping `npm start` stops the server too. `stopSignal` replaces
 * the signal passed on, for a child that cleans up on only one of them.
 */
export function run(command, args, { env = process.env, cwd = ROOT, stopSignal } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.stopSignal = stopSignal;
    running.add(child);
    child.on('error', (error) => {
      running.delete(child);
      reject(new StepError(`Could not run ${path.basename(command)}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 143));
    });
  });
}

/** Runs a command and throws a one-line StepError when it does not exit with 0. */
export async function runStep(what, command, args, options) {
  const code = await run(command, args, options);
  if (stopSignal) throw new StepError(`Stopped (${stopSignal}) while ${what}.`);
  if (code !== 0) throw new StepError(`Failed while ${what} (\`${[path.basename(command), ...args].join(' ')}\` exited with ${code}).`);
}

/** Runs `main`, turning a StepError into one line on stderr and exit code 1. */
export function main(body) {
  body().then(
    (code) => process.exit(code ?? 0),
    (error) => {
      if (error instanceof StepError) process.stderr.write(`\n✗ ${error.message}\n`);
      else process.stderr.write(`\n✗ Unexpected error: ${error?.stack ?? error}\n`);
      process.exit(stopSignal === 'SIGINT' ? 130 : 1);
    },
  );
}
