import type { ImportCounts } from '@/db/schema/audit';
import { describeConflictCount } from './division-summary';

// The last lines the API importers print: what the run did, in the same words for divisions and members.

/**
 * "Dry run, nothing written. 480 divisions: 3 new, 1 changed, 476 unchanged, 0 skipped, 0 failed." For divisions,
 * `conflicts` counts the votes the records give otherwise than an editor corrected them (the editors' kept).
 */
export function describeApiCounts(what: 'division' | 'member', counts: ImportCounts, isDryRun = false, conflicts = 0): string {
  const total = counts.new + counts.changed + counts.unchanged + counts.skipped + counts.failed;
  return (
    `${isDryRun ? 'Dry run, nothing written. ' : ''}${total} ${what}${total === 1 ? '' : 's'}: ${counts.new} new, ${counts.changed} changed, ` +
    `${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed${describeConflictCount(conflicts)}.`
  );
}

/** "12 requests to commonsvotes-api.parliament.uk; 30 answers from the cache." */
export function describeRequests(host: string, requests: number, fromCache: number): string {
  const asked = `${requests} request${requests === 1 ? '' : 's'} to ${host}`;
  return fromCache > 0 ? `${asked}; ${fromCache} answer${fromCache === 1 ? '' : 's'} from the cache.` : `${asked}.`;
}

/** At most `limit` lines, then how many more there are. */
export function firstLines(lines: ReadonlyArray<string>, limit: number, more: string): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `… and ${lines.length - limit} more ${more}`];
}
