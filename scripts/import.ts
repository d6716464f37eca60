// Command-line importer. Usage:
//   npm run import -- divisions --file path/to/division.json [--file another.json] [--dry-run]
//   npm run import -- divisions --dir folder/ [--dry-run]
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { getConfig } from '@/lib/config';
import { ImportError } from '@/lib/import/errors';
import { importDivisionFiles, listJsonFiles } from '@/lib/import/run-division-files';
import { runScript } from './lib/run-script';

const USAGE = 'Usage: npm run import -- divisions (--file FILE.json ... | --dir FOLDER) [--dry-run]';

runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      file: { type: 'string', multiple: true },
      dir: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [what] = positionals;
  if (what !== 'divisions') throw new ImportError('command line', null, `unknown import "${what ?? ''}". ${USAGE}`);
  const files = [...(values.file ?? []), ...(values.dir ? listJsonFiles(values.dir) : [])];
  if (files.length === 0) throw new ImportError('command line', null, `no files given. ${USAGE}`);

  const { databasePath } = getConfig();
  const db = openDatabase(databasePath);
  try {
    migrateDatabase(db);
    const summary = importDivisionFiles(db, files, { dryRun: values['dry-run'] });
    for (const r of summary.results) {
      console.log(`Division ${r.officialId}: ${r.status} (${r.votes} votes)`);
      for (const w of r.warnings) console.log(`  note: ${w}`);
    }
    const c = summary.counts;
    console.log(
      `${values['dry-run'] ? 'Dry run, nothing written. ' : ''}${files.length} file(s): ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.failed} failed.`,
    );
  } finally {
    db.$client.close();
  }
});
