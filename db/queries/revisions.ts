import 'server-only';
import { and, desc, eq, gte, inArray, isNull, like, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { revisions, type RevisionAction } from '@/db/schema';
import type { ChangesFilter } from '@/lib/view/changes-filter';
import { referencedIds } from '@/lib/view/revision-view';
import { emptyNameBook, type NameBook } from '@/lib/view/revision-words';

export type RevisionRow = {
  id: number;
  actorLabel: string;
  at: string;
  tableName: string;
  recordId: string;
  action: RevisionAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  /** For an undo: the change it undid. */
  undoOf: number | null;
  /** For one record of a bulk change: the change that stands for the whole file. */
  batchId: number | null;
};

/** The columns of a change as the history views show it. */
export const revisionColumns = {
  id: revisions.id,
  actorLabel: revisions.actorLabel,
  at: revisions.at,
  tableName: revisions.tableName,
  recordId: revisions.recordId,
  action: revisions.action,
  before: revisions.before,
  after: revisions.after,
  reason: revisions.reason,
  undoOf: revisions.undoOf,
  batchId: revisions.batchId,
};

/** Every change to one record, newest first. */
export function listRecordRevisions(tableName: string, recordId: string | number): RevisionRow[] {
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(and(eq(revisions.tableName, tableName), eq(revisions.recordId, String(recordId))))
    .orderBy(desc(revisions.id))
    .all();
}

export function getRevision(id: number): RevisionRow | null {
  return getDb().select(revisionColumns).from(revisions).where(eq(revisions.id, id)).get() ?? null;
}

export const CHANGES_PAGE_SIZE = 50;

const snapshotField = (path: string) => sql`json_extract(coalesce(${revisions.after}, ${revisions.before}), ${path})`;

/**
 * The internal ids a division with this official number has had (its own, or, once deleted, the one its history
 * names), so that its changes can be found after it has gone.
 */
export function findDivisionRecordIds(officialNumber: number): number[] {
  const db = getDb();
  const live = db.all<{ id: number }>(sql`select id from divisions where official_id = ${officialNumber}`).map((r) => r.id);
  const past = db
    .selectDistinct({ recordId: revisions.recordId })
    .from(revisions)
    .where(and(eq(revisions.tableName, 'divisions'), sql`${snapshotField('$.officialId')} = ${officialNumber}`))
    .all()
    .map((r) => Number(r.recordId));
  return [...new Set([...live, ...past])];
}

/** Recent changes across the site, newest first, filtered as /admin/changes asks (see lib/view/changes-filter.ts). */
export function listChanges(filter: ChangesFilter & { divisionIds?: number[] }): RevisionRow[] {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(eq(revisions.actorLabel, filter.actor));
  if (filter.tableName) conditions.push(eq(revisions.tableName, filter.tableName));
  if (filter.recordId) conditions.push(eq(revisions.recordId, filter.recordId));
  // The rows of a bulk change are listed under it, unless the records of one kind are asked for.
  if (!filter.tableName || filter.tableName === 'batches') conditions.push(isNull(revisions.batchId));
  if (filter.fromAt) conditions.push(gte(revisions.at, filter.fromAt));
  if (filter.toAt) conditions.push(lt(revisions.at, filter.toAt));
  if (filter.before) conditions.push(lt(revisions.id, filter.before));
  switch (filter.kind) {
    case 'created':
      conditions.push(eq(revisions.action, 'create'), ne(revisions.tableName, 'batches'));
      break;
    case 'edited':
      conditions.push(eq(revisions.action, 'update'));
      break;
    case 'deleted':
      conditions.push(eq(revisions.action, 'delete'));
      break;
    case 'restored':
      conditions.push(eq(revisions.action, 'restore'));
      break;
    case 'undo':
      conditions.push(eq(revisions.action, 'undo'));
      break;
    case 'bulk':
      conditions.push(eq(revisions.tableName, 'batches'));
      break;
  }
  if (filter.divisionIds) {
    const ids = filter.divisionIds;
    const recordIds = ids.map(String);
    conditions.push(
      or(
        and(inArray(revisions.tableName, ['divisions', 'division_votes']), inArray(revisions.recordId, recordIds.length > 0 ? recordIds : ['-'])),
        and(eq(revisions.tableName, 'whips'), sql`${snapshotField('$.divisionId')} in (select value from json_each(${JSON.stringify(ids)}))`),
        and(eq(revisions.tableName, 'posts'), sql`${snapshotField('$.endedOverDivisionId')} in (select value from json_each(${JSON.stringify(ids)}))`),
        ...ids.map((id) => and(eq(revisions.tableName, 'topic_divisions'), like(revisions.recordId, `%:${id}`))),
      )!,
    );
  }
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(revisions.id))
    .limit(CHANGES_PAGE_SIZE)
    .all();
}

