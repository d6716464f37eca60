import type Database from 'better-sqlite3';
import { abbreviationFor, partyKindFor } from '@/lib/import/parties';
import { slugify, toSortName } from '@/lib/slug';
import type { Db } from '../connection';
import { parties, persons } from '../schema';
import type { PartyRef, PersonRef } from './people';
import { NameBook } from './person-names';
import { MembershipBook } from './record-memberships';
import { SeatBook } from './seats';

/**
 * What an import run looks up again and again (parties, people by member id, seats), read once per run
 * instead of once per record, and the raw better-sqlite3 connection for prepared statements.
 *
 * The maps follow the run's own writes. A record's transaction that rolls back (a failure, a dry run)
 * may have added rows that no longer exist, so whoever rolls back calls `reset()` and the next record
 * reads the tables afresh. Without a run to share it, each save makes its own, which reads the same
 * tables the same way as before: the results do not depend on whether lookups are shared.
 */
export class ImportLookups {
  private partiesByAbbreviation: Map<string, number> | null = null;
  private partiesByName: Map<string, number> | null = null;
  private personIds: Map<number, number> | null = null;
  private slugs: Set<string> | null = null;
  /** Seats of every boundary set, and those known only from the records (db/mutations/seats.ts). */
  readonly seats: SeatBook;
  /** Each person's memberships, for the ones the records show (db/mutations/record-memberships.ts). */
  readonly memberships: MembershipBook;
  /** Each person's current name, for renames the records show (db/mutations/person-names.ts). */
  readonly names = new NameBook();

  constructor(readonly client: Database.Database | null = null) {
    this.seats = new SeatBook((sqlText) => this.statement(sqlText));
    this.memberships = new MembershipBook((sqlText) => this.statement(sqlText));
  }

  /**
   * Keeps the stretches of memberships and record seats in memory until `flush` (db/mutations/deferred-writes.ts):
   * a bulk import writes each once per commit instead of once per division.
   */
  deferWrites(): void {
    this.seats.writes.enabled = true;
    this.memberships.writes.enabled = true;
  }

  /** The record being saved is saved: what it stretched is written with the next flush. */
  settle(): void {
    this.seats.writes.settle();
    this.memberships.writes.settle();
  }

  /** After a record failed: writes what the records saved before it stretched (they stay in the transaction). */
  flushSettled(db: Db): void {
    this.seats.writes.flushSettled(db);
    this.memberships.writes.flushSettled(db);
  }

  /** Writes every stretch kept in memory: before a commit. */
  flush(db: Db): void {
    this.seats.writes.flush(db);
    this.memberships.writes.flush(db);
  }

  /** Forgets everything read: after a rollback, or when another writer may have changed the tables. */
  reset(): void {
    this.partiesByAbbreviation = null;
    this.partiesByName = null;
    this.personIds = null;
    this.slugs = null;
    this.seats.reset();
    this.memberships.reset();
    this.names.reset();
  }

  /** Finds a party by abbreviation (or, where the record gives none, by name), creating it when new. */
  partyId(db: Db, ref: PartyRef): number | null {
    if (!ref.name && !ref.abbreviation) return null;
    if (!this.partiesByAbbreviation || !this.partiesByName) {
      const rows = db.select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation }).from(parties).all();
      this.partiesByAbbreviation = new Map(rows.map((p) => [p.abbreviation, p.id]));
      this.partiesByName = new Map(rows.map((p) => [p.name.toLowerCase(), p.id]));
    }
    const found =
      (ref.abbreviation ? this.partiesByAbbreviation.get(ref.abbreviation) : undefined) ??
      (ref.name ? this.partiesByName.get(ref.name.toLowerCase()) : undefined);
    if (found !== undefined) return found;
    const name = ref.name ?? ref.abbreviation ?? '';
    const abbreviation = ref.abbreviation ?? abbreviationFor(name);
    const [row] = db
      .insert(parties)
      .values({ name, abbreviation, colour: ref.colour, kind: partyKindFor(name, ref.abbreviation) })
      .returning({ id: parties.id })
      .all();
    if (!row) throw new Error(`could not create party ${name}`);
    this.partiesByAbbreviation.set(abbreviation, row.id);
    this.partiesByName.set(name.toLowerCase(), row.id);
    return row.id;
  }

  /** Finds people by Parliament member id and creates those not yet known (flagged for review unless vouched for). */
  personIdsFor(db: Db, refs: ReadonlyArray<PersonRef>, options: { flagNew: boolean }): { idFor: Map<number, number>; created: number[] } {
    if (!this.personIds) {
      this.personIds = new Map();
      for (const row of db.select({ id: persons.id, parliamentId: persons.parliamentId }).from(persons).all()) {
        if (row.parliamentId !== null) this.personIds.set(row.parliamentId, row.id);
      }
    }
    const known = this.personIds;
    const idFor = new Map<number, number>();
    const created: number[] = [];
    for (const ref of refs) {
      const id = known.get(ref.parliamentId);
      if (id !== undefined) {
        idFor.set(ref.parliamentId, id);
        continue;
      }
      this.slugs ??= new Set(db.select({ slug: persons.slug }).from(persons).all().map((p) => p.slug));
      let slug = slugify(ref.name) || `member-${ref.parliamentId}`;
      if (this.slugs.has(slug)) slug = `${slug}-${ref.parliamentId}`;
      const values = {
        parliamentId: ref.parliamentId,
        twfyId: ref.twfyId ?? null,
        name: ref.name,
        sortName: ref.sortName ?? toSortName(ref.name),
        slug,
        needsReview: options.flagNew,
      };
      const newId = this.insertPerson(db, values);
      this.names.learn(newId, ref.name);
      this.slugs.add(slug);
      known.set(ref.parliamentId, newId);
      idFor.set(ref.parliamentId, newId);
      created.push(ref.parliamentId);
    }
    return { idFor, created };
  }

  /** A whole House met for the first time is 650 people: one prepared statement rather than 650 built queries. */
  private insertPerson(db: Db, values: typeof persons.$inferInsert & { twfyId: number | null; needsReview: boolean }): number {
    const statement = this.statement('INSERT INTO persons (parliament_id, twfy_id, name, sort_name, slug, needs_review) VALUES (?, ?, ?, ?, ?, ?)');
    if (statement) {
      const { parliamentId, twfyId, name, sortName, slug, needsReview } = values;
      return Number(statement.run(parliamentId, twfyId, name, sortName, slug, needsReview ? 1 : 0).lastInsertRowid);
    }
    const [row] = db.insert(persons).values(values).returning({ id: persons.id }).all();
    if (!row) throw new Error(`could not create person ${values.parliamentId}`);
    return row.id;
  }

  private statements = new Map<string, Database.Statement>();

  /** A prepared statement on the raw connection, compiled once per run; null when there is no raw connection. */
  statement(sqlText: string): Database.Statement | null {
    if (!this.client) return null;
    let statement = this.statements.get(sqlText);
    if (!statement) {
      statement = this.client.prepare(sqlText);
      this.statements.set(sqlText, statement);
    }
    return statement;
  }
}

/** The raw connection behind a database handle, when it is the app's database rather than a transaction. */
export function rawClientOf(db: Db): Database.Database | null {
  const candidate = (db as { $client?: unknown }).$client;
  return candidate && typeof (candidate as Database.Database).prepare === 'function' ? (candidate as Database.Database) : null;
}
