import 'server-only';
import { desc, eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons } from '@/db/schema';
import { formatRef, parseRef } from '@/lib/forms/refs';

// Reads behind the admin pickers: suggestions as an editor types, and turning what they typed into a record.

export type Suggestion = { id: number; ref: string; label: string; detail: string };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function suggestPeople(query: string, limit = 10): Suggestion[] {
  const q = query.trim();
  if (q === '') return [];
  const pattern = `%${escapeLike(q)}%`;
  return getDb()
    .select({ id: persons.id, parliamentId: persons.parliamentId, name: persons.name, sortName: persons.sortName })
    .from(persons)
    .where(or(sql`${persons.name} like ${pattern} escape '\\'`, /^\d+$/.test(q) ? eq(persons.parliamentId, Number(q)) : undefined))
    .orderBy(persons.sortName)
    .limit(limit)
    .all()
    .map((p) => ({
      id: p.id,
      ref: formatRef(p.name, p.parliamentId, p.id),
      label: p.name,
      detail: p.parliamentId !== null ? `member id ${p.parliamentId}` : 'no Parliament id',
    }));
}

export function suggestDivisions(query: string, limit = 10): Suggestion[] {
  const q = query.trim();
  if (q === '') return [];
  const pattern = `%${escapeLike(q)}%`;
  return getDb()
    .select({ id: divisions.id, officialId: divisions.officialId, title: divisions.officialTitle, shortTitle: divisions.shortTitle, date: divisions.date })
    .from(divisions)
    .where(
      or(
        sql`${divisions.officialTitle} like ${pattern} escape '\\'`,
        sql`${divisions.shortTitle} like ${pattern} escape '\\'`,
        /^\d+$/.test(q) ? eq(divisions.officialId, Number(q)) : undefined,
      ),
    )
    .orderBy(desc(divisions.heldAt))
    .limit(limit)
    .all()
    .map((d) => ({
      id: d.id,
      ref: formatRef(d.shortTitle ?? d.title, d.officialId, d.id),
      label: d.shortTitle ?? d.title,
      detail: `${d.date}${d.officialId !== null ? `, division ${d.officialId}` : ''}`,
    }));
}

export type Resolved = { ok: true; id: number } | { ok: false; message: string };

function resolve(input: string, noun: string, byOfficial: (n: number) => number | undefined, byId: (n: number) => number | undefined, suggest: (q: string, limit: number) => Suggestion[]): Resolved {
  if (input.trim() === '') return { ok: false, message: `Choose a ${noun}` };
  const ref = parseRef(input);
  if ('officialId' in ref) {
    const id = byOfficial(ref.officialId);
    return id !== undefined ? { ok: true, id } : { ok: false, message: `No ${noun} has the official id ${ref.officialId}` };
  }
  if ('id' in ref) {
    const id = byId(ref.id);
    return id !== undefined ? { ok: true, id } : { ok: false, message: `No ${noun} has the id #${ref.id}` };
  }
  const matches = suggest(ref.text, 6);
  const exact = matches.filter((m) => m.label.toLowerCase() === ref.text.toLowerCase());
  if (exact.length === 1) return { ok: true, id: exact[0]!.id };
  if (matches.length === 1) return { ok: true, id: matches[0]!.id };
  if (matches.length === 0) return { ok: false, message: `No ${noun} matches “${ref.text}”` };
  return {
    ok: false,
    message: `Several match “${ref.text}”: ${matches
      .slice(0, 5)
      .map((m) => m.ref)
      .join('; ')}. Type one of these as shown.`,
  };
}

export function resolvePerson(input: string): Resolved {
  const db = getDb();
  return resolve(
    input,
    'person',
    (n) => db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, n)).get()?.id,
    (n) => db.select({ id: persons.id }).from(persons).where(eq(persons.id, n)).get()?.id,
    suggestPeople,
  );
}

export function resolveDivision(input: string): Resolved {
  const db = getDb();
  return resolve(
    input,
    'division',
    (n) => db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, n)).get()?.id,
    (n) => db.select({ id: divisions.id }).from(divisions).where(eq(divisions.id, n)).get()?.id,
    suggestDivisions,
  );
}

/** The picker text for a person or division already chosen (to fill an edit form). */
export function personRef(id: number): string {
  const p = getDb().select({ id: persons.id, name: persons.name, parliamentId: persons.parliamentId }).from(persons).where(eq(persons.id, id)).get();
  return p ? formatRef(p.name, p.parliamentId, p.id) : '';
}

export function divisionRef(id: number): string {
  const d = getDb()
    .select({ id: divisions.id, officialId: divisions.officialId, title: divisions.officialTitle, shortTitle: divisions.shortTitle })
    .from(divisions)
    .where(eq(divisions.id, id))
    .get();
  return d ? formatRef(d.shortTitle ?? d.title, d.officialId, d.id) : '';
}

