// What `npm start` and `npm test` both need: dependencies installed for this lockfile, and a production build
// of the current sources. Plain Node, no dependencies: it runs before `npm install`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ROOT, StepError, bin, runStep, say, secondsSince } from './process.mjs';

const NODE_MODULES = path.join(ROOT, 'node_modules');
const INSTALL_STAMP = path.join(NODE_MODULES, '.ayes-install-stamp');
// NEXT_DIST_DIR builds into another folder (see next.config.js), so that a test build can run beside a site.
const BUILD_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || '.next');
const BUILD_STAMP = path.join(BUILD_DIR, 'ayes-build-stamp');
// The environment as the shell gave it, before .env files are loaded (their contents are hashed as files).
const SHELL_ENV = { ...process.env };

/**
 * The environment every child process gets. Compiling better-sqlite3 needs Node's headers: point node-gyp at
 * the ones installed with Node instead of downloading them (there may be no network). Telemetry is off
 * because it only makes failing network calls on a closed network.
 */
export function prepareEnvironment() {
  if (!process.env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) process.env.npm_config_nodedir = '/usr';
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
}

/**
 * Loads .env, .env.production, .env.local... the way `next start` does, so that the database script and the
 * server agree on DATABASE_PATH. Variables already set in the environment win, as they do in Next.js.
 */
export function loadEnvFiles() {
  const { loadEnvConfig } = createRequire(path.join(ROOT, 'package.json'))('@next/env');
  loadEnvConfig(ROOT, false, { info: () => {}, error: console.error });
}

/**
 * The test runner reads only its own settings from .env.local and .env (the environment wins), so that a
 * DATABASE_PATH meant for the site never leaks into the tests.
 */
export function loadTestSettings(names = ['CHROMIUM_PATH', 'E2E_PORT']) {
  for (const file of ['.env.local', '.env']) {
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full)) continue;
    const values = parseEnv(fs.readFileSync(full, 'utf8'));
    for (const name of names) if (process.env[name] === undefined && values[name] !== undefined) process.env[name] = values[name];
  }
}

function sha256(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function readOrEmpty(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

/** The lockfile plus the Node ABI: a new Node version needs the native addon rebuilt. */
function installFingerprint() {
  const lock = fs.readFileSync(path.join(ROOT, 'package-lock.json'));
  return sha256(lock, process.versions.modules, process.platform, process.arch);
}

/** Every locked package npm must install is installed at the locked version (npm's own record of node_modules). */
function installedTreeMatchesLock() {
  try {
    const locked = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')).packages;
    const installed = JSON.parse(fs.readFileSync(path.join(NODE_MODULES, '.package-lock.json'), 'utf8')).packages;
    return Object.entries(locked).every(
      ([key, entry]) => key === '' || (installed[key] ? installed[key].version === entry.version : entry.optional === true),
    );
  } catch {
    return false;
  }
}

/** The native SQLite addon loads in this Node (it is the part of an install most likely to be broken). */
function nativeAddonLoads() {
  const check = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ['-e', check], { cwd: ROOT, stdio: 'ignore' }).status === 0;
}

/**
 * Runs `npm ci` when node_modules is missing or was installed from another package-lock.json. A tree installed
 * before the stamp existed is accepted when npm's record of it matches the lockfile and the addon loads.
 */
export async function ensureDependencies() {
  const fingerprint = installFingerprint();
  if (fs.existsSync(NODE_MODULES)) {
    if (readOrEmpty(INSTALL_STAMP) === fingerprint) return;
    if (!fs.existsSync(INSTALL_STAMP) && installedTreeMatchesLock() && nativeAddonLoads()) {
      fs.writeFileSync(INSTALL_STAMP, `${fingerprint}\n`);
      return;
    }
  }
  say('Installing dependencies… (the first time, compiling the SQLite driver takes a few minutes)');
  const startedAt = performance.now();
  await runStep('installing dependencies', 'npm', ['ci', '--no-audit', '--no-fund']);
  if (!nativeAddonLoads()) {
    throw new StepError(
      'Dependencies installed, but better-sqlite3 does not load: it needs python3, make and a C++ compiler to build (and npm_config_nodedir=/usr offline).',
    );
  }
  fs.writeFileSync(INSTALL_STAMP, `${fingerprint}\n`);
  say(`Dependencies installed (${secondsSince(startedAt)}).`);
}

// What goes into the production build. Tests, scripts, data and the database never do.
const BUILD_INPUT_DIRS = ['app', 'components', 'db', 'lib', 'public', 'styles', 'src'];
const BUILD_INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
  'postcss.config.js',
  'tailwind.config.ts',
  'next.config.js',
  'next.config.mjs',
  'next.config.ts',
  'proxy.ts',
  'middleware.ts',
  'instrumentation.ts',
  'instrumentation-client.ts',
  'mdx-components.tsx',
  '.env',
  '.env.production',
  '.env.local',
  '.env.production.local',
];

function listFiles(dir) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full);
    return entry.isFile() ? [full] : [];
  });
}

/** A hash of everything `next build` reads: sources, configs, the lockfile and the variables baked into pages. */
export function buildFingerprint() {
  const hash = createHash('sha256');
  const files = [
    ...BUILD_INPUT_DIRS.map((dir) => path.join(ROOT, dir)).filter((dir) => fs.existsSync(dir)).flatMap(listFiles),
    ...BUILD_INPUT_FILES.map((file) => path.join(ROOT, file)).filter((file) => fs.existsSync(file)),
  ];
  for (const file of files) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  const bakedIn = Object.keys(SHELL_ENV)
    .filter((name) => name.startsWith('NEXT_PUBLIC_') || name === 'SITE_URL')
    .sort()
    .map((name) => `${name}=${SHELL_ENV[name]}`);
  hash.update(bakedIn.join('\n')).update(process.version);
  return hash.digest('hex');
}

/** Runs `next build` unless .next holds a complete build of exactly these sources. */
export async function ensureBuild() {
  const fingerprint = buildFingerprint();
  if (fs.existsSync(path.join(BUILD_DIR, 'BUILD_ID')) && readOrEmpty(BUILD_STAMP) === fingerprint) {
    say('The build is up to date.');
    return;
  }
  say('Building the site…');
  const startedAt = performance.now();
  await runStep('building the site', bin('next'), ['build']);
  // The fingerprint is from before the build: a file edited during the build makes the next run build again.
  fs.writeFileSync(BUILD_STAMP, `${fingerprint}\n`);
  say(`Built (${secondsSince(startedAt)}).`);
}
