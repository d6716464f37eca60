import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { RECORD_KINDS } from '@/db/mutations/records';
import { personDeleteBlocker } from '@/db/mutations/person-edits';
import { describeWhip } from '@/lib/domain';
import { listInWords, plural } from '@/lib/view/format';
import { changeLinks, recordSubject, referencedIds } from '@/lib/view/revision-view';
import { describeNoWhip } from '@/lib/view/whip-wording';
import { getDivisionHeading } from './admin-divisions';
import { analyseWithWhips, listDivisionWhips } from './admin-whips';
import { readNames } from './revisions';

// What deleting a record takes with it, counted, for the page that asks the editor to confirm a deletion.


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
  return parts.length > 0 ? ` with its ${listInWords(parts)}` : '';
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
  /** Where "Back" and "Cancel" go when the record has no edit page of its own (a whip: its division's whips page). */
  back?: { href: string; label: string };
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
  } else if (tableName === 'whips') {
    const divisionId = Number(row.divisionId);
    effects.push(`This will remove ${subject}.`, ...whipRemovalEffects(divisionId, Number(row.partyId), names.parties.get(Number(row.partyId))?.name ?? 'the party'));
    return { subject, effects, blocker, version: String(row.updatedAt ?? ''), publicHref: changeLinks(revision, names).public, back: { href: `/admin/divisions/${divisionId}/whips`, label: 'the division’s whips' } };
  } else {
    if (tableName === 'persons') blocker = personDeleteBlocker(db, id);
    effects.push(`This will delete ${inSentence}.`);
    effects.push('The public pages no longer show it.');
  }
  return { subject, effects, blocker, version: String(row.updatedAt ?? ''), publicHref: changeLinks(revision, names).public };
}

/**
 * What removing a party's recorded whip does to its rebels: its members are then measured against the whip rule 4
 * infers from their votes, or against none, so "56 rebels" may become 0 without anyone's vote changing.
 */
function whipRemovalEffects(divisionId: number, partyId: number, partyName: string): string[] {
  const division = getDivisionHeading(divisionId);
  if (!division) return [];
  const recorded = listDivisionWhips(divisionId);
  const now = analyseWithWhips(division, recorded).parties.get(partyId);
  const then = analyseWithWhips(division, recorded.filter((w) => w.partyId !== partyId)).parties.get(partyId);
  if (!now || !then) return [];
  const counted = now.rebels === 0 ? 'No member is counted as defying it now' : `${plural(now.rebels, `${partyName} member`)} ${now.rebels === 1 ? 'is' : 'are'} counted as defying it now`;
  const measured = then.whip
    ? `With it gone they are measured against the whip the rules infer from how they voted (${describeWhip(then.whip.instruction)}), which ${plural(then.rebels, 'member')} defied.`
    : `With it gone no whip is known for ${partyName} (${describeNoWhip(then.guess, partyName, then.tally.both)}), and none of its members is counted as a rebel.`;
  return [`${counted}. ${measured}`, 'The division’s public page and its members’ pages show the change at once.'];
}
