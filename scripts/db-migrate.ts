// Applies the committed migrations in drizzle/ to the database at DATABASE_PATH.
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { getConfig } from '@/lib/config';
import { runScript } from './lib/run-script';

runScript(() => {
  const { databasePath } = getConfig();
  const db = openDatabase(databasePath);
  try {
    migrateDatabase(db);
    console.log(`Migrations applied to ${databasePath}.`);
  } finally {
    db.$client.close();
  }
});
