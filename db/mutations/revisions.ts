// Mutations are shared by the app's server actions and the command-line importers, so, unlike
// db/queries, they do not import 'server-only' (tsx scripts would refuse to load them).
import type { Db } from '../connection';
import { revisions } from '../schema';
import type { RevisionAction } from '../schema/enums';

export type Actor = { id?: string | null; label: string };

export function recordRevision(
  db: Db,
  entry: {
    actor: Actor;
    tableName: string;
    recordId: string | number;
    action: RevisionAction;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    reason?: string | null;
    importRunId?: number | null;
    undoOf?: number | null;
    batchId?: number | null;
  },
): void {
  db.insert(revisions)
    .values({
      actorId: entry.actor.id ?? null,
      actorLabel: entry.actor.label,
      at: new Date().toISOString(),
      tableName: entry.tableName,
      recordId: String(entry.recordId),
      action: entry.action,
      before: entry.before,
      after: entry.after,
      reason: entry.reason ?? null,
      importRunId: entry.importRunId ?? null,
      undoOf: entry.undoOf ?? null,
      batchId: entry.batchId ?? null,
    })
    .run();
}
