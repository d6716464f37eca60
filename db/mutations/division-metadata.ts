import { and, eq, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../connection';
import { divisions, type House, type Source } from '../schema';
import { createRecord, updateRecord, type WriteResult } from './records';
import type { Actor } from './revisions';

// A division's own fields as editors enter them (a division added by hand, or a correction to one
// imported). A division is one event: the same official id, or the same house, day and number, twice
// would split its votes, so a duplicate is refused and the editor sent to the one that exists.

export type DivisionValues = {
  house: House;
  /** "2023-11-15T19:14:00"; the sitting date is taken from it. */
  heldAt: string;
  number: number;
  officialId: number | null;
  officialTitle: string;
  shortTitle: string | null;
  motionText: string | null;
  motionTextSource: string | null;
  movedBy: string | null;
  ayeCount: number;
  noCount: number;
  resultText: string | null;
  isDeferred: boolean;
  hansardUrl: string | null;
  hansardReference: string | null;
  sources: Source[];
};

export type DuplicateDivision = {
  id: number;
  officialId: number | null;
  house: House;
  date: string;
  number: number;
  /** Which of the editor's fields it clashes on. */
  clash: 'officialId' | 'number';
};

export type DivisionWriteResult = WriteResult | { status: 'duplicate'; duplicates: DuplicateDivision[] };

/** Divisions other than `exceptId` with the same official id, or the same house, date and number. */
export function findDuplicateDivisions(db: Db, values: Pick<DivisionValues, 'house' | 'heldAt' | 'number' | 'officialId'>, exceptId: number | null): DuplicateDivision[] {
  const date = values.heldAt.slice(0, 10);
  const sameEvent = and(eq(divisions.house, values.house), eq(divisions.date, date), eq(divisions.number, values.number));
  const clashes: SQL[] = [sameEvent as SQL];
  if (values.officialId !== null) clashes.push(eq(divisions.officialId, values.officialId));
  const rows = db
    .select({ id: divisions.id, officialId: divisions.officialId, house: divisions.house, date: divisions.date, number: divisions.number })
    .from(divisions)
    .where(and(or(...clashes), exceptId !== null ? ne(divisions.id, exceptId) : undefined))
    .all();
  return rows.map((r) => ({
    ...r,
    clash: values.officialId !== null && r.officialId === values.officialId ? 'officialId' : 'number',
  }));
}

/**
 * Creates a division (id null) or saves an edit to one, refusing a duplicate. Call inside a transaction,
 * so that the check and the write see the same database.
 */
export function saveDivisionMetadata(
  db: Db,
  id: number | null,
  values: DivisionValues,
  options: { actor: Actor; reason?: string | null; expectedUpdatedAt: string | null },
): DivisionWriteResult {
  const duplicates = findDuplicateDivisions(db, values, id);
  if (duplicates.length > 0) return { status: 'duplicate', duplicates };
  const record = { ...values, date: values.heldAt.slice(0, 10) };
  const writeOptions = { actor: options.actor, reason: options.reason ?? null };
  return id === null
    ? createRecord(db, 'divisions', record, writeOptions)
    : updateRecord(db, 'divisions', String(id), record, { ...writeOptions, expectedUpdatedAt: options.expectedUpdatedAt });
}
