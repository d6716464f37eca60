import { and, eq, max, sql } from 'drizzle-orm';
import type { NameSource } from '@/db/schema/enums';
import type { Db } from '../connection';
import { divisions, personNames, persons, votes } from '../schema';

// Names follow the latest record: a division record that names a member differently from the person's name, and is
// newer than any division they were seen in, renames them; their earlier name is kept in person_names, where search
// finds it. An older record's different name is kept there too, with the days it was seen.

export type NameChange = { personId: number; from: string; to: string };

/** Keeps a name other than the person's current one, stretching the days it was seen. */
export function keepOtherName(
  db: Db,
  personId: number,
  name: string,
  seen: { firstSeen: string | null; lastSeen: string | null },
  source: NameSource,
): void {
  const existing = db
    .select({ id: personNames.id, firstSeen: personNames.firstSeen, lastSeen: personNames.lastSeen })
    .from(personNames)
    .where(and(eq(personNames.personId, personId), eq(personNames.name, name)))
    .get();
  if (!existing) {
    db.insert(personNames).values({ personId, name, ...seen, source }).run();
    return;
  }
  const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  db.update(personNames)
    .set({ firstSeen: earlier(existing.firstSeen, seen.firstSeen), lastSeen: later(existing.lastSeen, seen.lastSeen) })
    .where(eq(personNames.id, existing.id))
    .run();
}

/** Makes `name` the person's name, keeping the one it replaces (last seen on `lastSeenAs`). */
export function renamePerson(
  db: Db,
  person: { id: number; name: string },
  next: { name: string; sortName: string },
  options: { lastSeenAs: string | null; source: NameSource },
): void {
  keepOtherName(db, person.id, person.name, { firstSeen: null, lastSeen: options.lastSeenAs }, options.source);
  db.delete(personNames).where(and(eq(personNames.personId, person.id), eq(personNames.name, next.name))).run();
  db.update(persons).set({ name: next.name, sortName: next.sortName, updatedAt: new Date().toISOString() }).where(eq(persons.id, person.id)).run();
}

/** The day of the latest division a person has a vote in, or null (votes_person_idx, one person). */
export function latestDaySeen(db: Db, personId: number): string | null {
  const row = db
    .select({ day: max(divisions.date) })
    .from(votes)
    .innerJoin(divisions, eq(divisions.id, votes.divisionId))
    .where(eq(votes.personId, personId))
    .get();
  return row?.day ?? null;
}

/** Each person's current name, read once for an import run; rename or keep what a record says on a day. */
export class NameBook {
  private names: Map<number, string> | null = null;

  reset(): void {
    this.names = null;
  }

  /** Tells the book of a person it created (with this name). */
  learn(personId: number, name: string): void {
    this.names?.set(personId, name);
  }

  /** A record of `date` names the person so; returns the change when it renamed them. */
  note(db: Db, personId: number, name: string, sortName: string, date: string): NameChange | null {
    this.names ??= new Map(db.all<{ id: number; name: string }>(sql`select id, name from persons`).map((p) => [p.id, p.name]));
    const current = this.names.get(personId);
    if (current === undefined || current === name) return null;
    const latest = latestDaySeen(db, personId);
    if (latest === null || date > latest) {
      renamePerson(db, { id: personId, name: current }, { name, sortName }, { lastSeenAs: latest, source: 'record' });
      this.names.set(personId, name);
      return { personId, from: current, to: name };
    }
    keepOtherName(db, personId, name, { firstSeen: date, lastSeen: date }, 'record');
    return null;
  }
}
