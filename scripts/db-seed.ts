// Loads the seeded record (data/editorial/*.json and the record it names) into DATABASE_PATH.
import { openDatabase } from '@/db/connection';
import { seedDatabase, DEFAULT_EDITORIAL_FILE } from '@/db/seed';
import { getConfig } from '@/lib/config';
import { runScript } from './lib/run-script';

runScript(() => {
  const { databasePath } = getConfig();
  const db = openDatabase(databasePath);
  try {
    const result = seedDatabase(db, process.argv[2] ?? DEFAULT_EDITORIAL_FILE);
    console.log(result.status === 'already-seeded' ? 'Already seeded; nothing changed.' : `Seeded: ${JSON.stringify(result.summary)}`);
  } finally {
    db.$client.close();
  }
});
