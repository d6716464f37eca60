import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { RECORD_KINDS } from '@/db/mutations/records';
import { personDeleteBlocker } from '@/db/mutations/person-edits';
import { changeLinks, recordSubject, referencedIds } from '@/lib/view/revision-view';
import { readNames } from './revisions';

// What deleting a record takes with it, counted, for the page that asks the editor to confirm a deletion.

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const listWords = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** What hangs off a division: its votes, whips, topic links, and the posts that name it as the vote they ended over. */
export function countDivisionChildren(divisionId: number): { votes: number; whips: number; topicLinks: number; posts: number } {
  return getDb().get<{ votes: number; whips: number; topicLinks: number; posts: number }>(sql`
    select (select count(*) from votes where division_id = ${divisionId}) as votes,
           (select count(*) from whips where division_id = ${divisionId}) as whips,
           (select count(*) from topic_divisions where division_id = ${divisionId}) as topicLinks,
           (select count(*) from posts where ended_over_division_id = ${divisionId}) as posts`);
}

/** "with its 650 votes, 3 whips and 1 topic link", or nothing when nothing hangs off it. */
export function divisionChildrenWords(counts: { votes: number; whips: number; topicLinks: number }): string {
  const parts = [
    counts.votes > 0 ? plural(counts.votes, 'vote') : null,
    counts.whips > 0 ? plural(counts.whips, 'whip') : null,
    counts.topicLinks > 0 ? plural(counts.topicLinks, 'topic link') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? ` with its ${listWords(parts)}` : '';
}

export type DeleteImpact = {
  /** "Division 1666 (“King’s Speech …”)", "Post of Yasmin Qureshi (Shadow Minister …)". */
  subject: string;
  /** What the deletion will do, in sentences with counts. */
  effects: string[];
  /** Why it cannot be deleted yet, when something still needs it. */
  blocker: string | null;
  /** The version the record is at now (its updatedAt). */
  version: string;
  publicHref: string | null;
};

/** The impact of deleting a record of one kind (a table of db/mutations/records.ts), or null when there is none. */
export function getDeleteImpact(tableName: string, id: number): DeleteImpact | null {
  const kind = RECORD_KINDS[tableName];
  if (!kind) return null;
  const db = getDb();
  const row = kind.read(db, String(id));
  if (!row) return null;
  const revision = { tableName, recordId: String(id), before: null, after: row };
  const names = readNames(referencedIds([revision]));
  const subject = recordSubject(revision, names);
  const inSentence = /^(Division)\b/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : `the ${subject[0]!.toLowerCase()}${subject.slice(1)}`;
  const effects: string[] = [];
  let blocker: string | null = null;
  if (tableName === 'divisions') {
    const counts = countDivisionChildren(id);
    effects.push(`This will delete ${inSentence}${divisionChildrenWords(counts)}.`);
    if (counts.posts > 0) {
      effects.push(`${plural(counts.posts, 'post')} that ${counts.posts === 1 ? 'names' : 'name'} it as the vote ${counts.posts === 1 ? 'it' : 'they'} ended over will no longer name it (undoing the deletion puts the link back).`);
    }
    effects.push('Its public page, and its votes on every MP’s page, go at once.');
  } else {
    if (tableName === 'persons') blocker = personDeleteBlocker(db, id);
    effects.push(`This will delete ${inSentence}.`);
    effects.push('The public pages no longer show it.');
  }
  return { subject, effects, blocker, version: String(row.updatedAt ?? ''), publicHref: changeLinks(revision, names).public };
}
