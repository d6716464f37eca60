import { eq, sql } from 'drizzle-orm';
import type { DivisionInput } from '@/lib/import/commons-division';
import { ImportError } from '@/lib/import/errors';
import { plainName, plainSortName } from '@/lib/import/member-records';
import type { VotePosition } from '@/lib/domain/types';
import { formatDate } from '@/lib/view/format';
import type { Db } from '../connection';
import { divisions, votes } from '../schema';
import { ImportLookups, rawClientOf } from './lookups';
import type { NameChange } from './person-names';
import { describeEditorConflicts, listEditorCorrections, type EditorCorrection, type EditorVoteConflict } from './editor-corrections';
import { recordRevision, type Actor } from './revisions';

export type { EditorVoteConflict } from './editor-corrections';

export type DivisionSaveStatus = 'new' | 'changed' | 'unchanged';

export type DivisionSaveResult = {
  officialId: number;
  divisionId: number;
  status: DivisionSaveStatus;
  votes: number;
  /** Member ids met for the first time: people created and flagged for an editor to review. */
  createdMembers: number[];
  /** Seats the record names that no boundary set held: created from the record, for an editor to review. */
  createdSeats: string[];
  /** People this record renamed (it is the latest to name them, and names them differently), by member id. */
  renamed: (NameChange & { memberId: number })[];
  warnings: string[];
  /** Votes the record gives otherwise than an editor corrected them: the editors' votes were kept. */
  conflicts: EditorVoteConflict[];
};

type VoteRow = typeof votes.$inferInsert;

/** The fields of a division that come from the official record; editors' fields are never touched. */
function officialFields(input: DivisionInput) {
  return {
    officialId: input.officialId,
    house: input.house,
    heldAt: input.heldAt,
    date: input.date,
    number: input.number,
    officialTitle: input.officialTitle,
    ayeCount: input.ayeCount,
    noCount: input.noCount,
    isDeferred: input.isDeferred,
    publicationUpdated: input.publicationUpdated,
  };
}

export type DivisionSaveOptions = {
  actor: Actor;
  importRunId?: number | null;
  flagNewMembers?: boolean;
  /**
   * Lookups shared by the records of one import run (parties, people, seats read once, prepared
   * statements compiled once). Optional: without them each save reads what it needs itself, with the
   * same result, only slower.
   */
  lookups?: ImportLookups;
};

/**
 * Saves one official division record in one transaction: all of it or none of it. A record already
 * held unchanged is left alone; a corrected one (Parliament republishes) replaces the official fields
 * and the votes, and the change is kept as a revision, except votes an editor corrected, which stand and
 * come back as conflicts. A record with another division's house, day and number is refused (ImportError).
 */
export function saveDivisionRecord(db: Db, input: DivisionInput, options: DivisionSaveOptions): DivisionSaveResult {
  const lookups = options.lookups ?? new ImportLookups(rawClientOf(db));
  try {
    // Through the raw connection where there is one: better-sqlite3 opens a transaction, or a savepoint
    // inside the caller's, with statements it keeps compiled; drizzle's would compile them every time.
    const { client } = lookups;
    const saved = client
      ? client.transaction(() => saveInTransaction(db, input, options, lookups))()
      : db.transaction((tx) => saveInTransaction(tx, input, options, lookups));
    lookups.settle();
    return saved;
  } catch (error) {
    // The transaction rolled back: whatever the lookups learnt from it may not exist any more. Memberships
    // and seats stretched by divisions saved before it in the same transaction are written first (a bulk import's).
    lookups.flushSettled(db);
    lookups.reset();
    throw error;
  }
}

