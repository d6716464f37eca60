// `npm run bench:data`: writes a deterministic, full-scale database for the performance benchmark, with
// the app's own schema and migrations: three Parliaments of 650 seats, about 1,400 people, 6,000 divisions
// with about 3.9 million votes, each party's whip, 2,000 posts, 40 topics and 5,000 stances. The same seed
// gives the same rows on every run.
//   npm run bench:data [-- --out var/bench.sqlite] [--force]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { ImportError } from '@/lib/import/errors';
import { writeDivisions } from './lib/bench-data/divisions';
import { writeEditorial } from './lib/bench-data/editorial';
import { makePeople, writePeople } from './lib/bench-data/people';
import { random } from './lib/bench-data/random';
import { runScript } from './lib/run-script';

const SEED = 20240530;
const DIVISIONS = 6000;
const POSTS = 2000;
const STANCES = 5000;
const TABLES = ['parties', 'constituencies', 'persons', 'memberships', 'divisions', 'votes', 'whips', 'posts', 'topics', 'topic_divisions', 'stances'];

runScript(() => {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'var/bench.sqlite' }, force: { type: 'boolean', default: false } } });
  const file = values.out;
  if (fs.existsSync(file) && !values.force) throw new ImportError(file, null, 'already exists: pass --force to replace it');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });

  const startedAt = performance.now();
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const sqlite = db.$client;
    sqlite.pragma('cache_size = -262144');
    const r = random(SEED);
    const people = makePeople(r);
    sqlite.transaction(() => writePeople(sqlite, people, { from: '2010-05-06', to: '2024-05-30' }))();
    const divisions = sqlite.transaction(() => writeDivisions(sqlite, r, people, DIVISIONS))();
    sqlite.transaction(() => writeEditorial(sqlite, r, people, divisions, POSTS, STANCES))();
    sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');

    const width = Math.max(...TABLES.map((t) => t.length));
    for (const table of TABLES) {
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      console.log(`${table.padEnd(width)}  ${n.toLocaleString('en-GB').padStart(10)}`);
    }
  } finally {
    db.$client.close();
  }
  const seconds = (performance.now() - startedAt) / 1000;
  const size = fs.statSync(file).size;
  console.log(`file:    ${file} (${(size / 1024 / 1024).toFixed(1)} MB)`);
  console.log(`seconds: ${seconds.toFixed(1)}`);
});
