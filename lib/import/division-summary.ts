import type { ImportCounts } from '@/db/schema/audit';

// What an import of division records did, in the words the command prints; the admin upload shows the
// same lines, so that an editor and the command line read the same thing.

type SavedDivision = { officialId: number; status: 'new' | 'changed' | 'unchanged'; votes: number; warnings: ReadonlyArray<string> };

/** "Division 1666: new (650 votes)". */
export function describeSavedDivision(result: SavedDivision): string {
  return `Division ${result.officialId}: ${result.status} (${result.votes} votes)`;
}

/** "note: NoCount: official count 293 but 294 names recorded in Noes", one a warning. */
export function describeWarnings(result: SavedDivision): string[] {
  return result.warnings.map((w) => `note: ${w}`);
}

/** "1 file(s): 1 new, 0 changed, 0 unchanged, 0 skipped, 0 failed." */
export function describeImportCounts(files: number, counts: ImportCounts, isDryRun = false): string {
  return (
    `${isDryRun ? 'Dry run, nothing written. ' : ''}${files} file(s): ${counts.new} new, ${counts.changed} changed, ` +
    `${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed.`
  );
}
