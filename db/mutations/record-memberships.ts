import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { MembershipDateBasis } from '@/db/schema/enums';
import type { Db } from '../connection';
import { divisions, memberships, votes } from '../schema';
import { DeferredWrites } from './deferred-writes';

// Memberships known from the division records alone (basis `record`). A division record names each member's party
// and seat on its day, so every member with a vote is an MP on the site even before `import members` brings the
// official periods. Such a membership reads "seen in the record from <start> to <end>": the days of the first and
// last division in a run of the member's divisions with the same party and seat. They are derived from the votes:
// kept up to date as divisions are imported (extended or merged, cheaply) and recomputed exactly from the votes
// wherever a change could shrink or split them (a division removed, a vote corrected, official periods arriving).
// Days an official or editor's membership of the same party covers are left to it. Where that membership names
// another party (the Members API lists the Deputy Speakers under their party while the records show them in the
// Chair; an official record not yet updated for a suspended whip), the record's membership stands beside it: it
// starts later, so it is the one in force on those days and the latest known, and the members importer reports it.

export type MembershipLite = {
  id: number;
  partyId: number;
  constituencyId: number | null;
  startDate: string;
  endDate: string | null;
  datesBasis: MembershipDateBasis;
};

const covers = (m: Pick<MembershipLite, 'startDate' | 'endDate'>, date: string) => m.startDate <= date && (m.endDate === null || m.endDate >= date);
/** Does the membership hold any day strictly between a and b (a < b)? */
const holdsBetween = (m: MembershipLite, a: string, b: string) => m.startDate < b && (m.endDate === null || m.endDate > a);

/** Is the day covered by an official or editor's membership of this party (so that no record membership is needed)? */
const governs = (list: ReadonlyArray<MembershipLite>, partyId: number, date: string) =>
  list.some((m) => m.datesBasis !== 'record' && m.partyId === partyId && covers(m, date));

/** Each person's Commons memberships, read once for an import run and kept in step with its own writes. */
export class MembershipBook {
  private byPerson: Map<number, MembershipLite[]> | null = null;

  /** Stretches, written once per commit in a bulk import (lib/import/load-divisions.ts turns it on). */
  readonly writes: DeferredWrites<MembershipLite, { startDate: string; endDate: string | null }>;

  /** `prepare` gives a compiled statement on the raw connection where there is one (the bulk path). */
  constructor(prepare: (sqlText: string) => { run: (...params: unknown[]) => unknown } | null = () => null) {
    this.writes = new DeferredWrites(
      (m) => ({ startDate: m.startDate, endDate: m.endDate }),
      (db, id, dates) => {
        const statement = prepare('UPDATE memberships SET start_date = ?, end_date = ?, updated_at = ? WHERE id = ?');
        const updatedAt = new Date().toISOString();
        if (statement) statement.run(dates.startDate, dates.endDate, updatedAt, id);
        else db.update(memberships).set({ ...dates, updatedAt }).where(eq(memberships.id, id)).run();
      },
    );
  }

  /** Forgets everything read, and every stretch not yet written. */
  reset(): void {
    this.byPerson = null;
    this.writes.clear();
  }

  /** Whether every person's memberships were read at once (an import run) or each is read when first needed. */
  private wholeTable = true;

  /** A book that reads only the people it is asked about: for an editor's change touching a few people. */
  static forFewPeople(): MembershipBook {
    const book = new MembershipBook();
    book.wholeTable = false;
    book.byPerson = new Map();
    return book;
  }

  private load(db: Db): Map<number, MembershipLite[]> {
    if (this.byPerson) return this.byPerson;
    const map = new Map<number, MembershipLite[]>();
    for (const row of db
      .select({
        id: memberships.id,
        personId: memberships.personId,
        partyId: memberships.partyId,
        constituencyId: memberships.constituencyId,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
        datesBasis: memberships.datesBasis,
      })
      .from(memberships)
      .where(eq(memberships.house, 'commons'))
      .all()) {
      const { personId, ...m } = row;
      const list = map.get(personId);
      if (list) list.push(m);
      else map.set(personId, [m]);
    }
    this.byPerson = map;
    return map;
  }

  /** Reads one person's memberships afresh, after they were written elsewhere (the members importer). */
  refresh(db: Db, personId: number): void {
    if (!this.byPerson) return;
    this.writes.flush(db);
    this.byPerson.set(
      personId,
      db
        .select({
          id: memberships.id,
          partyId: memberships.partyId,
          constituencyId: memberships.constituencyId,
          startDate: memberships.startDate,
          endDate: memberships.endDate,
          datesBasis: memberships.datesBasis,
        })
        .from(memberships)
        .where(and(eq(memberships.personId, personId), eq(memberships.house, 'commons')))
        .all(),
    );
  }

  /** The person's memberships as read (and written since). */
  of(db: Db, personId: number): MembershipLite[] {
    const map = this.load(db);
    let list = map.get(personId);
    if (!list) {
      if (!this.wholeTable) {
        this.refresh(db, personId);
        return map.get(personId)!;
      }
      list = [];
      map.set(personId, list);
    }
    return list;
  }