function saveInTransaction(tx: Db, input: DivisionInput, options: DivisionSaveOptions, lookups: ImportLookups): DivisionSaveResult {
  refuseNumberClash(tx, lookups, input);
  const { idFor, created } = lookups.personIdsFor(
    tx,
    input.votes.map((v) => ({ parliamentId: v.memberId, name: v.name, sortName: plainSortName(v.listAs, v.name) })),
    { flagNew: options.flagNewMembers ?? true },
  );

  const createdSeats: string[] = [];
  const voteRows: VoteRow[] = input.votes.map((v) => {
    let constituencyId: number | null = null;
    if (v.memberFrom) {
      const seat = lookups.seats.resolve(tx, v.memberFrom, input.date, v.partyAbbreviation);
      constituencyId = seat.id;
      if (seat.created) createdSeats.push(v.memberFrom);
    }
    return {
      divisionId: 0,
      personId: idFor.get(v.memberId) as number,
      position: v.position,
      isTeller: v.isTeller,
      proxyName: v.proxyName,
      partyId: lookups.partyId(tx, { name: v.partyName, abbreviation: v.partyAbbreviation, colour: v.partyColour }),
      constituencyId,
      memberFrom: v.memberFrom,
    };
  });

  // Names follow the latest record: read before this record's votes are written, so that "latest" means before it.
  const renamed: DivisionSaveResult['renamed'] = [];
  for (const v of input.votes) {
    const change = lookups.names.note(tx, idFor.get(v.memberId) as number, plainName(v.name), plainSortName(v.listAs, plainName(v.name)), input.date);
    if (change) renamed.push({ ...change, memberId: v.memberId });
  }

  const warnings = [...input.warnings];
  if (created.length > 0) {
    warnings.push(`${created.length} member id(s) not known before were added for review: ${listSome(created)}`);
  }
  if (createdSeats.length > 0) {
    warnings.push(`${createdSeats.length} seat(s) no boundary set holds were added from the record for review: ${listSome(createdSeats)}`);
  }
  for (const r of renamed) warnings.push(`member ${r.memberId} is "${r.to}" in this record (the latest), formerly "${r.from}": renamed, the earlier name kept`);
  const result = { officialId: input.officialId, votes: voteRows.length, createdMembers: created, createdSeats, renamed, warnings, conflicts: [] };

  const existing = isHeld(tx, lookups, input.officialId) ? tx.select().from(divisions).where(eq(divisions.officialId, input.officialId)).get() : undefined;
  if (!existing) {
    const divisionId = insertDivision(tx, lookups, input);
    insertVotes(tx, lookups, divisionId, voteRows);
    noteMemberships(tx, lookups, voteRows, input.date, []);
    return { ...result, divisionId, status: 'new' };
  }

  const before = pickOfficial(existing);
  const after = officialFields(input);
  const changedFields = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
  const currentVotes = tx.select().from(votes).where(eq(votes.divisionId, existing.id)).all();
  const differences = diffVotes(currentVotes, voteRows);
  // A vote an editor corrected is theirs until an editor changes it again: where the record differs, the editor's
  // vote stands and the difference is reported, never silently replaced. Parliament's corrections of other votes apply.
  const corrections = differences.length > 0 ? listEditorCorrections(tx, existing.id) : new Map<number, EditorCorrection>();
  const kept = new Set(differences.filter((c) => corrections.has(c.personId)).map((c) => c.personId));
  const voteChanges = differences.filter((c) => !kept.has(c.personId));
  const standing = kept.size === 0 ? voteRows : [...voteRows.filter((r) => !kept.has(r.personId)), ...currentVotes.filter((v) => kept.has(v.personId))];
  const conflicts = kept.size === 0 ? [] : describeEditorConflicts(tx, [...kept], corrections, voteRows, currentVotes);

  if (changedFields.length === 0 && voteChanges.length === 0) {
    // Nothing to write, but the memberships the record shows are made sure of (a database from before they were kept).
    noteMemberships(tx, lookups, standing, input.date, []);
    return { ...result, conflicts, divisionId: existing.id, status: 'unchanged' };
  }

  // A corrected record is kept as the same revisions an editor's changes make (the division's own row,
  // and the votes that changed), so that it can be undone from the history like any other change.
  const revision = { actor: options.actor, reason: 'Parliament published a corrected record', importRunId: options.importRunId ?? null };
  if (changedFields.length > 0) {
    tx.update(divisions)
      .set({ ...after, updatedAt: new Date().toISOString() })
      .where(eq(divisions.id, existing.id))
      .run();
    const updated = tx.select().from(divisions).where(eq(divisions.id, existing.id)).get();
    recordRevision(tx, { ...revision, tableName: 'divisions', recordId: existing.id, action: 'update', before: existing, after: updated ?? null });
  }
  if (voteChanges.length > 0) {
    tx.delete(votes).where(eq(votes.divisionId, existing.id)).run();
    insertVotes(tx, lookups, existing.id, standing);
    const touched = new Set(voteChanges.map((c) => c.personId));
    const afterRows = tx.select().from(votes).where(eq(votes.divisionId, existing.id)).orderBy(votes.personId).all().filter((v) => touched.has(v.personId));
    const beforeRows = currentVotes.filter((v) => touched.has(v.personId)).sort((a, b) => a.personId - b.personId);
    recordRevision(tx, {
      ...revision,
      tableName: 'division_votes',
      recordId: existing.id,
      action: beforeRows.length > 0 ? 'update' : 'create',
      before: beforeRows.length > 0 ? { divisionId: existing.id, votes: beforeRows } : null,
      after: afterRows.length > 0 ? { divisionId: existing.id, votes: afterRows } : null,
    });
  }
  // A date moved, or votes changed party or seat or went: what the records show of those members is recomputed.
  const moved = before.date !== after.date ? [before.date, after.date] : [after.date];
  noteMemberships(tx, lookups, standing, input.date, voteChanges.map((c) => c.personId), moved);
  return { ...result, conflicts, divisionId: existing.id, status: 'changed' };
}

