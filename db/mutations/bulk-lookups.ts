import { eq, sql } from 'drizzle-orm';
import { canonicalParty } from '@/lib/import/parties';
import type { Db } from '../connection';
import { divisions, parties, persons, topics, type PartyKind } from '../schema';

// What a bulk file's cells name, found in the record: divisions by their official number, parties by name or
// abbreviation (in any case, as the public filters match them), people by Parliament member id or exact name,
// topics by address or title. Each gives the record or the words of the problem.

export type Found<T> = { ok: true; value: T } | { ok: false; message: string };

export type PartyRef = { id: number; name: string; kind: PartyKind };
export type PersonRef = { id: number; name: string };

export class BulkLookups {
  private partyList: (PartyRef & { abbreviation: string })[] | null = null;
  private readonly divisionsByNumber = new Map<number, Found<{ id: number; officialId: number }>>();
  private readonly peopleByRef = new Map<string, Found<PersonRef>>();
  private readonly topicsByRef = new Map<string, Found<{ id: number; title: string }>>();

  constructor(private readonly db: Db) {}

  division(officialId: number): Found<{ id: number; officialId: number }> {
    let found = this.divisionsByNumber.get(officialId);
    if (!found) {
      const row = this.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, officialId)).get();
      found = row
        ? { ok: true, value: { id: row.id, officialId } }
        : { ok: false, message: `no division ${officialId} is held: load it first (npm run import -- divisions --id ${officialId}, or the division upload)` };
      this.divisionsByNumber.set(officialId, found);
    }
    return found;
  }

  party(text: string): Found<PartyRef> {
    this.partyList ??= this.db.select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation, kind: parties.kind }).from(parties).all();
    const wanted = canonicalParty({ name: text.trim(), abbreviation: text.trim() });
    const matches = (value: string, p: { name: string; abbreviation: string }) => p.name.toLowerCase() === value.toLowerCase() || p.abbreviation.toLowerCase() === value.toLowerCase();
    const party = this.partyList.find((p) => matches(text.trim(), p)) ?? this.partyList.find((p) => matches(wanted.name, p));
    if (party) return { ok: true, value: { id: party.id, name: party.name, kind: party.kind } };
    return { ok: false, message: `no party is called “${text.trim()}”: give a party’s name or abbreviation as held, e.g. Labour or Lab` };
  }

  person(text: string): Found<PersonRef> {
    const key = text.trim().toLowerCase();
    let found = this.peopleByRef.get(key);
    if (!found) {
      found = this.findPerson(text.trim());
      this.peopleByRef.set(key, found);
    }
    return found;
  }

  private findPerson(text: string): Found<PersonRef> {
    if (/^\d+$/.test(text)) {
      const row = this.db.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.parliamentId, Number(text))).get();
      return row ? { ok: true, value: row } : { ok: false, message: `no person has the Parliament member id ${text}` };
    }
    const rows = this.db
      .select({ id: persons.id, name: persons.name, parliamentId: persons.parliamentId })
      .from(persons)
      .where(sql`lower(${persons.name}) = lower(${text})`)
      .orderBy(persons.id)
      .all();
    if (rows.length === 1) return { ok: true, value: { id: rows[0]!.id, name: rows[0]!.name } };
    if (rows.length === 0) return { ok: false, message: `no person is called “${text}”: check the spelling, or give their Parliament member id` };
    const named = rows.map((r) => `${r.name} (${r.parliamentId === null ? `#${r.id}, no member id` : `member id ${r.parliamentId}`})`);
    return { ok: false, message: `“${text}” names ${rows.length} people: ${named.join(', ')}: give the member id instead` };
  }

  topic(text: string): Found<{ id: number; title: string }> {
    const key = text.trim().toLowerCase();
    let found = this.topicsByRef.get(key);
    if (!found) {
      const row = this.db
        .select({ id: topics.id, title: topics.title })
        .from(topics)
        .where(sql`lower(${topics.slug}) = ${key} or lower(${topics.title}) = ${key}`)
        .get();
      found = row ? { ok: true, value: row } : { ok: false, message: `no topic has the address or title “${text.trim()}”: add the topic first, or check its address` };
      this.topicsByRef.set(key, found);
    }
    return found;
  }
}
