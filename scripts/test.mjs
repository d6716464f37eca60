// `npm test`: every check, in order, stopping at the first failure: types, lint, unit + integration, browser.
// `node scripts/test.mjs e2e` (or types, lint, unit) runs only the named checks, with what they need first.
// Plain Node with no dependencies, because on a fresh clone it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { StepError, bin, main, runStep, say, secondsSince } from './lib/process.mjs';
import { ensureBuild, ensureDependencies, loadTestSettings, prepareEnvironment } from './lib/prepare.mjs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

function chromiumWorks(file) {
  return spawnSync(file, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure the browser the end-to-end tests drive is there, installing Debian's Chromium when we may. */
async function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (fs.existsSync(chromium) && chromiumWorks(chromium)) return;
  const canInstall = chromium === DEFAULT_CHROMIUM && process.getuid?.() === 0 && hasCommand('apt-get');
  if (!canInstall) {
    throw new StepError(
      `Chromium was not found at ${chromium}: install it (on Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  say('Installing Chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runStep('updating the apt package lists', 'apt-get', ['update'], { env });
  await runStep('installing Chromium', 'apt-get', ['install', '-y', 'chromium'], { env });
  if (!chromiumWorks(chromium)) throw new StepError(`Chromium was installed but ${chromium} --version fails.`);
}

const CHECKS = [
  {
    name: 'types',
    label: 'types (tsc)',
    // next-env.d.ts and the route types are generated, not committed: make them as `next build` would.
    run: async () => {
      await runStep('generating Next.js types', bin('next'), ['typegen']);
      await runStep('checking types', bin('tsc'), ['--noEmit']);
    },
  },
  { name: 'lint', label: 'lint (eslint)', run: () => runStep('linting', bin('eslint'), ['.']) },
  { name: 'unit', label: 'unit, integration and security (vitest)', run: () => runStep('running the unit, integration and security tests', bin('vitest'), ['run']) },
  {
    name: 'e2e',
    label: 'browser (playwright)',
    run: async () => {
      await ensureChromium();
      await ensureBuild();
      // Playwright stops its web server on SIGINT only: on SIGTERM it dies and leaves the server running.
      await runStep('running the browser tests', bin('playwright'), ['test'], { stopSignal: 'SIGINT' });
    },
  },
];

main(async () => {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !CHECKS.some((check) => check.name === name));
  if (unknown.length > 0) throw new StepError(`Unknown check "${unknown[0]}": choose from ${CHECKS.map((c) => c.name).join(', ')}.`);
  const checks = requested.length === 0 ? CHECKS : CHECKS.filter((check) => requested.includes(check.name));

  const startedAt = performance.now();
  prepareEnvironment();
  loadTestSettings();
  await ensureDependencies();
  // Fail before the long steps rather than after them when the browser is missing.
  if (checks.some((check) => check.name === 'e2e')) await ensureChromium();

  const passed = [];
  for (const check of checks) {
    say(`\n▶ ${check.label}`);
    const checkStartedAt = performance.now();
    try {
      await check.run();
    } catch (error) {
      if (error instanceof StepError) {
        const done = passed.length > 0 ? ` (passed: ${passed.join(', ')})` : '';
        throw new StepError(`Tests FAILED at ${check.label}${done}. ${error.message}`);
      }
      throw error;
    }
    passed.push(`${check.label} ${secondsSince(checkStartedAt)}`);
  }
  say(`\n✓ All ${checks.length} checks passed in ${secondsSince(startedAt)}: ${passed.join(', ')}.`);
  return 0;
});
