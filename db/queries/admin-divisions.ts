import 'server-only';
import { desc, eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, votes, type House } from '@/db/schema';
import { sourcesToText } from '@/lib/validation/common';

// Reads behind the admin pages for divisions: the list, the edit form, and what an edit bears on.

export type AdminDivisionItem = {
  id: number;
  officialId: number | null;
  house: House;
  date: string;
  heldAt: string;
  number: number;
  title: string;
  ayeCount: number;
  noCount: number;
  votes: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Divisions newest first, optionally only those whose title or official id matches `q`. */
export function listAdminDivisions(options: { q?: string; limit: number; offset: number }): { items: AdminDivisionItem[]; total: number } {
  const q = options.q?.trim() ?? '';
  const pattern = `%${escapeLike(q)}%`;
  const where = q
    ? or(
        sql`${divisions.officialTitle} like ${pattern} escape '\\'`,
        sql`${divisions.shortTitle} like ${pattern} escape '\\'`,
        /^\d+$/.test(q) ? eq(divisions.officialId, Number(q)) : undefined,
      )
    : undefined;
  const rows = getDb()
    .select({
      id: divisions.id,
      officialId: divisions.officialId,
      house: divisions.house,
      date: divisions.date,
      heldAt: divisions.heldAt,
      number: divisions.number,
      title: sql<string>`coalesce(${divisions.shortTitle}, ${divisions.officialTitle})`,
      ayeCount: divisions.ayeCount,
      noCount: divisions.noCount,
      votes: sql<number>`(select count(*) from ${votes} where ${votes.divisionId} = ${divisions.id})`,
      total: sql<number>`count(*) over ()`,
    })
    .from(divisions)
    .where(where)
    .orderBy(desc(divisions.heldAt), desc(divisions.id))
    .limit(options.limit)
    .offset(options.offset)
    .all();
  const items = rows.map((row): AdminDivisionItem => {
    const item: AdminDivisionItem & { total?: number } = { ...row };
    delete item.total;
    return item;
  });
  return { items, total: rows[0]?.total ?? 0 };
}

export type DivisionFormValues = Record<string, string>;

/** A division as its edit form shows it: numbers as text, the date and time for a datetime-local field. */
export function divisionFormValues(row: typeof divisions.$inferSelect): DivisionFormValues {
  return {
    house: row.house,
    heldAt: row.heldAt.slice(0, 16),
    number: String(row.number),
    officialId: row.officialId === null ? '' : String(row.officialId),
    officialTitle: row.officialTitle,
    shortTitle: row.shortTitle ?? '',
    motionText: row.motionText ?? '',
    motionTextSource: row.motionTextSource ?? '',
    movedBy: row.movedBy ?? '',
    ayeCount: String(row.ayeCount),
    noCount: String(row.noCount),
    resultText: row.resultText ?? '',
    isDeferred: row.isDeferred ? 'yes' : '',
    hansardUrl: row.hansardUrl ?? '',
    hansardReference: row.hansardReference ?? '',
    sources: sourcesToText(row.sources),
    version: row.updatedAt,
  };
}

export type DivisionHeading = {
  id: number;
  officialId: number | null;
  house: House;
  date: string;
  heldAt: string;
  number: number;
  title: string;
  officialTitle: string;
  votes: number;
};

/** What every admin page of one division shows at its top. */
export function getDivisionHeading(id: number): DivisionHeading | null {
  const row = getDb()
    .select({
      id: divisions.id,
      officialId: divisions.officialId,
      house: divisions.house,
      date: divisions.date,
      heldAt: divisions.heldAt,
      number: divisions.number,
      title: sql<string>`coalesce(${divisions.shortTitle}, ${divisions.officialTitle})`,
      officialTitle: divisions.officialTitle,
      votes: sql<number>`(select count(*) from ${votes} where ${votes.divisionId} = ${divisions.id})`,
    })
    .from(divisions)
    .where(eq(divisions.id, id))
    .get();
  return row ?? null;
}

export function getDivisionForEdit(id: number): { heading: DivisionHeading; values: DivisionFormValues } | null {
  const row = getDb().select().from(divisions).where(eq(divisions.id, id)).get();
  const heading = row ? getDivisionHeading(row.id) : null;
  return row && heading ? { heading, values: divisionFormValues(row) } : null;
}

/** The people with a vote in the division (optionally of one party): whose pages an edit bears on. */
export function listDivisionPersonIds(divisionId: number, partyId?: number): number[] {
  return getDb()
    .select({ personId: votes.personId })
    .from(votes)
    .where(partyId === undefined ? eq(votes.divisionId, divisionId) : sql`${votes.divisionId} = ${divisionId} and ${votes.partyId} = ${partyId}`)
    .all()
    .map((r) => r.personId);
}
