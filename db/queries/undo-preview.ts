import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { RECORD_KINDS, sameContent } from '@/db/mutations/records';
import { revisions } from '@/db/schema';
import { listInWords, plural } from '@/lib/view/format';
import { describeChange, diffRevision, recordSubject, type FieldChange } from '@/lib/view/revision-view';
import { nounFor, type NameBook } from '@/lib/view/revision-words';
import { countDivisionChildren, divisionChildrenWords } from './delete-impact';
import { getLaterChange, getRevision, getRevisionContext, revisionColumns, type RevisionContext, type RevisionRow } from './revisions';

// What undoing a change would do, said before it is done (/admin/changes/{id}/undo): the same checks as
// undoRevision (db/mutations/records.ts) makes, read without writing, and the records it would touch counted.

export type UndoPreview = {
  revision: RevisionRow;
  context: RevisionContext;
  /** The change in words, as the history lists it. */
  description: string;
} & (
  | {
      status: 'ready';
      /** What the undo will do, in sentences: "This will delete division 1666 with its 650 votes, 3 whips and 1 topic link." */
      effects: string[];
      /** For an undo that puts back earlier values: each field, from now to what it goes back to. */
      fields: FieldChange[];
    }
  | {
      status: 'refused';
      reason: string;
      /** The change that stands in the way, to undo first. */
      blocking: RevisionRow | null;
    }
);

type Snapshot = Record<string, unknown>;

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const lengthOf = (s: Snapshot | null, key: string) => (s && Array.isArray(s[key]) ? (s[key] as unknown[]).length : 0);

/** A subject inside a sentence: "the post of Yasmin Qureshi (…)", "division 1666 (…)", "Labour’s whip on division 1666". */
function inSentence(subject: string): string {
  if (/^(Post|Membership|Person|Topic|Link|Statement|Account)\b/.test(subject)) return `the ${subject[0]!.toLowerCase()}${subject.slice(1)}`;
  if (/^(Division|Votes)\b/.test(subject)) return subject[0]!.toLowerCase() + subject.slice(1);
  return subject;
}

/** The effects of undoing one change of one record (not a bulk change). */
function recordEffects(revision: RevisionRow, current: Snapshot | null, names: NameBook): { effects: string[]; fields: FieldChange[] } {
  const subject = inSentence(recordSubject(revision, names));
  const target = revision.before;
  if (revision.tableName === 'division_votes') {
    const before = (target?.votes ?? []) as { personId: number }[];
    const after = (revision.after?.votes ?? []) as { personId: number }[];
    const had = new Set(before.map((v) => v.personId));
    const added = after.filter((v) => !had.has(v.personId)).length;
    const parts = [before.length > 0 ? `put back ${plural(before.length, 'vote')} as they were` : null, added > 0 ? `delete ${plural(added, 'vote')} that the change added` : null];
    return {
      effects: [`This will ${listInWords(parts.filter((p): p is string => p !== null))} in ${subject.replace(/^votes in /, '')}.`],
      fields: diffRevision({ tableName: 'division_votes', before: current, after: target }, names),
    };
  }
  if (target === null) {
    if (revision.tableName === 'divisions') {
      const counts = countDivisionChildren(Number(revision.recordId));
      const posts = counts.posts > 0 ? `, and clear it from ${plural(counts.posts, 'post')} that name it as the vote they ended over` : '';
      return { effects: [`This will delete ${subject}${divisionChildrenWords(counts)}${posts}.`], fields: [] };
    }
    return { effects: [`This will delete ${subject}.`], fields: [] };
  }
  if (current === null) {
    if (revision.tableName === 'divisions') {
      const counts = { votes: lengthOf(target, 'votes'), whips: lengthOf(target, 'whips'), topicLinks: lengthOf(target, 'topicLinks') };
      return { effects: [`This will put back ${subject}${divisionChildrenWords(counts)}.`], fields: [] };
    }
    return { effects: [`This will put back ${subject}.`], fields: [] };
  }
  const fields = diffRevision({ tableName: revision.tableName, before: current, after: target }, names);
  return { effects: [`This will put back the earlier ${fields.length === 1 ? 'value' : 'values'} of ${subject}:`], fields };
}

