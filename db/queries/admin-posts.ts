import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { posts } from '@/db/schema';
import { sourcesToText } from '@/lib/validation/common';
import { divisionRef, personRef } from './lookup';

export type PostFormValues = Record<string, string>;

/** A post as its edit form shows it: pickers as "Name (id)", sources one to a line. */
export function postFormValues(row: typeof posts.$inferSelect): PostFormValues {
  return {
    person: personRef(row.personId),
    title: row.title,
    kind: row.kind,
    side: row.side,
    department: row.department ?? '',
    startDate: row.startDate ?? '',
    endDate: row.endDate ?? '',
    endReason: row.endReason ?? '',
    endReasonNote: row.endReasonNote ?? '',
    endedOverDivision: row.endedOverDivisionId !== null ? divisionRef(row.endedOverDivisionId) : '',
    note: row.note ?? '',
    editorNote: row.editorNote ?? '',
    sources: sourcesToText(row.sources),
    version: row.updatedAt,
  };
}

export function getPostForEdit(id: number): { id: number; personId: number; values: PostFormValues } | null {
  const row = getDb().select().from(posts).where(eq(posts.id, id)).get();
  return row ? { id: row.id, personId: row.personId, values: postFormValues(row) } : null;
}
