import 'server-only';
import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { personDeleteBlocker } from '@/db/mutations/person-edits';
import { constituencies, memberships, parties, persons, posts, stances, topics } from '@/db/schema';

// Reads behind the admin pages for people: the searchable list, the edit form, and what hangs off a person.

export const PEOPLE_PAGE_SIZE = 50;

export type AdminPersonRow = {
  id: number;
  name: string;
  sortName: string;
  parliamentId: number | null;
  twfyId: number | null;
  slug: string;
  needsReview: boolean;
};

/**
 * People whose name contains the query, or whose member id it is (only those an importer created and nobody has
 * reviewed yet, with `needsReview`), by sort name; one page of them, and how many need review in all.
 */
export function listPeopleForAdmin(filter: { query?: string; page: number; needsReview?: boolean }): {
  rows: AdminPersonRow[];
  total: number;
  toReview: number;
} {
  const q = filter.query?.trim() ?? '';
  let where: SQL | undefined;
  if (q !== '') {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where = or(sql`${persons.name} like ${pattern} escape '\\'`, /^\d{1,10}$/.test(q) ? eq(persons.parliamentId, Number(q)) : undefined);
  }
  if (filter.needsReview) where = and(where, eq(persons.needsReview, true));
  const db = getDb();
  const total = db.select({ n: count() }).from(persons).where(where).get()?.n ?? 0;
  const toReview = db.select({ n: count() }).from(persons).where(eq(persons.needsReview, true)).get()?.n ?? 0;
  const rows = db
    .select({
      id: persons.id,
      name: persons.name,
      sortName: persons.sortName,
      parliamentId: persons.parliamentId,
      twfyId: persons.twfyId,
      slug: persons.slug,
      needsReview: persons.needsReview,
    })
    .from(persons)
    .where(where)
    .orderBy(asc(persons.sortName), asc(persons.id))
    .limit(PEOPLE_PAGE_SIZE)
    .offset((Math.max(filter.page, 1) - 1) * PEOPLE_PAGE_SIZE)
    .all();
  return { rows, total, toReview };
}

export type PersonForEdit = { id: number; name: string; parliamentId: number | null; needsReview: boolean; values: Record<string, string> };

/** A person as their edit form shows them. */
export function getPersonForEdit(id: number): PersonForEdit | null {
  const row = getDb().select().from(persons).where(eq(persons.id, id)).get();
  if (!row) return null;
  return { id: row.id, name: row.name, parliamentId: row.parliamentId, needsReview: row.needsReview, values: personFormValues(row) };
}

export function personFormValues(row: typeof persons.$inferSelect): Record<string, string> {
  return {
    name: row.name,
    sortName: row.sortName,
    parliamentId: row.parliamentId === null ? '' : String(row.parliamentId),
    twfyId: row.twfyId === null ? '' : String(row.twfyId),
    slug: row.slug,
    postsKnown: row.postsKnown ?? '',
    postsKnownOn: row.postsKnownOn ?? '',
    version: row.updatedAt,
  };
}

/** Why the person cannot be deleted yet, or null. */
export function getPersonDeleteBlocker(id: number): string | null {
  return personDeleteBlocker(getDb(), id);
}

export type PersonHoldings = {
  memberships: { id: number; house: string; partyName: string; constituencyName: string | null; startDate: string; endDate: string | null; endReason: string | null }[];
  posts: { id: number; title: string; startDate: string | null; endDate: string | null; endReason: string | null }[];
  stances: { id: number; topicTitle: string; label: string; statedOn: string | null; position: string }[];
};

/** Everything the person's admin page lists, each with the id its edit page needs. */
export function listPersonHoldings(personId: number): PersonHoldings {
  const db = getDb();
  return {
    memberships: db
      .select({
        id: memberships.id,
        house: memberships.house,
        partyName: parties.name,
        constituencyName: constituencies.name,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
        endReason: memberships.endReason,
      })
      .from(memberships)
      .innerJoin(parties, eq(parties.id, memberships.partyId))
      .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
      .where(eq(memberships.personId, personId))
      .orderBy(desc(memberships.startDate), desc(memberships.id))
      .all(),
    posts: db
      .select({ id: posts.id, title: posts.title, startDate: posts.startDate, endDate: posts.endDate, endReason: posts.endReason })
      .from(posts)
      .where(eq(posts.personId, personId))
      .orderBy(desc(posts.endDate), desc(posts.startDate), asc(posts.id))
      .all(),
    stances: db
      .select({ id: stances.id, topicTitle: topics.title, label: stances.label, statedOn: stances.statedOn, position: stances.position })
      .from(stances)
      .innerJoin(topics, eq(topics.id, stances.topicId))
      .where(eq(stances.personId, personId))
      .orderBy(desc(stances.statedOn), asc(stances.id))
      .all(),
  };
}