/** "1, 2, 3 and 367 more": a long list cut short for a summary line. */
function listSome(items: ReadonlyArray<string | number>, shown = 10): string {
  return items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
}

/**
 * Makes sure each member the record lists has a membership on its day (db/mutations/record-memberships.ts). The
 * people in `changed` (votes changed, added or gone) first have their record memberships around `days` recomputed
 * from the votes as they now stand.
 */
function noteMemberships(
  tx: Db,
  lookups: ImportLookups,
  rows: ReadonlyArray<VoteRow>,
  date: string,
  changed: ReadonlyArray<number>,
  days: ReadonlyArray<string> = [date],
): void {
  for (const personId of changed) for (const day of days) lookups.memberships.recomputeSpan(tx, personId, day, day);
  for (const r of rows) {
    if (r.partyId === null || r.partyId === undefined) continue;
    lookups.memberships.noteSeen(tx, r.personId, r.partyId, r.constituencyId ?? null, date);
  }
}

function pickOfficial(row: typeof divisions.$inferSelect) {
  return {
    officialId: row.officialId ?? 0,
    house: 'commons' as const,
    heldAt: row.heldAt,
    date: row.date,
    number: row.number,
    officialTitle: row.officialTitle,
    ayeCount: row.ayeCount,
    noCount: row.noCount,
    isDeferred: row.isDeferred,
    publicationUpdated: row.publicationUpdated,
  };
}

type HeldDivision = { id: number; officialId: number | null; officialTitle: string };

/**
 * Refuses a record whose house, day and number belong to another division held (one entered by hand, or an
 * official one under another DivisionId): the unique index would otherwise stop it with a bare SQLite error.
 * The division with the record's own official id is not another: a corrected record updates it.
 */
function refuseNumberClash(db: Db, lookups: ImportLookups, input: DivisionInput): void {
  const statement = lookups.statement(
    `SELECT id, official_id AS officialId, official_title AS officialTitle FROM divisions
     WHERE house = ? AND date = ? AND number = ? AND (official_id IS NULL OR official_id <> ?)`,
  );
  const held = (
    statement
      ? statement.get(input.house, input.date, input.number, input.officialId)
      : db.get(sql`SELECT id, official_id AS officialId, official_title AS officialTitle FROM divisions
          WHERE house = ${input.house} AND date = ${input.date} AND number = ${input.number} AND (official_id IS NULL OR official_id <> ${input.officialId})`)
  ) as HeldDivision | undefined;
  if (!held) return;
  const which = held.officialId !== null ? `division ${held.officialId}` : `“${held.officialTitle}” (no official id; /admin/divisions/${held.id})`;
  throw new ImportError(
    input.source,
    'Number',
    `division ${input.number} of ${formatDate(input.date)} in the Commons is already held as ${which}, but this record is division ${input.officialId}: ` +
      'nothing was loaded. If the one held is wrong, correct or delete it first',
  );
}

