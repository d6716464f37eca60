import 'server-only';
import { revalidatePath } from 'next/cache';
import { publicPathsFor } from '@/db/queries/paths';

/**
 * After an edit: the public pages that show what changed are rebuilt on their next request, so that
 * the edit shows at once even where pages are cached.
 */
export function revalidatePublicPages(ids: { personIds?: number[]; divisionIds?: number[] }): void {
  for (const path of publicPathsFor(ids)) revalidatePath(path);
}

/** The people and divisions a stored record (or its revision snapshot) bears on. */
export function idsInSnapshot(
  tableName: string,
  snapshot: Record<string, unknown> | null | undefined,
): { personIds: number[]; divisionIds: number[] } {
  const personIds: number[] = [];
  const divisionIds: number[] = [];
  if (!snapshot) return { personIds, divisionIds };
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const push = (list: number[], v: unknown) => {
    const n = num(v);
    if (n !== null) list.push(n);
  };
  if (tableName === 'persons') push(personIds, snapshot.id);
  if (tableName === 'divisions') push(divisionIds, snapshot.id);
  push(personIds, snapshot.personId);
  push(divisionIds, snapshot.divisionId);
  push(divisionIds, snapshot.endedOverDivisionId);
  if (Array.isArray(snapshot.votes)) for (const v of snapshot.votes as Record<string, unknown>[]) push(personIds, v.personId);
  return { personIds, divisionIds };
}
