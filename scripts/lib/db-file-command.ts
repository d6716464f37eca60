import { createRequire } from 'node:module';
import path from 'node:path';
import { BackupError } from '@/db/backup';

/**
 * Loads .env, .env.production and .env.local the way `next start` does, so that a backup or a restore acts
 * on the database the site uses (the environment wins, as in Next.js).
 */
export function loadEnvFiles(): void {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const { loadEnvConfig } = require('@next/env') as { loadEnvConfig: (dir: string, dev: boolean, log: object) => unknown };
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
}

/**
 * Runs a backup or restore command: expected problems (a bad file, a bad argument) print one line and exit
 * 1; anything else prints its stack and exits 1 too.
 */
export function runDbFileCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const isArgumentError = error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof BackupError || isArgumentError) console.error(`Error: ${(error as Error).message}`);
    else console.error(error);
    process.exitCode = 1;
  });
}