/** Whether the division is held already: a prepared one-column lookup on the bulk path, as most are new. */
function isHeld(db: Db, lookups: ImportLookups, officialId: number): boolean {
  const statement = lookups.statement('SELECT 1 FROM divisions WHERE official_id = ?');
  if (!statement) return true; // no raw connection: let the full select say
  return statement.get(officialId) !== undefined;
}

function insertDivision(db: Db, lookups: ImportLookups, input: DivisionInput): number {
  const fields = officialFields(input);
  const statement = lookups.statement(
    `INSERT INTO divisions (official_id, house, held_at, date, number, official_title, aye_count, no_count, is_deferred, publication_updated)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  if (statement) {
    const { officialId, house, heldAt, date, number, officialTitle, ayeCount, noCount, isDeferred, publicationUpdated } = fields;
    return Number(statement.run(officialId, house, heldAt, date, number, officialTitle, ayeCount, noCount, isDeferred ? 1 : 0, publicationUpdated).lastInsertRowid);
  }
  const [row] = db.insert(divisions).values(fields).returning({ id: divisions.id }).all();
  if (!row) throw new Error(`could not save division ${input.officialId}`);
  return row.id;
}

/** Vote rows a statement: 8 columns each, well under SQLite's bound-parameter limit. */
const VOTES_PER_STATEMENT = 100;

const insertVotesSqlByRows = new Map<number, string>();
function insertVotesSql(rows: number): string {
  let text = insertVotesSqlByRows.get(rows);
  if (!text) {
    const values = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    text = `INSERT INTO votes (division_id, person_id, position, is_teller, proxy_name, party_id, constituency_id, member_from) VALUES ${values}`;
    insertVotesSqlByRows.set(rows, text);
  }
  return text;
}

function insertVotes(db: Db, lookups: ImportLookups, divisionId: number, rows: VoteRow[]) {
  // The hot path of a bulk import: prepared statements on the raw connection, inside the caller's transaction
  // (same connection), 100 rows a statement. Not one a row: with the triggers that keep division_party_tallies
  // (drizzle/0005), SQLite journals the pages each statement changes (within the division's savepoint), and a
  // statement a row doubled the import's time. Without a raw connection (a caller's transaction handle), drizzle
  // inserts the same rows.
  for (let i = 0; i < rows.length; i += VOTES_PER_STATEMENT) {
    const chunk = rows.slice(i, i + VOTES_PER_STATEMENT);
    const statement = lookups.statement(insertVotesSql(chunk.length));
    if (statement) {
      statement.run(
        chunk.flatMap((r) => [divisionId, r.personId, r.position, r.isTeller ? 1 : 0, r.proxyName ?? null, r.partyId ?? null, r.constituencyId ?? null, r.memberFrom ?? null]),
      );
    } else {
      db.insert(votes)
        .values(chunk.map((r) => ({ ...r, divisionId })))
        .run();
    }
  }
}

type VoteSnapshot = { personId: number; position: VotePosition; isTeller: boolean; proxyName: string | null; partyId: number | null };

/** The people whose vote differs between what is stored and the new record (added, changed or gone). */
function diffVotes(current: VoteSnapshot[], next: VoteRow[]): { personId: number }[] {
  const key = (v: VoteSnapshot) => `${v.position}|${v.isTeller}|${v.proxyName ?? ''}|${v.partyId ?? ''}`;
  const byPerson = new Map(current.map((v) => [v.personId, v]));
  const changes: { personId: number }[] = [];
  for (const row of next) {
    const after: VoteSnapshot = {
      personId: row.personId,
      position: row.position,
      isTeller: row.isTeller ?? false,
      proxyName: row.proxyName ?? null,
      partyId: row.partyId ?? null,
    };
    const before = byPerson.get(row.personId);
    byPerson.delete(row.personId);
    if (!before || key(before) !== key(after)) changes.push({ personId: row.personId });
  }
  for (const gone of byPerson.values()) changes.push({ personId: gone.personId });
  return changes;
}
