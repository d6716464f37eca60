'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { undoRevision } from '@/db/mutations/records';
import { publicPathsFor } from '@/db/queries/paths';
import { revisions } from '@/db/schema';
import { safeNextPath } from '@/lib/auth/safe-next';
import { requireEditor } from '@/lib/auth/server';
import { idsInSnapshot } from '@/lib/revalidate';

const undoSchema = z.object({ revisionId: z.coerce.number().int().positive(), returnTo: z.string().optional() });

/**
 * Undoes one change from its revision (a bulk change with every record it wrote), after the editor has seen what
 * it will do on /admin/changes/{id}/undo, then goes back to the page it was asked from with the outcome.
 */
export async function undoChange(formData: FormData): Promise<void> {
  const editor = await requireEditor();
  const parsed = undoSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect('/admin/changes?undo=invalid');
  const { revisionId } = parsed.data;
  const returnTo = safeNextPath(parsed.data.returnTo, '/admin/changes');
  const db = getDb();
  const result = db.transaction((tx) => {
    const revision = tx.select().from(revisions).where(eq(revisions.id, revisionId)).get();
    if (!revision) return { outcome: undoRevision(tx, revisionId, { actor: { id: editor.id, label: editor.email } }), paths: [] };
    // A bulk change touches the records its rows name.
    const touched =
      revision.tableName === 'batches' ? tx.select().from(revisions).where(eq(revisions.batchId, revision.id)).all() : [revision];
    const idsOf = () => {
      const personIds: number[] = [];
      const divisionIds: number[] = [];
      for (const r of touched) {
        const ids = idsInSnapshot(r.tableName, r.before ?? r.after);
        personIds.push(...ids.personIds);
        divisionIds.push(...ids.divisionIds);
        if (r.tableName === 'division_votes') divisionIds.push(Number(r.recordId));
      }
      return { personIds, divisionIds };
    };
    // The pages to refresh are looked up both before and after the undo: a division's page is found by
    // its official id, which exists only on one side when the undo deletes or restores it.
    const pathsBefore = publicPathsFor(idsOf());
    const outcome = undoRevision(tx, revisionId, { actor: { id: editor.id, label: editor.email } });
    return { outcome, paths: [...new Set([...pathsBefore, ...publicPathsFor(idsOf())])] };
  });
  for (const path of result.paths) revalidatePath(path);
  const separator = returnTo.includes('?') ? '&' : '?';
  if (result.outcome.status === 'undone') redirect(`${returnTo}${separator}undone=${revisionId}&undo=${result.outcome.revisionId}`);
  redirect(`${returnTo}${separator}undoRefused=${encodeURIComponent(result.outcome.reason)}`);
}
