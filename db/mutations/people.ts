import { inArray } from 'drizzle-orm';
import { abbreviationFor, partyKindFor } from '@/lib/import/parties';
import { slugify, toSortName } from '@/lib/slug';
import type { Db } from '../connection';
import { parties, persons } from '../schema';

export type PartyRef = { name: string | null; abbreviation: string | null; colour: string | null };

/**
 * Finds each party by abbreviation (or, where the record gives none, by name) and creates the ones
 * not yet known. Returns a lookup from the reference's key to the party id.
 */
export function ensureParties(db: Db, refs: ReadonlyArray<PartyRef>): (ref: PartyRef) => number | null {
  const existing = db.select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation }).from(parties).all();
  const byAbbreviation = new Map(existing.map((p) => [p.abbreviation, p.id]));
  const byName = new Map(existing.map((p) => [p.name.toLowerCase(), p.id]));
  const find = (ref: PartyRef): number | null =>
    (ref.abbreviation ? byAbbreviation.get(ref.abbreviation) : undefined) ??
    (ref.name ? byName.get(ref.name.toLowerCase()) : undefined) ??
    null;

  for (const ref of refs) {
    if (!ref.name && !ref.abbreviation) continue;
    if (find(ref) !== null) continue;
    const name = ref.name ?? ref.abbreviation ?? '';
    const abbreviation = ref.abbreviation ?? abbreviationFor(name);
    const [row] = db
      .insert(parties)
      .values({ name, abbreviation, colour: ref.colour, kind: partyKindFor(name, ref.abbreviation) })
      .returning({ id: parties.id })
      .all();
    if (!row) throw new Error(`could not create party ${name}`);
    byAbbreviation.set(abbreviation, row.id);
    byName.set(name.toLowerCase(), row.id);
  }
  return find;
}

export type PersonRef = { parliamentId: number; name: string; twfyId?: number | null; sortName?: string };

/**
 * Finds people by Parliament member id and creates those not yet known. People created here are
 * flagged for review unless the caller vouches for them (the seed's member list does).
 */
export function ensurePersons(
  db: Db,
  refs: ReadonlyArray<PersonRef>,
  options: { flagNew: boolean },
): { idFor: Map<number, number>; created: number[] } {
  const ids = [...new Set(refs.map((r) => r.parliamentId))];
  const idFor = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const row of db
      .select({ id: persons.id, parliamentId: persons.parliamentId })
      .from(persons)
      .where(inArray(persons.parliamentId, chunk))
      .all()) {
      if (row.parliamentId !== null) idFor.set(row.parliamentId, row.id);
    }
  }

  const created: number[] = [];
  const seen = new Set<number>();
  const missing = refs.filter((r) => {
    if (idFor.has(r.parliamentId) || seen.has(r.parliamentId)) return false;
    seen.add(r.parliamentId);
    return true;
  });
  if (missing.length === 0) return { idFor, created };

  const takenSlugs = new Set(
    db
      .select({ slug: persons.slug })
      .from(persons)
      .all()
      .map((p) => p.slug),
  );
  for (const ref of missing) {
    let slug = slugify(ref.name) || `member-${ref.parliamentId}`;
    if (takenSlugs.has(slug)) slug = `${slug}-${ref.parliamentId}`;
    takenSlugs.add(slug);
    const [row] = db
      .insert(persons)
      .values({
        parliamentId: ref.parliamentId,
        twfyId: ref.twfyId ?? null,
        name: ref.name,
        sortName: ref.sortName ?? toSortName(ref.name),
        slug,
        needsReview: options.flagNew,
      })
      .returning({ id: persons.id })
      .all();
    if (!row) throw new Error(`could not create person ${ref.parliamentId}`);
    idFor.set(ref.parliamentId, row.id);
    created.push(ref.parliamentId);
  }
  return { idFor, created };
}
