// Replaces the live database (DATABASE_PATH) with a backup, after checking the backup and keeping a copy of
// the current database beside it.
//   npm run db:restore -- backups/2025-01-31.sqlite
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from '@/db/backup';
import { getConfig } from '@/lib/config';
import { loadEnvFiles, runDbFileCommand } from './lib/db-file-command';

const USAGE = 'Usage: npm run db:restore -- <file>';

runDbFileCommand(async () => {
  const { positionals } = parseArgs({ options: {}, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new BackupError(USAGE);
  loadEnvFiles();
  const { databasePath } = getConfig();
  const result = await restoreDatabase(file, databasePath);
  console.log(
    result.safetyCopy
      ? `Saved the current database as ${result.safetyCopy}.`
      : `There was no database at ${databasePath} yet: nothing to keep.`,
  );
  console.log(`Restored ${result.file} into ${result.database} (${result.tables} tables, ${result.migrations.length} migrations applied).`);
  if (result.pendingMigrations.length > 0) {
    console.log(`The backup predates ${result.pendingMigrations.length} migration(s) of this code: run npm run db:migrate (npm start does it).`);
  }
});
