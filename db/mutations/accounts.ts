// Accounts themselves are written by Better Auth (lib/auth); this keeps each change an admin makes to one in
// the revision history, like any other record, so that "who disabled this account, and why" has an answer.
// Undo does not apply to them (db/mutations/records.ts knows no 'users' kind).
import type { Db } from '../connection';
import type { RevisionAction } from '../schema/enums';
import { recordRevision, type Actor } from './revisions';

/** What a revision keeps of an account: never the password or its hash. */
export type AccountSnapshot = { email: string; name: string; role: string; disabled: boolean };

export function recordAccountChange(
  db: Db,
  change: { actor: Actor; userId: string; action: RevisionAction; before: AccountSnapshot | null; after: AccountSnapshot | null; reason?: string | null },
): void {
  recordRevision(db, {
    actor: change.actor,
    tableName: 'users',
    recordId: change.userId,
    action: change.action,
    before: change.before,
    after: change.after,
    reason: change.reason ?? null,
  });
}
