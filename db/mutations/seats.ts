import { eq } from 'drizzle-orm';
import type { Nation, SeatBasis } from '@/db/schema/enums';
import { nationOfParty, seatNameKey } from '@/lib/import/seat-names';
import type { Db } from '../connection';
import { constituencies } from '../schema';
import { DeferredWrites } from './deferred-writes';

type Seat = {
  id: number;
  key: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  nation: Nation | null;
  basis: SeatBasis;
};

export type SeatResolution = { id: number; created: boolean };

const covers = (seat: Pick<Seat, 'validFrom' | 'validTo'>, date: string) => seat.validFrom <= date && (seat.validTo === null || seat.validTo >= date);

/**
 * The seats of every boundary set, read once for an import run, and how a name in a division record on a day
 * becomes one of them:
 * 1. a seat of that name (seatNameKey) whose period covers the day, one of a published boundary set first;
 * 2. else a seat known only from the records (basis `record`) of that name, whose "seen from … to …" is
 *    stretched to the day when no other seat of the name holds the days between;
 * 3. else a new seat, basis `record`, seen on that day, its nation from a seat of the same name in another
 *    boundary set, else from a party that stands in one nation only, else not known.
 * So a vote keeps the seat its record gives, in every Parliament, with the nation wherever it can be known.
 */
export class SeatBook {
  private seats: Seat[] | null = null;
  private byKey = new Map<string, Seat[]>();

  /** Stretches of record seats, written once per commit in a bulk import (lib/import/load-divisions.ts turns it on). */
  readonly writes: DeferredWrites<Seat, { validFrom: string; validTo: string | null }>;

  /** `prepare` gives a compiled statement on the raw connection where there is one (the bulk path). */
  constructor(prepare: (sqlText: string) => { run: (...params: unknown[]) => unknown } | null = () => null) {
    this.writes = new DeferredWrites(
      (seat) => ({ validFrom: seat.validFrom, validTo: seat.validTo }),
      (db, id, dates) => {
        const statement = prepare('UPDATE constituencies SET valid_from = ?, valid_to = ? WHERE id = ?');
        if (statement) statement.run(dates.validFrom, dates.validTo, id);
        else db.update(constituencies).set(dates).where(eq(constituencies.id, id)).run();
      },
    );
  }

  /** Forgets what was read (after a rollback, or when seats were written elsewhere), and stretches not written. */
  reset(): void {
    this.writes.clear();
    this.seats = null;
    this.byKey.clear();
  }

  private load(db: Db): void {
    if (this.seats) return;
    this.seats = db
      .select({
        id: constituencies.id,
        name: constituencies.name,
        validFrom: constituencies.validFrom,
        validTo: constituencies.validTo,
        nation: constituencies.nation,
        basis: constituencies.basis,
      })
      .from(constituencies)
      .all()
      .map((s) => ({ ...s, key: seatNameKey(s.name) }));
    this.byKey.clear();
    for (const seat of this.seats) this.add(seat);
  }

  private add(seat: Seat): void {
    const list = this.byKey.get(seat.key);
    if (list) list.push(seat);
    else this.byKey.set(seat.key, [seat]);
  }

  /** The seat a record names on a day; created or stretched as the class comment says. */
  resolve(db: Db, name: string, date: string, partyAbbreviation: string | null): SeatResolution {
    this.load(db);
    const key = seatNameKey(name);
    const sameName = this.byKey.get(key) ?? [];
    const covering = sameName.filter((s) => covers(s, date)).sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'official' ? -1 : 1));
    if (covering[0]) return { id: covering[0].id, created: false };

    for (const seat of sameName.filter((s) => s.basis === 'record')) {
      const from = date < seat.validFrom ? date : seat.validFrom;
      const to = seat.validTo !== null && date > seat.validTo ? date : seat.validTo;
      const clash = sameName.some((other) => other !== seat && other.validFrom <= (to ?? '9999-12-31') && (other.validTo === null || other.validTo >= from));
      if (clash) continue;
      seat.validFrom = from;
      seat.validTo = to;
      this.writes.touch(db, seat);
      return { id: seat.id, created: false };
    }

    const nation = sameName.find((s) => s.nation !== null)?.nation ?? nationOfParty(partyAbbreviation);
    const [row] = db
      .insert(constituencies)
      .values({ name: name.trim(), validFrom: date, validTo: date, nation, basis: 'record' })
      .returning({ id: constituencies.id })
      .all();
    if (!row) throw new Error(`could not create the constituency ${name}`);
    const seat: Seat = { id: row.id, key, name: name.trim(), validFrom: date, validTo: date, nation, basis: 'record' };
    this.seats!.push(seat);
    this.add(seat);
    return { id: row.id, created: true };
  }
}
