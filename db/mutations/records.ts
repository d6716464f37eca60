import { and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../connection';
import { divisions, memberships, persons, posts, revisions, stances, topicDivisions, topics, votes, whips } from '../schema';
import type { RevisionAction } from '../schema/enums';
import { resyncRecordMemberships } from './record-memberships';
import { recordRevision, type Actor } from './revisions';

// "Nothing lost": every editor's change to a record goes through here, in the caller's transaction. Each
// writes a revision holding the whole record before and after, so that any change can be undone from its
// revision, and a deletion is only ever a revision away from being restored. Saves carry the `updatedAt`
// the editor's form was opened with; when the record has moved on since, the save is refused with both
// versions rather than overwriting the other editor's work.

export type Snapshot = Record<string, unknown>;

/** A kind of record editors change, and how to read, write and restore it whole. */
export type RecordKind = {
  /** The table name as revisions store it. */
  name: string;
  label: string;
  /**
   * The record as it is now. `like` is a snapshot of the same record from a revision: for a kind that is
   * a set of rows (a division's votes), it says which rows the revision was about.
   */
  read(db: Db, id: string, like?: Snapshot | null): Snapshot | null;
  insert(db: Db, snapshot: Snapshot): void;
  update(db: Db, id: string, snapshot: Snapshot): void;
  remove(db: Db, id: string, like?: Snapshot | null): void;
  /** A set of rows rather than one row: undo removes the rows the revision touched, then puts back the old ones. */
  isRowSet?: boolean;
};

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/** A record kind for a table with an integer `id`: the whole row is the snapshot. */
function rowKind(name: string, label: string, table: TableWithId): RecordKind {
  const idOf = (id: string) => Number(id);
  return {
    name,
    label,
    read: (db, id) => (db.select().from(table).where(eq(table.id, idOf(id))).get() as Snapshot | undefined) ?? null,
    insert: (db, snapshot) => void db.insert(table).values(reviveRow(table, snapshot)).run(),
    update: (db, id, snapshot) => {
      const { id: _id, ...rest } = reviveRow(table, snapshot);
      void _id;
      db.update(table).set(rest).where(eq(table.id, idOf(id))).run();
    },
    remove: (db, id) => void db.delete(table).where(eq(table.id, idOf(id))).run(),
  };
}

/** Only the table's own columns, keyed by property name: a snapshot may carry extra keys (children). */
function reviveRow(table: SQLiteTable, snapshot: Snapshot): Record<string, unknown> {
  const columns = getTableColumns(table);
  return Object.fromEntries(Object.keys(columns).filter((k) => k in snapshot).map((k) => [k, snapshot[k]]));
}

/** The day of a division, or null when it is not held. */
const dayOf = (db: Db, divisionId: number) =>
  db.select({ date: divisions.date }).from(divisions).where(eq(divisions.id, divisionId)).get()?.date ?? null;

/** The people with a vote in a division (or these of them), for recomputing what the records show of them. */
const votersOf = (db: Db, divisionId: number, only: number[] | null = null) =>
  only ?? db.select({ personId: votes.personId }).from(votes).where(eq(votes.divisionId, divisionId)).all().map((v) => v.personId);

/** Record memberships follow the votes (db/mutations/record-memberships.ts): recomputed for these people on these days. */
function resyncVoters(db: Db, personIds: ReadonlyArray<number>, days: ReadonlyArray<string | null>) {
  const known = days.filter((d): d is string => d !== null).sort();
  if (known.length === 0) return;
  resyncRecordMemberships(
    db,
    [...new Set(personIds)].map((personId) => ({ personId, from: known[0]!, to: known.at(-1)! })),
  );
}

/**
 * A membership's editor changes move the days record memberships may cover: recomputed over both periods. A record
 * membership written back by an undo is derived from the votes already, and needs none.
 */
const membershipKind: RecordKind = (() => {
  const base = rowKind('memberships', 'Membership', memberships);
  const resync = (db: Db, written: Snapshot | null, rows: ReadonlyArray<Snapshot | null>) => {
    if (written?.datesBasis === 'record') return;
    const periods = rows.filter((r): r is Snapshot => r !== null);
    const starts = periods.map((r) => String(r.startDate)).sort();
    const ends = periods.map((r) => (r.endDate ? String(r.endDate) : '9999-12-31')).sort();
    const personIds = [...new Set(periods.map((r) => Number(r.personId)))];
    resyncRecordMemberships(db, personIds.map((personId) => ({ personId, from: starts[0]!, to: ends.at(-1)! })));
  };
  return {
    ...base,
    insert: (db, snapshot) => {
      base.insert(db, snapshot);
      resync(db, snapshot, [snapshot]);
    },
    update: (db, id, snapshot) => {
      const before = base.read(db, id);
      base.update(db, id, snapshot);
      resync(db, snapshot, [before, snapshot]);
    },
    remove: (db, id) => {
      const before = base.read(db, id);
      base.remove(db, id);
      resync(db, null, [before]);
    },
  };
})();

/** A division is restored with what hangs off it: its votes, whips and topic links. */
const divisionKind: RecordKind = (() => {
  const base = rowKind('divisions', 'Division', divisions);
  const children = (db: Db, id: number) => {
    // The posts that name the division as the vote they ended over lose that link with it, and get it back with
    // it; kept only when there are some, so that snapshots written before this was kept still compare equal.
    const endedPosts = db.select({ id: posts.id }).from(posts).where(eq(posts.endedOverDivisionId, id)).all().map((p) => p.id);
    return {
      votes: db.select().from(votes).where(eq(votes.divisionId, id)).all(),
      whips: db.select().from(whips).where(eq(whips.divisionId, id)).all(),
      topicLinks: db.select().from(topicDivisions).where(eq(topicDivisions.divisionId, id)).all(),
      ...(endedPosts.length > 0 ? { postsEndedOver: endedPosts } : {}),
    };
  };
  const removeChildren = (db: Db, id: number) => {
    db.delete(votes).where(eq(votes.divisionId, id)).run();
    db.delete(whips).where(eq(whips.divisionId, id)).run();
    db.delete(topicDivisions).where(eq(topicDivisions.divisionId, id)).run();
    db.update(posts).set({ endedOverDivisionId: null }).where(eq(posts.endedOverDivisionId, id)).run();
  };
  return {
    ...base,
    // A whole division (with what hangs off it) unless the revision being undone held only its own row,
    // as edits of its details and the importer's corrections do.
    read: (db, id, like) => {
      const row = base.read(db, id);
      if (!row || (like && !('votes' in like))) return row;
      return { ...row, ...children(db, Number(id)) };
    },
    insert: (db, snapshot) => {
      base.insert(db, snapshot);
      const rows = snapshot as { votes?: (typeof votes.$inferInsert)[]; whips?: (typeof whips.$inferInsert)[]; topicLinks?: (typeof topicDivisions.$inferInsert)[] };
      for (let i = 0; i < (rows.votes?.length ?? 0); i += 100) db.insert(votes).values(rows.votes!.slice(i, i + 100)).run();
      if (rows.whips?.length) db.insert(whips).values(rows.whips).run();
      if (rows.topicLinks?.length) db.insert(topicDivisions).values(rows.topicLinks).run();
      const endedPosts = (snapshot as { postsEndedOver?: number[] }).postsEndedOver;
      if (endedPosts?.length) db.update(posts).set({ endedOverDivisionId: Number(snapshot.id) }).where(inArray(posts.id, endedPosts)).run();
      resyncVoters(db, (rows.votes ?? []).map((v) => v.personId), [String(snapshot.date)]);
    },
    // Editing a division's own fields never touches its votes (those have their own kind below), but a new day
    // moves what the records show of everyone in it.
    update: (db, id, snapshot) => {
      const before = dayOf(db, Number(id));
      base.update(db, id, snapshot);
      const after = dayOf(db, Number(id));
      if (before !== after) resyncVoters(db, votersOf(db, Number(id)), [before, after]);
    },
    remove: (db, id) => {
      const day = dayOf(db, Number(id));
      const voters = votersOf(db, Number(id));
      removeChildren(db, Number(id));
      base.remove(db, id);
      resyncVoters(db, voters, [day]);
    },
  };
})();

type VoteRow = typeof votes.$inferSelect;
const personIdsOf = (like: Snapshot | null | undefined) =>
  like && Array.isArray(like.votes) ? (like.votes as VoteRow[]).map((v) => v.personId) : null;

/**
 * Some of a division's votes, as a CSV paste or a single correction changes them. The record id is the
 * division's id; a revision holds only the votes that changed.
 */
const divisionVotesKind: RecordKind = {
  name: 'division_votes',
  label: 'Votes',
  isRowSet: true,
  read: (db, id, like) => {
    const only = personIdsOf(like);
    const where = only ? and(eq(votes.divisionId, Number(id)), inArray(votes.personId, only)) : eq(votes.divisionId, Number(id));
    const rows = db.select().from(votes).where(where).orderBy(votes.personId).all();
    return rows.length > 0 ? { divisionId: Number(id), votes: rows } : null;
  },
  insert: (db, snapshot) => divisionVotesKind.update(db, String(snapshot.divisionId), snapshot),
  update: (db, id, snapshot) => {
    const rows = (snapshot.votes ?? []) as VoteRow[];
    for (const row of rows) {
      const { divisionId: _d, personId: _p, ...rest } = row;
      void _d;
      void _p;
      db.insert(votes).values(row).onConflictDoUpdate({ target: [votes.divisionId, votes.personId], set: rest }).run();
    }
    resyncVoters(db, rows.map((r) => r.personId), [dayOf(db, Number(id))]);
  },
  remove: (db, id, like) => {
    const only = personIdsOf(like);
    const voters = votersOf(db, Number(id), only);
    const where = only ? and(eq(votes.divisionId, Number(id)), inArray(votes.personId, only)) : eq(votes.divisionId, Number(id));
    db.delete(votes).where(where).run();
    resyncVoters(db, voters, [dayOf(db, Number(id))]);
  },
};

/** A topic's link to a division (composite key "topicId:divisionId"). */
const topicLinkKind: RecordKind = {
  name: 'topic_divisions',
  label: 'Topic link',
  read: (db, id) => {
    const [topicId, divisionId] = id.split(':').map(Number) as [number, number];
    return (
      (db
        .select()
        .from(topicDivisions)
        .where(and(eq(topicDivisions.topicId, topicId), eq(topicDivisions.divisionId, divisionId)))
        .get() as Snapshot | undefined) ?? null
    );
  },
  insert: (db, snapshot) => void db.insert(topicDivisions).values(snapshot as typeof topicDivisions.$inferInsert).run(),
  update: (db, id, snapshot) => {
    const [topicId, divisionId] = id.split(':').map(Number) as [number, number];
    db.update(topicDivisions)
      .set({ supportingLobby: snapshot.supportingLobby as 'aye' | 'no' })
      .where(and(eq(topicDivisions.topicId, topicId), eq(topicDivisions.divisionId, divisionId)))
      .run();
  },
  remove: (db, id) => {
    const [topicId, divisionId] = id.split(':').map(Number) as [number, number];
    db.delete(topicDivisions).where(and(eq(topicDivisions.topicId, topicId), eq(topicDivisions.divisionId, divisionId))).run();
  },
};

export const RECORD_KINDS: Record<string, RecordKind> = Object.fromEntries(
  [
    rowKind('persons', 'Person', persons),
    membershipKind,
    rowKind('posts', 'Post', posts),
    divisionKind,
    divisionVotesKind,
    rowKind('whips', 'Whip', whips),
    rowKind('topics', 'Topic', topics),
    topicLinkKind,
    rowKind('stances', 'Stance', stances),
  ].map((k) => [k.name, k]),
);

export function recordKind(name: string): RecordKind {
  const kind = RECORD_KINDS[name];
  if (!kind) throw new Error(`Unknown record kind: ${name}`);
  return kind;
}

/** What a save or delete came to. `conflict` carries the record as it is now, to show beside the editor's. */
export type WriteResult =
  | { status: 'saved'; id: string; revisionId: number; before?: Snapshot | null }
  | { status: 'conflict'; current: Snapshot | null }
  | { status: 'not_found' };

/** `batchId`: the header of the bulk change this write is one row of (see recordBatchHeader). */
type WriteOptions = { actor: Actor; reason?: string | null; batchId?: number | null };

function lastRevisionId(db: Db): number {
  return db.get<{ id: number }>(sql`select max(${revisions.id}) as id from ${revisions}`).id;
}

function write(db: Db, kind: RecordKind, id: string, action: RevisionAction, before: Snapshot | null, after: Snapshot | null, options: WriteOptions) {
  recordRevision(db, {
    actor: options.actor,
    tableName: kind.name,
    recordId: id,
    action,
    before,
    after,
    reason: options.reason ?? null,
    batchId: options.batchId ?? null,
  });
  return lastRevisionId(db);
}

/** The revisions' table name of a bulk change's header: the change that stands for a whole file. */
export const BATCH_TABLE = 'batches';

/** What a bulk change's header holds: the kind of file, its name, what it did and how many lines it read. */
export type BatchSummary = { kind: 'whips' | 'posts' | 'stances'; file: string; counts: { new: number; changed: number; unchanged: number }; rows: number };

/**
 * Writes the header of a bulk change (a CSV of whips, posts or statements), whose id its rows' revisions carry as
 * `batchId`: the history lists the file as this one change, and undoing it undoes every row. Its record id is its
 * own id. Returns that id.
 */
export function recordBatchHeader(
  db: Db,
  entry: { actor: Actor; reason?: string | null; action: 'create' | 'undo'; after: BatchSummary; undoOf?: number | null },
): number {
  recordRevision(db, { actor: entry.actor, tableName: BATCH_TABLE, recordId: '', action: entry.action, before: null, after: entry.after, reason: entry.reason ?? null, undoOf: entry.undoOf ?? null });
  const id = lastRevisionId(db);
  db.update(revisions).set({ recordId: String(id) }).where(eq(revisions.id, id)).run();
  return id;
}

/** Creates a record (values without `id`; the database assigns it) and writes its revision. */
export function createRecord(db: Db, kindName: string, values: Snapshot, options: WriteOptions & { id?: string }): WriteResult {
  const kind = recordKind(kindName);
  kind.insert(db, values);
  const id = options.id ?? String(db.get<{ id: number }>(sql`select last_insert_rowid() as id`).id);
  const after = kind.read(db, id);
  return { status: 'saved', id, revisionId: write(db, kind, id, 'create', null, after, options) };
}

/**
 * Updates a record if it is still as the editor saw it (`expectedUpdatedAt`), and writes its revision;
 * otherwise returns the current version as a conflict.
 */
export function updateRecord(
  db: Db,
  kindName: string,
  id: string,
  values: Snapshot,
  options: WriteOptions & { expectedUpdatedAt: string | null },
): WriteResult {
  const kind = recordKind(kindName);
  // Read as much of the record as the edit is about (a division's details, not its 650 votes).
  const before = kind.read(db, id, values);
  if (!before) return { status: 'not_found' };
  if (options.expectedUpdatedAt !== null && before.updatedAt !== options.expectedUpdatedAt) return { status: 'conflict', current: before };
  kind.update(db, id, { ...before, ...values, updatedAt: newTimestamp(before.updatedAt) });
  const after = kind.read(db, id, values);
  return { status: 'saved', id, revisionId: write(db, kind, id, 'update', before, after, options) };
}

/**
 * Writes some of a division's votes (a CSV paste, a correction) and keeps the ones that changed, before
 * and after, in one revision. Votes that are already as given are left out.
 */
export function writeVotes(
  db: Db,
  divisionId: number,
  rows: VoteRow[],
  options: WriteOptions,
): { status: 'saved'; id: string; revisionId: number; changed: number } {
  const kind = divisionVotesKind;
  const id = String(divisionId);
  const current = kind.read(db, id, { votes: rows });
  const currentByPerson = new Map(((current?.votes ?? []) as VoteRow[]).map((v) => [v.personId, v]));
  const changed = rows.filter((row) => !sameContent(currentByPerson.get(row.personId) ?? null, row));
  if (changed.length === 0) return { status: 'saved', id, revisionId: lastRevisionId(db), changed: 0 };
  const like = { votes: changed };
  const before = kind.read(db, id, like);
  kind.update(db, id, { divisionId, votes: changed });
  const after = kind.read(db, id, like);
  return { status: 'saved', id, revisionId: write(db, kind, id, before ? 'update' : 'create', before, after, options), changed: changed.length };
}

/** Deletes a record (and, for a division, what hangs off it), keeping all of it in the revision. */
export function deleteRecord(db: Db, kindName: string, id: string, options: WriteOptions & { expectedUpdatedAt: string | null }): WriteResult {
  const kind = recordKind(kindName);
  const before = kind.read(db, id);
  if (!before) return { status: 'not_found' };
  if (options.expectedUpdatedAt !== null && before.updatedAt !== options.expectedUpdatedAt) return { status: 'conflict', current: before };
  kind.remove(db, id);
  return { status: 'saved', id, revisionId: write(db, kind, id, 'delete', before, null, options), before };
}

export type UndoResult = { status: 'undone'; revisionId: number } | { status: 'refused'; reason: string };

type Revision = typeof revisions.$inferSelect;

/** An undo checked and ready to apply: the record as it is now and what it goes back to. */
type PreparedUndo = { revision: Revision; kind: RecordKind; id: string; like: Snapshot | null; current: Snapshot | null; target: Snapshot | null };

/** Refused when the record has changed since the revision (undo the later change first), so an undo never silently loses work. */
function prepareUndo(db: Db, revision: Revision): PreparedUndo | { refused: string } {
  const kind = RECORD_KINDS[revision.tableName];
  if (!kind) return { refused: `Changes to ${revision.tableName} cannot be undone here.` };
  const id = revision.recordId;
  const like = revision.after ?? revision.before;
  const current = kind.read(db, id, like);
  if (!sameContent(current, revision.after ?? null)) {
    return { refused: `This ${kind.label.toLowerCase()} has changed since; undo the later change first.` };
  }
  return { revision, kind, id, like, current, target: revision.before ?? null };
}

/** Puts the record back as it was before the revision: a creation is deleted, a deletion restored, an update put back. */
function applyUndo(db: Db, { kind, id, like, current, target }: PreparedUndo): void {
  if (kind.isRowSet) {
    kind.remove(db, id, like);
    if (target !== null) kind.insert(db, target);
  } else if (target === null) kind.remove(db, id, like);
  else if (current === null) kind.insert(db, target);
  else kind.update(db, id, { ...target, updatedAt: newTimestamp(current.updatedAt) });
}

/** The undo's own revision, naming the one it undid (and, for a row of a bulk change, the undo's header). */
function recordUndo(db: Db, prepared: PreparedUndo, options: WriteOptions & { reason: string }): number {
  const { revision, kind, id, like, current } = prepared;
  const after = kind.read(db, id, like);
  recordRevision(db, { actor: options.actor, tableName: kind.name, recordId: id, action: 'undo', before: current, after, reason: options.reason, undoOf: revision.id, batchId: options.batchId ?? null });
  return lastRevisionId(db);
}

const isForeignKeyError = (error: unknown) => (error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';

/**
 * Undoes a revision: a creation is deleted, a deletion restored, an update put back. Refused when the
 * record has changed since (undo the later change first), so an undo never silently loses work.
 * The undo is itself a revision, and can be undone in turn. A bulk change is undone whole, through its header.
 */
export function undoRevision(db: Db, revisionId: number, options: WriteOptions): UndoResult {
  const revision = db.select().from(revisions).where(eq(revisions.id, revisionId)).get();
  if (!revision) return { status: 'refused', reason: 'There is no such change.' };
  const reason = options.reason ?? `Undo of change #${revision.id}`;
  if (revision.tableName === BATCH_TABLE) return undoBatch(db, revision, { ...options, reason });
  if (revision.batchId !== null) {
    return { status: 'refused', reason: `This change is one row of bulk change #${revision.batchId}: undo that change, which takes back the whole file.` };
  }
  const prepared = prepareUndo(db, revision);
  if ('refused' in prepared) return { status: 'refused', reason: prepared.refused };
  try {
    // In a savepoint: a record others now refer to (a person with a new membership) cannot be removed,
    // and one whose parent has gone cannot be put back; refuse rather than fail the whole request.
    db.transaction((sp) => applyUndo(sp, prepared));
  } catch (error) {
    if (!isForeignKeyError(error)) throw error;
    return {
      status: 'refused',
      reason: `Other records still refer to this ${prepared.kind.label.toLowerCase()}, or it refers to one that has gone: change those first.`,
    };
  }
  return { status: 'undone', revisionId: recordUndo(db, prepared, { ...options, reason }) };
}

/**
 * Undoes every row of a bulk change, last first, in one savepoint: all of them or, when any row's record has
 * changed since, none. The undo is a bulk change of its own (a header with action 'undo' naming the header undone,
 * and a row revision per record naming the row undone), so undoing it writes the file again the same way.
 */
function undoBatch(db: Db, header: Revision, options: WriteOptions & { reason: string }): UndoResult {
  const items = db.select().from(revisions).where(eq(revisions.batchId, header.id)).orderBy(desc(revisions.id)).all();
  const prepared: PreparedUndo[] = [];
  const changed: string[] = [];
  for (const item of items) {
    const ready = prepareUndo(db, item);
    if ('refused' in ready) changed.push(`${RECORD_KINDS[item.tableName]?.label.toLowerCase() ?? item.tableName} #${item.recordId} (change #${item.id})`);
    else prepared.push(ready);
  }
  if (changed.length > 0) {
    const some = changed.length > 5 ? `${changed.slice(0, 5).join(', ')} and ${changed.length - 5} more` : changed.join(', ');
    return {
      status: 'refused',
      reason: `Nothing was undone: ${changed.length} of the ${items.length} records this change wrote ${changed.length === 1 ? 'has' : 'have'} changed since (${some}). Undo the later changes first.`,
    };
  }
  try {
    const undoId = db.transaction((sp) => {
      const id = recordBatchHeader(sp, { actor: options.actor, reason: options.reason, action: 'undo', after: header.after as BatchSummary, undoOf: header.id });
      for (const ready of prepared) {
        applyUndo(sp, ready);
        recordUndo(sp, ready, { ...options, batchId: id });
      }
      return id;
    });
    return { status: 'undone', revisionId: undoId };
  } catch (error) {
    if (!isForeignKeyError(error)) throw error;
    return { status: 'refused', reason: 'Nothing was undone: other records still refer to records this change wrote, or they refer to ones that have gone: change those first.' };
  }
}

const IGNORED = new Set(['updatedAt', 'createdAt']);

/** Equal but for timestamps; JSON round-trips make both sides plain data. */
export function sameContent(a: Snapshot | null, b: Snapshot | null): boolean {
  if (a === null || b === null) return a === b;
  const strip = (s: Snapshot) => JSON.stringify(Object.keys(s).filter((k) => !IGNORED.has(k)).sort().map((k) => [k, s[k]]));
  return strip(JSON.parse(JSON.stringify(a))) === strip(JSON.parse(JSON.stringify(b)));
}

/** A timestamp strictly after the previous one, so that two saves in the same millisecond still differ. */
function newTimestamp(previous: unknown): string {
  const now = new Date();
  if (typeof previous === 'string' && now.toISOString() <= previous) return new Date(Date.parse(previous) + 1).toISOString();
  return now.toISOString();
}
