import path from 'node:path';
import { seedDatabase } from '@/db/seed';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { createTempDb, type TempDb } from './temp-db';

/**
 * A fresh, migrated and seeded database installed as the app's own (db/index.ts keeps it on globalThis),
 * so that queries and route handlers read it exactly as the server does.
 */
export function useSeededAppDb(): TempDb {
  const t = createTempDb();
  seedDatabase(t.db);
  (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;
  return t;
}

/**
 * The seeded database (division 1666) with the fixture divisions of three other Parliaments imported as official files
 * (tests/fixtures/parliaments: members who left, new boundaries, party switches, both lobbies), installed as the app's.
 */
export function useSeededAppDbWithParliaments(): TempDb {
  const t = useSeededAppDb();
  const files = [1586, 1720, 2105].map((id) => path.join(process.cwd(), 'tests/fixtures/parliaments', `division-${id}.json`));
  const { counts } = importDivisionFiles(t.db, files);
  if (counts.new !== 3 || counts.failed !== 0) throw new Error(`The fixture Parliaments did not import: ${JSON.stringify(counts)}`);
  return t;
}

export function releaseAppDb(t: TempDb): void {
  delete (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb;
  t.close();
}
