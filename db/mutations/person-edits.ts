import { and, count, eq, ne } from 'drizzle-orm';
import { slugify, toSortName } from '@/lib/slug';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../connection';
import { memberships, persons, posts, stances, votes } from '../schema';
import type { PostsKnownBasis } from '../schema/enums';
import { refuse, type EditResult } from './edit-result';
import { keepOtherName } from './person-names';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from './records';
import type { Actor } from './revisions';

// Editors' changes to people: the rules the database alone can check (ids and slugs used once, no
// deleting someone the record still needs), then the change through the records engine.

export type PersonInput = {
  name: string;
  sortName: string | null;
  parliamentId: number | null;
  twfyId: number | null;
  slug: string | null;
  postsKnown?: PostsKnownBasis | null;
  postsKnownOn?: string | null;
};

type Options = { actor: Actor; reason?: string | null; expectedUpdatedAt: string | null };

type Holder = { id: number; name: string };

function holderOf(db: Db, column: SQLiteColumn, value: number | string, exceptId: number | null): Holder | null {
  const where = exceptId === null ? eq(column, value) : and(eq(column, value), ne(persons.id, exceptId));
  return db.select({ id: persons.id, name: persons.name }).from(persons).where(where).get() ?? null;
}

/** The name's slug, made unique: "jo-bloggs", else "jo-bloggs-<member id>", else "jo-bloggs-2", "-3"… */
function freeSlug(db: Db, input: PersonInput, exceptId: number | null): string {
  const fromName = slugify(input.name);
  const base = /^[a-z]/.test(fromName) ? fromName : `person-${fromName}`.replace(/-$/, '');
  const free = (slug: string) => !holderOf(db, persons.slug, slug, exceptId);
  if (free(base)) return base;
  if (input.parliamentId !== null && free(`${base}-${input.parliamentId}`)) return `${base}-${input.parliamentId}`;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Creates a person (id null) or saves an edit. Refuses a Parliament or TheyWorkForYou id or a slug that
 * someone else has, naming who. Saving clears the importer's "needs review" flag: an editor has looked.
 */
export function savePerson(db: Db, id: number | null, input: PersonInput, options: Options): EditResult {
  const errors: Record<string, string[]> = {};
  const taken = (field: string, what: string, holder: Holder | null) => {
    if (holder) errors[field] = [`${what} already belongs to ${holder.name} (person #${holder.id}). Check it, or edit that person instead.`];
  };
  if (input.parliamentId !== null) taken('parliamentId', `Member id ${input.parliamentId}`, holderOf(db, persons.parliamentId, input.parliamentId, id));
  if (input.twfyId !== null) taken('twfyId', `TheyWorkForYou id ${input.twfyId}`, holderOf(db, persons.twfyId, input.twfyId, id));
  if (input.slug !== null) taken('slug', `The slug “${input.slug}”`, holderOf(db, persons.slug, input.slug, id));
  if (Object.keys(errors).length > 0) return refuse(errors);

  const record = {
    name: input.name,
    sortName: input.sortName ?? toSortName(input.name),
    parliamentId: input.parliamentId,
    twfyId: input.twfyId,
    slug: input.slug ?? freeSlug(db, input, id),
    needsReview: false,
    ...(input.postsKnown !== undefined ? { postsKnown: input.postsKnown, postsKnownOn: input.postsKnown ? (input.postsKnownOn ?? null) : null } : {}),
  } satisfies Partial<typeof persons.$inferInsert>;
  const { actor, reason, expectedUpdatedAt } = options;
  if (id === null) return createRecord(db, 'persons', record, { actor, reason });
  const previous = db.select({ name: persons.name }).from(persons).where(eq(persons.id, id)).get();
  const result = updateRecord(db, 'persons', String(id), record, { actor, reason, expectedUpdatedAt });
  // A renamed person keeps their earlier name, so that search still finds them by it.
  if (result.status === 'saved' && previous && previous.name !== input.name) {
    keepOtherName(db, id, previous.name, { firstSeen: null, lastSeen: null }, 'editor');
  }
  return result;
}

/** Why a person cannot be deleted yet, in words for the editor; null when nothing still needs them. */
export function personDeleteBlocker(db: Db, id: number): string | null {
  const n = (table: typeof votes | typeof memberships | typeof posts | typeof stances) =>
    db.select({ n: count() }).from(table).where(eq(table.personId, id)).get()?.n ?? 0;
  const voteCount = n(votes);
  if (voteCount > 0) {
    return `They have ${voteCount === 1 ? '1 recorded vote' : `${voteCount} recorded votes`}: remove or move their votes first (a duplicate’s votes belong to the real person).`;
  }
  const held = [
    [n(memberships), 'membership', 'memberships'],
    [n(posts), 'post', 'posts'],
    [n(stances), 'stance', 'stances'],
  ] as const;
  const parts = held.filter(([c]) => c > 0).map(([c, one, many]) => `${c} ${c === 1 ? one : many}`);
  if (parts.length === 0) return null;
  return `They still have ${parts.join(', ')}: delete those first (each deletion can be undone), then delete the person.`;
}

export type DeletePersonResult = WriteResult | { status: 'refused'; reason: string };

/** Deletes a person nothing else refers to; the deletion is a revision and can be undone. */
export function deletePerson(db: Db, id: number, options: Options): DeletePersonResult {
  const blocker = personDeleteBlocker(db, id);
  if (blocker) return { status: 'refused', reason: blocker };
  return deleteRecord(db, 'persons', String(id), options);
}
