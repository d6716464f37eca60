// Writes a consistent copy of the live database (DATABASE_PATH) to a file, safe while the site runs.
//   npm run db:backup -- backups/2025-01-31.sqlite [--force]
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase } from '@/db/backup';
import { getConfig } from '@/lib/config';
import { loadEnvFiles, runDbFileCommand } from './lib/db-file-command';

const USAGE = 'Usage: npm run db:backup -- <file> [--force]  (--force replaces an existing file)';

runDbFileCommand(async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new BackupError(USAGE);
  loadEnvFiles();
  const { databasePath } = getConfig();
  const result = await backupDatabase(databasePath, file, { force: values.force });
  console.log(`Backed up ${result.source} to ${result.destination} (${Math.ceil(result.bytes / 1024)} KB).`);
});
