import { defineConfig } from '@playwright/test';
import { E2E_ACCOUNTS, E2E_PASSWORD } from './tests/e2e/support/accounts';

// Browser tests run against the production build (`npm test` builds it first) on fresh databases: the site as
// seeded (the real record of 15 Nov 2023), and beside it one that also holds divisions of other Parliaments
// (tests/fixtures/parliaments), for the tests of the whole record over time (tests/e2e/whole-record.spec.ts).
const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
const databasePath = process.env.E2E_DATABASE_PATH ?? 'var/e2e.sqlite';
const wholeRecordPort = port + 1;
const wholeRecordURL = `http://127.0.0.1:${wholeRecordPort}`;
const wholeRecordDatabasePath = databasePath.replace(/\.sqlite$/, '') + '-whole-record.sqlite';
// Files that change for a while what the others read (Labour's whip on 1666, a copy of 1666 whose votes give every
// member a second one, a post left over 1666): they run one at a time, once the others are done, each putting the
// record back as it was.
const CHANGES_THE_RECORD = /\/(admin-changes|admin-divisions|admin-forms|bulk-whips|suggestions)\.spec\.ts$/;
const FIXTURE_DIVISIONS = [1586, 1720, 2105].map((id) => `--file tests/fixtures/parliaments/division-${id}.json`).join(' ');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  // Files run in parallel on the one shared database; tests within a file run in order.
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  projects: [
    { name: 'site', testIgnore: [/whole-record\.spec\.ts$/, CHANGES_THE_RECORD], use: { baseURL } },
    { name: 'site-alone', testMatch: CHANGES_THE_RECORD, dependencies: ['site'], workers: 1, use: { baseURL } },
    { name: 'whole-record', testMatch: /whole-record\.spec\.ts$/, use: { baseURL: wholeRecordURL } },
  ],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      // Browsers cannot be downloaded here: use the system Chromium (Debian's package by default).
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        // Chromium refuses to run as root with its sandbox on (CI runs as root).
        '--no-sandbox',
        '--disable-gpu',
        // On a closed network these background services only make refused connections.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // A fresh database every run, then the production server on it. Playwright starts the command in its own
      // process group and stops the whole group when the run ends (SIGTERM here, then SIGKILL after the timeout).
      command: [
        `rm -f ${databasePath} ${databasePath}-wal ${databasePath}-shm`,
        'node_modules/.bin/tsx scripts/db-setup.ts',
        // The accounts the browser tests sign in with (tests/e2e/support/accounts.ts).
        ...E2E_ACCOUNTS.map((a) => `node_modules/.bin/tsx scripts/user-create.ts --email ${a.email} --role ${a.role}`),
        // The production server as `npm start` runs it: Next.js behind the public pages' cache.
        `exec node scripts/serve.mjs`,
      ].join(' && '),
      env: {
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_PATH: databasePath,
        SITE_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: '1',
        USER_PASSWORD: E2E_PASSWORD,
        // Postcode look-ups go to a fake service that tests/e2e/postcode-lookup.spec.ts runs on this port
        // (E2E_PORT + 1000), never to the real network; a short timeout keeps the "service down" test quick.
        POSTCODE_SERVICE: 'members-api',
        POSTCODE_SERVICE_URL: `http://127.0.0.1:${port + 1000}`,
        POSTCODE_TIMEOUT_MS: '1500',
        // Every test browser comes from this one address: no per-client limit on renders (README: Security).
        RENDER_RATE: '0',
      },
      // Ready when the port accepts connections; the tests themselves check what the pages answer.
      port,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The seeded record and three divisions of other Parliaments, loaded by the importer as a user would.
      command: [
        `rm -f ${wholeRecordDatabasePath} ${wholeRecordDatabasePath}-wal ${wholeRecordDatabasePath}-shm`,
        'node_modules/.bin/tsx scripts/db-setup.ts',
        `node_modules/.bin/tsx scripts/import.ts divisions ${FIXTURE_DIVISIONS}`,
        `exec node scripts/serve.mjs`,
      ].join(' && '),
      env: {
        HOST: '127.0.0.1',
        PORT: String(wholeRecordPort),
        DATABASE_PATH: wholeRecordDatabasePath,
        SITE_URL: wholeRecordURL,
        NEXT_TELEMETRY_DISABLED: '1',
        IMPORT_CACHE_DIR: 'var/e2e-cache',
        RENDER_RATE: '0',
      },
      port: wholeRecordPort,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
