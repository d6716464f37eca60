import 'server-only';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { revisions, type RevisionAction } from '@/db/schema';

export type RevisionRow = {
  id: number;
  actorLabel: string;
  at: string;
  tableName: string;
  recordId: string;
  action: RevisionAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
};

/** The columns of a change as the history views show it. */
export const revisionColumns = {
  id: revisions.id,
  actorLabel: revisions.actorLabel,
  at: revisions.at,
  tableName: revisions.tableName,
  recordId: revisions.recordId,
  action: revisions.action,
  before: revisions.before,
  after: revisions.after,
  reason: revisions.reason,
};

/** Every change to one record, newest first. */
export function listRecordRevisions(tableName: string, recordId: string | number): RevisionRow[] {
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(and(eq(revisions.tableName, tableName), eq(revisions.recordId, String(recordId))))
    .orderBy(desc(revisions.id))
    .all();
}

export const CHANGES_PAGE_SIZE = 50;

/** Recent changes across the site, newest first, optionally by one editor or of one kind of record. */
export function listChanges(filter: { actor?: string; tableName?: string; before?: number }): RevisionRow[] {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(eq(revisions.actorLabel, filter.actor));
  if (filter.tableName) conditions.push(eq(revisions.tableName, filter.tableName));
  if (filter.before) conditions.push(lt(revisions.id, filter.before));
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(revisions.id))
    .limit(CHANGES_PAGE_SIZE)
    .all();
}

/** Who has made changes, for the filter. */
export function listChangeActors(): string[] {
  return getDb()
    .selectDistinct({ actor: revisions.actorLabel })
    .from(revisions)
    .orderBy(revisions.actorLabel)
    .all()
    .map((r) => r.actor);
}
