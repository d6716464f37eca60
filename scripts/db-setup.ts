// Prepares the database at DATABASE_PATH: applies the committed migrations, then loads the seeded
// record if it is not loaded yet. Safe to run on every start: existing data is kept.
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { getConfig } from '@/lib/config';
import { runScript } from './lib/run-script';

runScript(() => {
  const { databasePath } = getConfig();
  const db = openDatabase(databasePath);
  try {
    migrateDatabase(db);
    const result = seedDatabase(db);
    if (result.status === 'already-seeded') {
      console.log(`Database ready at ${databasePath} (seed already loaded).`);
    } else {
      const parts = Object.entries(result.summary).map(([k, n]) => `${n} ${k}`);
      console.log(`Database ready at ${databasePath}. Seeded: ${parts.join(', ')}.`);
    }
  } finally {
    db.$client.close();
  }
});
