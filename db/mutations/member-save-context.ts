import type { MemberInput } from '@/lib/import/member-records';
import type { Db } from '../connection';
import type { ImportLookups } from './lookups';
import type { Actor } from './revisions';

export type MemberSaveOptions = { actor: Actor; importRunId?: number | null; lookups?: ImportLookups };

export type MemberSaveResult = {
  memberId: number;
  personId: number;
  status: 'new' | 'changed' | 'unchanged';
  /** Rows written: people, seats, memberships and posts added, updated or removed. */
  writes: number;
  /** Where the official record and an editor's (or the seed's) rows disagree; the editor's rows are kept. */
  conflicts: string[];
  /** What an editor may want to know: posts matched to the official record, seats created, rows seen in the records replaced. */
  notes: string[];
};

/** What saving one member's record works with, passed between its steps. */
export type SaveContext = {
  tx: Db;
  input: MemberInput;
  options: MemberSaveOptions;
  lookups: ImportLookups;
  personId: number;
  /** "member 3924 (Yasmin Qureshi)", to begin each conflict and note. */
  who: string;
  result: MemberSaveResult;
};

/** Now, or just after the previous timestamp: an editor's open form then sees that the row moved on. */
export function nextTimestamp(previous: string): string {
  const now = new Date().toISOString();
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}
