// `npm run serve:cluster`: prepares the database and the build as `npm start` does, then serves the site from
// INSTANCES app processes (default 2) behind Varnish on PORT (scripts/lib/cluster.mjs, docs/deploying.md). The app
// processes listen on the ports after PORT; Ctrl+C or SIGTERM stops every one of them, and Varnish.
// Plain Node, no dependencies beyond the project's: it runs the same preparation as scripts/start.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { isListening } from './lib/ports.mjs';
import { ROOT, StepError, bin, main, runStep, say } from './lib/process.mjs';
import { ensureBuild, ensureDependencies, loadEnvFiles, prepareEnvironment } from './lib/prepare.mjs';
import { findVarnishd, startCluster, VARNISH_MISSING } from './lib/cluster.mjs';

/** @param {string} name @param {string} value @param {number} min @param {number} max */
function wholeNumber(name, value, min, max) {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new StepError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  return number;
}

main(async () => {
  // Before the slow steps: without Varnish there is nothing to start.
  if (!findVarnishd()) throw new StepError(VARNISH_MISSING);
  prepareEnvironment();
  await ensureDependencies();
  loadEnvFiles();
  const port = wholeNumber('PORT', process.env.PORT ?? '3000', 1, 65535);
  const instances = wholeNumber('INSTANCES', process.env.INSTANCES ?? '2', 1, 64);
  const cacheMegabytes = wholeNumber('VARNISH_CACHE_MB', process.env.VARNISH_CACHE_MB ?? '256', 16, 1 << 20);
  if (port + instances > 65535) throw new StepError(`PORT ${port} leaves no room for ${instances} app processes after it.`);
  for (const p of [port, ...Array.from({ length: instances }, (_, i) => port + 1 + i)]) {
    if (await isListening(p)) throw new StepError(`Port ${p} on 127.0.0.1 is already in use: stop that server or choose another PORT.`);
  }

  const setupScript = path.join(ROOT, 'scripts', 'db-setup.ts');
  if (!fs.existsSync(setupScript)) throw new StepError('scripts/db-setup.ts is missing, so the database cannot be prepared.');
  say(`Preparing the database… (${process.env.DATABASE_PATH ?? 'var/ayes-and-noes.sqlite'})`);
  await runStep('preparing the database', bin('tsx'), [setupScript]);
  await ensureBuild();

  // From here the processes are this script's own (scripts/lib/process.mjs knows only those it runs itself, and would
  // exit at the first signal without stopping them): it takes the signals over, and stops each by its PID.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(signal);
  /** @type {() => void} */
  let onSignal = () => {};
  const signalled = new Promise((resolve) => (onSignal = () => resolve(null)));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal());

  say(`Starting ${instances} app ${instances === 1 ? 'process' : 'processes'} on ports ${port + 1}–${port + instances} and Varnish on ${port}…`);
  let cluster;
  try {
    cluster = await startCluster({ root: ROOT, port, instances, cacheMegabytes });
  } catch (error) {
    throw new StepError(error instanceof Error ? error.message : String(error));
  }
  // Should this process end any other way, its children are told to stop too.
  process.on('exit', () => {
    for (const pid of cluster.pids) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });
  say(`\nAyes & Noes is running at ${cluster.baseUrl} (Varnish in front of ${instances} app processes; Ctrl+C stops them all)\n`);

  const ended = await Promise.race([signalled, cluster.exited]);
  say(ended ? `${ended} Stopping the others…` : 'Stopping…');
  await cluster.stop();
  if (ended) throw new StepError(ended);
  say('Ayes & Noes has stopped.');
  return 0;
});
