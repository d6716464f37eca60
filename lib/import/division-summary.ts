import type { ImportCounts } from '@/db/schema/audit';

// What an import of division records did, in the words the command prints; the admin upload shows the
// same lines, so that an editor and the command line read the same thing.

type VoteConflict = { memberId: number | null; name: string; recordVote: string; editorVote: string; correctedBy: string; correctedAt: string };
type SavedDivision = {
  officialId: number;
  status: 'new' | 'changed' | 'unchanged';
  votes: number;
  warnings: ReadonlyArray<string>;
  /** Votes the record gives otherwise than an editor corrected them (the editors' votes were kept). */
  conflicts?: ReadonlyArray<VoteConflict>;
};

/** "Division 1666: new (650 votes)"; "Division 1666: unchanged (650 votes, 1 conflict with an editor’s correction)". */
export function describeSavedDivision(result: SavedDivision): string {
  const conflicts = result.conflicts?.length ?? 0;
  const kept = conflicts === 0 ? '' : `, ${conflicts} conflict${conflicts === 1 ? '' : 's'} with ${conflicts === 1 ? 'an editor’s correction' : 'editors’ corrections'}`;
  return `Division ${result.officialId}: ${result.status} (${result.votes} votes${kept})`;
}

/** "note: NoCount: official count 293 but 294 names recorded in Noes", one a warning. */
export function describeWarnings(result: SavedDivision): string[] {
  return result.warnings.map((w) => `note: ${w}`);
}

/**
 * "conflict: member 3924 (Yasmin Qureshi): the record says aye, but editor@example.org corrected it to no on
 * 2025-01-31 14:02: the editor’s vote stands", one a vote an editor corrected that the record gives otherwise.
 */
export function describeConflicts(result: SavedDivision): string[] {
  return (result.conflicts ?? []).map(
    (c) =>
      `conflict: ${c.memberId === null ? c.name : `member ${c.memberId} (${c.name})`}: the record says ${c.recordVote}, ` +
      `but ${c.correctedBy} corrected it to ${c.editorVote} on ${c.correctedAt.slice(0, 16).replace('T', ' ')}: the editor’s vote stands`,
  );
}

/** How many votes, across these results, the record gives otherwise than an editor corrected them. */
export function countConflicts(results: ReadonlyArray<SavedDivision>): number {
  return results.reduce((sum, r) => sum + (r.conflicts?.length ?? 0), 0);
}

/** "; 1 vote conflicts with an editor’s correction (the editor’s vote kept)", or nothing when there are none. */
export function describeConflictCount(conflicts: number): string {
  if (conflicts === 0) return '';
  return conflicts === 1
    ? '; 1 vote conflicts with an editor’s correction (the editor’s vote kept)'
    : `; ${conflicts} votes conflict with editors’ corrections (the editors’ votes kept)`;
}

/** "1 file(s): 1 new, 0 changed, 0 unchanged, 0 skipped, 0 failed." */
export function describeImportCounts(files: number, counts: ImportCounts, isDryRun = false, conflicts = 0): string {
  return (
    `${isDryRun ? 'Dry run, nothing written. ' : ''}${files} file(s): ${counts.new} new, ${counts.changed} changed, ` +
    `${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed${describeConflictCount(conflicts)}.`
  );
}
