// `npm start`: install, prepare the database, build if the sources changed, and serve the site on 127.0.0.1.
// Plain Node with no dependencies, because on a fresh clone it runs before anything is installed.
import fs from 'node:fs';
import path from 'node:path';
import { isListening } from './lib/ports.mjs';
import { ROOT, StepError, bin, main, run, runStep, say, stoppedBy } from './lib/process.mjs';
import { ensureBuild, ensureDependencies, loadEnvFiles, prepareEnvironment } from './lib/prepare.mjs';
import { serveArgs } from './lib/serve-command.mjs';

const HOST = '127.0.0.1';

function parsePort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StepError(`PORT must be a number from 1 to 65535, not "${value}".`);
  return port;
}


async function refuseBusyPort(port) {
  if (await isListening(port)) throw new StepError(`Port ${port} on ${HOST} is already in use: stop that server or choose another with PORT=….`);
}

async function announceWhenListening(port, server) {
  while (!server.exited) {
    if (await isListening(port)) {
      say(`\nAyes & Noes is running at http://${HOST}:${port} (Ctrl+C stops it)\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

main(async () => {
  prepareEnvironment();
  await ensureDependencies();
  loadEnvFiles();
  const port = parsePort(process.env.PORT ?? '3000');
  await refuseBusyPort(port); // before the slow steps, and again just before starting

  const setupScript = path.join(ROOT, 'scripts', 'db-setup.ts');
  if (!fs.existsSync(setupScript)) throw new StepError('scripts/db-setup.ts is missing, so the database cannot be prepared.');
  say(`Preparing the database… (${process.env.DATABASE_PATH ?? 'var/ayes-and-noes.sqlite'})`);
  await runStep('preparing the database', bin('tsx'), [setupScript]);

  await ensureBuild();

  await refuseBusyPort(port);
  say('Starting the server…');
  const server = { exited: false };
  // scripts/serve.mjs: Next.js behind the public pages' cache, which an edit empties at once.
  const serving = run(process.execPath, serveArgs(ROOT), { env: { ...process.env, HOST, PORT: String(port) } }).finally(() => {
    server.exited = true;
  });
  void announceWhenListening(port, server);
  const code = await serving;
  if (stoppedBy()) {
    say('Ayes & Noes has stopped.');
    return 0;
  }
  throw new StepError(`The server stopped unexpectedly (exit code ${code}).`);
});