  /**
   * A division record lists the person with this party and seat on this day: make sure a membership covers the
   * day. An official or editor's membership of that party covering it wins (nothing is written); a record membership of the
   * same party and seat is stretched to the day when nothing else is held in between (merging two when the day
   * joins them); a record membership of another party or seat covering the day is recomputed from the votes
   * (the person's record is being loaded out of order); otherwise a new one is started on that day.
   * Returns whether anything was written.
   */
  noteSeen(db: Db, personId: number, partyId: number, constituencyId: number | null, date: string): boolean {
    const list = this.of(db, personId);
    if (governs(list, partyId, date)) return false;
    const records = list.filter((m) => m.datesBasis === 'record');
    const same = (m: MembershipLite) => m.partyId === partyId && m.constituencyId === constituencyId;
    const coveringRecord = records.filter((m) => covers(m, date));
    if (coveringRecord.some(same)) return false;
    if (coveringRecord.length > 0) {
      // Another party or seat was recorded around this day: the votes (this one included once written) decide.
      const from = coveringRecord.reduce((a, m) => (m.startDate < a ? m.startDate : a), date);
      const to = coveringRecord.reduce((a, m) => (m.endDate !== null && m.endDate > a ? m.endDate : a), date);
      this.recomputeSpan(db, personId, from, to);
      return true;
    }

    const before = records.filter((m) => same(m) && m.endDate !== null && m.endDate < date).sort((a, b) => (b.endDate! < a.endDate! ? -1 : 1))[0];
    const after = records.filter((m) => same(m) && m.startDate > date).sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];
    const clearBetween = (a: string, b: string, except: MembershipLite) => !list.some((m) => m !== except && holdsBetween(m, a, b));
    const joinBefore = before && clearBetween(before.endDate!, date, before) ? before : undefined;
    const joinAfter = after && clearBetween(date, after.startDate, after) ? after : undefined;

    if (joinBefore && joinAfter) {
      this.update(db, joinBefore, { endDate: joinAfter.endDate });
      this.remove(db, personId, joinAfter);
    } else if (joinBefore) {
      this.update(db, joinBefore, { endDate: date });
    } else if (joinAfter) {
      this.update(db, joinAfter, { startDate: date });
    } else {
      this.insert(db, personId, { partyId, constituencyId, startDate: date, endDate: date });
    }
    return true;
  }

  /**
   * Recomputes the person's record memberships over a span of days exactly from their votes: those overlapping the
   * span are replaced by the runs of consecutive divisions (by date) with the same party and seat, leaving out days
   * an official or editor's membership of that party covers. Reads only the person's votes within the span (from
   * votes_person_idx).
   */
  recomputeSpan(db: Db, personId: number, from: string, to: string): void {
    const list = this.of(db, personId);
    const touched = list.filter((m) => m.datesBasis === 'record' && m.startDate <= to && (m.endDate === null || m.endDate >= from));
    const spanFrom = touched.reduce((a, m) => (m.startDate < a ? m.startDate : a), from);
    const spanTo = touched.reduce((a, m) => (m.endDate !== null && m.endDate > a ? m.endDate : a), to);
    for (const m of touched) this.remove(db, personId, m);

    const seen = db
      .select({ date: divisions.date, partyId: votes.partyId, constituencyId: votes.constituencyId })
      .from(votes)
      .innerJoin(divisions, eq(divisions.id, votes.divisionId))
      .where(and(eq(votes.personId, personId), gte(divisions.date, spanFrom), lte(divisions.date, spanTo), sql`${votes.partyId} is not null`))
      .orderBy(divisions.date, divisions.heldAt)
      .all() as { date: string; partyId: number; constituencyId: number | null }[];
    let run: { partyId: number; constituencyId: number | null; startDate: string; endDate: string } | null = null;
    const close = () => {
      if (run) this.insert(db, personId, run);
      run = null;
    };
    for (const s of seen) {
      if (governs(list, s.partyId, s.date)) {
        close();
        continue;
      }
      if (run && run.partyId === s.partyId && run.constituencyId === s.constituencyId) {
        run.endDate = s.date;
      } else {
        close();
        run = { partyId: s.partyId, constituencyId: s.constituencyId, startDate: s.date, endDate: s.date };
      }
    }
    close();
  }

  private insert(db: Db, personId: number, values: { partyId: number; constituencyId: number | null; startDate: string; endDate: string }): void {
    // Two runs start on one day only when a member is listed under two parties or seats in two divisions of that
    // day: the unique (person, house, start) index keeps the first, which covers the day already.
    const list = this.of(db, personId);
    if (list.some((m) => m.startDate === values.startDate)) return;
    const [row] = db
      .insert(memberships)
      .values({ personId, house: 'commons', datesBasis: 'record', ...values })
      .returning({ id: memberships.id })
      .all();
    if (!row) throw new Error(`could not record a membership for person ${personId}`);
    list.push({ id: row.id, ...values, datesBasis: 'record' });
  }

  private update(db: Db, m: MembershipLite, values: { startDate?: string; endDate?: string | null }): void {
    Object.assign(m, values);
    this.writes.touch(db, m);
  }

  private remove(db: Db, personId: number, m: MembershipLite): void {
    this.writes.forget(m.id);
    db.delete(memberships).where(eq(memberships.id, m.id)).run();
    const list = this.of(db, personId);
    list.splice(list.indexOf(m), 1);
  }
}

/**
 * After an editor's change or an undo (votes written or removed, a division deleted, restored or moved to another
 * day, a membership entered or changed), the record memberships of the people touched are recomputed from their
 * votes over the days the change could reach.
 */
export function resyncRecordMemberships(db: Db, changes: ReadonlyArray<{ personId: number; from: string; to: string }>): void {
  if (changes.length === 0) return;
  const book = MembershipBook.forFewPeople();
  for (const change of changes) book.recomputeSpan(db, change.personId, change.from, change.to);
}
