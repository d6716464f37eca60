import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons } from '@/db/schema';

/** The public pages that show these people and divisions: what to revalidate after an edit. */
export function publicPathsFor(ids: { personIds?: number[]; divisionIds?: number[] }): string[] {
  const db = getDb();
  const paths = new Set(['/', '/mps', '/divisions']);
  const personIds = [...new Set(ids.personIds ?? [])];
  const divisionIds = [...new Set(ids.divisionIds ?? [])];
  if (personIds.length > 0) {
    for (const p of db.select({ parliamentId: persons.parliamentId }).from(persons).where(inArray(persons.id, personIds)).all()) {
      if (p.parliamentId !== null) paths.add(`/mps/${p.parliamentId}`);
    }
  }
  if (divisionIds.length > 0) {
    for (const d of db.select({ officialId: divisions.officialId }).from(divisions).where(inArray(divisions.id, divisionIds)).all()) {
      if (d.officialId !== null) paths.add(`/divisions/${d.officialId}`);
    }
  }
  return [...paths];
}
