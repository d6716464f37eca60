'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { undoRevision } from '@/db/mutations/records';
import { revisions } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { safeNextPath } from '@/lib/auth/safe-next';
import { requireEditor } from '@/lib/auth/server';
import { idsInSnapshot, revalidatePublicPages } from '@/lib/revalidate';

const undoSchema = z.object({ revisionId: z.coerce.number().int().positive(), returnTo: z.string().optional() });

/** Undoes one change from its revision, then goes back to the page it was asked from with the outcome. */
export async function undoChange(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const parsed = undoSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/admin/changes?undo=invalid');
  const { revisionId } = parsed.data;
  const returnTo = safeNextPath(parsed.data.returnTo, '/admin/changes');
  const db = getDb();
  const result = db.transaction((tx) => {
    const revision = tx.select().from(revisions).where(eq(revisions.id, revisionId)).get();
    const outcome = undoRevision(tx, revisionId, { actor: { id: editor.id, label: editor.email } });
    return { outcome, revision };
  });
  if (result.revision) {
    const { personIds, divisionIds } = idsInSnapshot(result.revision.tableName, result.revision.before ?? result.revision.after);
    revalidatePublicPages({ personIds, divisionIds });
  }
  const separator = returnTo.includes('?') ? '&' : '?';
  if (result.outcome.status === 'undone') redirect(`${returnTo}${separator}undone=${revisionId}`);
  redirect(`${returnTo}${separator}undoRefused=${encodeURIComponent(result.outcome.reason)}`);
}
