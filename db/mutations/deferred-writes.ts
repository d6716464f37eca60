import type { Db } from '../connection';

/**
 * Row updates a bulk import makes again and again, kept in memory and written once per commit rather than once per
 * division: a division import stretches every member's membership and every seat known only from the records by one
 * more day, division after division. Off (`enabled` false), each update is written at once.
 *
 * Rollback-safe: the updates of the division being saved are `touched`; when it is saved they are `settle`d (their
 * values as of that moment); when it fails, `flushSettled` writes those of the divisions saved before it (they stay
 * in the transaction) and the owner forgets the rest with everything else it read.
 */
export class DeferredWrites<Row extends { id: number }, Values> {
  enabled = false;
  private touched = new Map<number, Row>();
  private settled = new Map<number, Values>();

  constructor(
    private readonly valuesOf: (row: Row) => Values,
    private readonly write: (db: Db, id: number, values: Values) => void,
  ) {}

  /** The row changed in memory: written now, or with the next flush. */
  touch(db: Db, row: Row): void {
    if (this.enabled) this.touched.set(row.id, row);
    else this.write(db, row.id, this.valuesOf(row));
  }

  /** The row is deleted: nothing of it is to be written. */
  forget(id: number): void {
    this.touched.delete(id);
    this.settled.delete(id);
  }

  /** The division being saved is saved: its updates are written with the next flush. */
  settle(): void {
    for (const [id, row] of this.touched) this.settled.set(id, this.valuesOf(row));
    this.touched.clear();
  }

  /** Writes the updates of the divisions saved (not those of one being saved, which may yet roll back). */
  flushSettled(db: Db): void {
    for (const [id, values] of this.settled) this.write(db, id, values);
    this.settled.clear();
  }

  /** Writes every update kept: before a commit, and before the table is read other than through the owner. */
  flush(db: Db): void {
    this.settle();
    this.flushSettled(db);
  }

  /** Forgets every update not written (after a rollback). */
  clear(): void {
    this.touched.clear();
    this.settled.clear();
  }
}