/** The preview of undoing a change, or null when there is no such change. */
export function getUndoPreview(revisionId: number): UndoPreview | null {
  const revision = getRevision(revisionId);
  if (!revision) return null;
  const db = getDb();
  const context = getRevisionContext([revision]);
  const base = { revision, context, description: describeChange(revision, context.names) };
  const refuse = (reason: string, blocking: RevisionRow | null = null): UndoPreview => ({ ...base, status: 'refused', reason, blocking });

  if (revision.tableName === 'users') return refuse('Changes to accounts are made on the account’s own page, and cannot be undone here.');
  if (revision.batchId !== null) {
    return refuse(`This is one record of bulk change #${revision.batchId}. Undo that change instead: it takes back the whole file at once.`, getRevision(revision.batchId));
  }

  if (revision.tableName === 'batches') {
    const items = context.items.get(revision.id) ?? [];
    const tally = new Map<string, { restore: number; remove: number; revert: number }>();
    for (const item of items) {
      const kind = RECORD_KINDS[item.tableName];
      if (!kind) return refuse(`Changes to ${item.tableName} cannot be undone here.`);
      const current = kind.read(db, item.recordId, item.after ?? item.before);
      if (!sameContent(current, item.after)) {
        const later = getLaterChange(item);
        return refuse(
          `${capitalise(inSentence(recordSubject(item, context.names)))} has changed since this bulk change wrote it${later ? `, in change #${later.id}` : ''}. Undo the later change first; nothing in the file is undone until then.`,
          later,
        );
      }
      const counts = tally.get(item.tableName) ?? { restore: 0, remove: 0, revert: 0 };
      if (item.before === null) counts.remove++;
      else if (item.after === null) counts.restore++;
      else counts.revert++;
      tally.set(item.tableName, counts);
    }
    const parts: string[] = [];
    for (const [table, c] of tally) {
      if (c.revert > 0) parts.push(`put back the earlier values of ${plural(c.revert, nounFor(table), nounFor(table, 2))}`);
      if (c.restore > 0) parts.push(`put back ${plural(c.restore, nounFor(table), nounFor(table, 2))}`);
      if (c.remove > 0) parts.push(`delete ${plural(c.remove, nounFor(table), nounFor(table, 2))}`);
    }
    const effects =
      parts.length > 0
        ? [`This will ${listInWords(parts)}: all ${plural(items.length, 'record')} the file wrote, in one change.`]
        : ['This bulk change wrote no records: undoing it changes nothing but the history.'];
    return { ...base, status: 'ready', effects, fields: [] };
  }

  const kind = RECORD_KINDS[revision.tableName];
  if (!kind) return refuse(`Changes to ${revision.tableName} cannot be undone here.`);
  const current = kind.read(db, revision.recordId, revision.after ?? revision.before);
  if (!sameContent(current, revision.after)) {
    const undoneBy = context.undoneBy.get(revision.id);
    if (undoneBy !== undefined) {
      return refuse(`This change was undone already, by change #${undoneBy}. To make it again, undo that undo.`, getRevision(undoneBy));
    }
    const later = getLaterChange(revision);
    return refuse(
      later
        ? `The record has changed since: change #${later.id} (${describeChange(later, getRevisionContext([later]).names)}, by ${later.actorLabel}) came after it. Undo that change first.`
        : 'The record has changed since, outside the history (an import or a change to a record it depends on). Edit it by hand instead.',
      later,
    );
  }
  return { ...base, status: 'ready', ...recordEffects(revision, current, context.names) };
}

/** The ids of the records an undo touches, for refreshing their public pages. */
export function listBatchItems(headerId: number): RevisionRow[] {
  return getDb().select(revisionColumns).from(revisions).where(eq(revisions.batchId, headerId)).all();
}