/** Who has made changes, for the filter. */
export function listChangeActors(): string[] {
  return getDb()
    .selectDistinct({ actor: revisions.actorLabel })
    .from(revisions)
    .orderBy(revisions.actorLabel)
    .all()
    .map((r) => r.actor);
}

/** What a list of changes needs beyond their rows: the names they refer to, what undid them, a bulk change's rows. */
export type RevisionContext = {
  names: NameBook;
  /** Change id → the undo that undid it (the latest, where it was undone more than once). */
  undoneBy: Map<number, number>;
  /** A bulk change's id → the records it wrote, in order. */
  items: Map<number, RevisionRow[]>;
};

/**
 * Reads what the history shows around these changes in three queries, whatever their number: the undos that name
 * them, the rows of bulk changes, and in one query the names of every party, person, division, topic and seat.
 */
export function getRevisionContext(rows: ReadonlyArray<RevisionRow>): RevisionContext {
  const db = getDb();
  const ids = rows.map((r) => r.id);
  const undoneBy = new Map<number, number>();
  const items = new Map<number, RevisionRow[]>();
  if (ids.length > 0) {
    for (const u of db
      .select({ id: revisions.id, undoOf: revisions.undoOf })
      .from(revisions)
      .where(inArray(revisions.undoOf, ids))
      .orderBy(revisions.id)
      .all()) {
      if (u.undoOf !== null) undoneBy.set(u.undoOf, u.id);
    }
    const headers = rows.filter((r) => r.tableName === 'batches').map((r) => r.id);
    if (headers.length > 0) {
      for (const item of db.select(revisionColumns).from(revisions).where(inArray(revisions.batchId, headers)).orderBy(revisions.id).all()) {
        const list = items.get(item.batchId!) ?? [];
        list.push(item);
        items.set(item.batchId!, list);
      }
    }
  }
  const all = [...rows, ...[...items.values()].flat()];
  return { names: readNames(referencedIds(all)), undoneBy, items };
}

type NameRow = { kind: string; id: number; name: string; extra: string | number | null; extra2: string | null };

/** The names of the records behind these ids, in one query. */
export function readNames(ids: ReturnType<typeof referencedIds>): NameBook {
  const book = emptyNameBook();
  const total = ids.parties.length + ids.persons.length + ids.divisions.length + ids.topics.length + ids.constituencies.length;
  if (total === 0) return book;
  const list = (values: number[]) => JSON.stringify(values);
  const rows = getDb().all<NameRow>(sql`
    select 'party' as kind, id, name, abbreviation as extra, null as extra2 from parties where id in (select value from json_each(${list(ids.parties)}))
    union all
    select 'person', id, name, parliament_id, null from persons where id in (select value from json_each(${list(ids.persons)}))
    union all
    select 'division', id, coalesce(short_title, official_title), official_id, date from divisions where id in (select value from json_each(${list(ids.divisions)}))
    union all
    select 'topic', id, title, slug, null from topics where id in (select value from json_each(${list(ids.topics)}))
    union all
    select 'seat', id, name, null, null from constituencies where id in (select value from json_each(${list(ids.constituencies)}))
  `);
  for (const r of rows) {
    if (r.kind === 'party') book.parties.set(r.id, { name: r.name, abbreviation: String(r.extra) });
    else if (r.kind === 'person') book.persons.set(r.id, { name: r.name, parliamentId: r.extra === null ? null : Number(r.extra) });
    else if (r.kind === 'division') book.divisions.set(r.id, { title: r.name, officialId: r.extra === null ? null : Number(r.extra), date: r.extra2 ?? '' });
    else if (r.kind === 'topic') book.topics.set(r.id, { title: r.name, slug: String(r.extra) });
    else book.constituencies.set(r.id, { name: r.name });
  }
  return book;
}

/** The latest change to the same record after this one: what stands in the way of undoing it. */
export function getLaterChange(revision: Pick<RevisionRow, 'id' | 'tableName' | 'recordId'>): RevisionRow | null {
  return (
    getDb()
      .select(revisionColumns)
      .from(revisions)
      .where(and(eq(revisions.tableName, revision.tableName), eq(revisions.recordId, revision.recordId), sql`${revisions.id} > ${revision.id}`))
      .orderBy(desc(revisions.id))
      .limit(1)
      .get() ?? null
  );
}
