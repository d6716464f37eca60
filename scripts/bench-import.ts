// `npm run bench:import`: how fast saved Commons Votes API records load. Generates realistic division
// files (500 divisions of 650 members by default) into a temporary folder, loads them into a fresh
// temporary database with the real importer (importDivisionFiles, as `npm run import -- divisions --dir`
// does) and prints vote rows per second. A benchmark, not a test: the target is 100,000 rows a second.
//   npm run bench:import [-- --divisions 500] [--runs 3] [--keep]
// CPU seconds are printed beside wall-clock seconds: on a busy machine the wall clock also counts the
// time other processes had the CPU.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { writeBenchDivisions } from './lib/bench-divisions';
import { runScript } from './lib/run-script';

const SOURCE = path.join(process.cwd(), 'data/commons-2023-11-15/commonsvotes-division-1666.json');
const TARGET_ROWS_PER_SECOND = 100_000;

const number = (n: number) => Math.round(n).toLocaleString('en-GB');

runScript(() => {
  const { values } = parseArgs({
    options: { divisions: { type: 'string', default: '500' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
  });
  const count = Number(values.divisions);
  const runs = Number(values.runs);
  if (!Number.isInteger(count) || count < 1) throw new Error('--divisions takes a whole number');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ayes-bench-'));
  try {
    const filesDir = path.join(dir, 'divisions');
    fs.mkdirSync(filesDir);
    const generatedAt = performance.now();
    const files = writeBenchDivisions(SOURCE, filesDir, count);
    console.log(`files:       ${files.length} (generated in ${((performance.now() - generatedAt) / 1000).toFixed(2)} s)`);

    const rates: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const file = path.join(dir, `bench-${run}.sqlite`);
      const db = openDatabase(file);
      try {
        migrateDatabase(db);
        const cpuBefore = process.cpuUsage();
        const startedAt = performance.now();
        const summary = importDivisionFiles(db, files);
        const seconds = (performance.now() - startedAt) / 1000;
        const cpu = process.cpuUsage(cpuBefore);
        const rows = summary.results.reduce((n, r) => n + r.votes, 0);
        const stored = db.$client.prepare('select count(*) as n from votes').get() as { n: number };
        if (stored.n !== rows) throw new Error(`expected ${rows} vote rows in the database, found ${stored.n}`);
        rates.push(rows / seconds);
        const label = runs > 1 ? `run ${run}: ` : '';
        console.log(`${label}rows:        ${number(rows)} votes`);
        console.log(`${label}seconds:     ${seconds.toFixed(3)} wall (read, parse, check and save); ${((cpu.user + cpu.system) / 1e6).toFixed(3)} CPU`);
        console.log(`${label}rows/second: ${number(rows / seconds)}`);
      } finally {
        db.$client.close();
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      }
    }
    const best = Math.max(...rates);
    console.log(`${runs > 1 ? `best of ${runs}` : 'result'}: ${number(best)} rows/second (target ${number(TARGET_ROWS_PER_SECOND)}: ${best >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'})`);
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
});
