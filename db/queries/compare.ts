import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons, topicDivisions, topics, votes } from '@/db/schema';
import type { VotePosition } from '@/lib/domain/types';
import { searchMembers } from './members';

// Comparing two to four MPs (/compare): how often they voted alike in the divisions all of them voted in (a vote in
// either lobby or both), pair by pair and all together, and the divisions where they differed; optionally on one
// topic's divisions only. One query for their votes, whatever the length of their records.

export const COMPARE_MAX = 4;

export type ComparedMp = { personId: number; parliamentId: number | null; name: string; input: string };

export type CompareResult = {
  mps: ComparedMp[];
  /** Inputs that named no MP (or several equally), with what was typed. */
  unknown: { input: string; message: string }[];
  topic: { slug: string; title: string } | null;
  /** Divisions in which every one of them voted. */
  together: number;
  /** Of those, the divisions in which they all voted the same way. */
  alike: number;
  pairs: { a: number; b: number; together: number; alike: number }[];
  /** Divisions all voted in where they did not all vote alike, newest first. */
  differed: { officialId: number; date: string; title: string; positions: VotePosition[] }[];
};

/** An MP from what a reader typed: a member id, else the best match of the MP search (a clear best only). */
function resolveMp(input: string): ComparedMp | { input: string; message: string } {
  const text = input.trim();
  if (/^\d{1,7}$/.test(text)) {
    const row = getDb().select({ personId: persons.id, parliamentId: persons.parliamentId, name: persons.name }).from(persons).where(eq(persons.parliamentId, Number(text))).get();
    return row ? { ...row, input: text } : { input: text, message: `No MP has the member id ${text}` };
  }
  const found = searchMembers({ query: text });
  if (found.length === 0) return { input: text, message: `No MP matches “${text}”` };
  return { personId: found[0]!.personId, parliamentId: found[0]!.parliamentId, name: found[0]!.name, input: text };
}

export function compareMps(inputs: ReadonlyArray<string>, topicSlug?: string): CompareResult {
  const mps: ComparedMp[] = [];
  const unknown: CompareResult['unknown'] = [];
  for (const input of inputs.filter((i) => i.trim()).slice(0, COMPARE_MAX)) {
    const resolved = resolveMp(input);
    if ('message' in resolved) unknown.push(resolved);
    else if (!mps.some((m) => m.personId === resolved.personId)) mps.push(resolved);
  }
  const db = getDb();
  const topic = topicSlug ? (db.select({ id: topics.id, slug: topics.slug, title: topics.title }).from(topics).where(eq(topics.slug, topicSlug)).get() ?? null) : null;
  const empty = { mps, unknown, topic: topic ? { slug: topic.slug, title: topic.title } : null, together: 0, alike: 0, pairs: [], differed: [] };
  if (mps.length < 2) return empty;

  const ids = mps.map((m) => m.personId);
  const conditions = [inArray(votes.personId, ids)];
  if (topic) conditions.push(inArray(votes.divisionId, db.select({ id: topicDivisions.divisionId }).from(topicDivisions).where(eq(topicDivisions.topicId, topic.id))));
  const rows = db.select({ divisionId: votes.divisionId, personId: votes.personId, position: votes.position }).from(votes).where(and(...conditions)).all();
  const byDivision = new Map<number, Map<number, VotePosition>>();
  for (const r of rows) {
    if (r.position === 'absent') continue;
    const entry = byDivision.get(r.divisionId) ?? new Map<number, VotePosition>();
    entry.set(r.personId, r.position);
    byDivision.set(r.divisionId, entry);
  }
  const pairs: CompareResult['pairs'] = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      let together = 0;
      let alike = 0;
      for (const cast of byDivision.values()) {
        const a = cast.get(ids[i]!);
        const b = cast.get(ids[j]!);
        if (!a || !b) continue;
        together += 1;
        if (a === b) alike += 1;
      }
      pairs.push({ a: i, b: j, together, alike });
    }
  }
  const allVoted = [...byDivision].filter(([, cast]) => ids.every((id) => cast.has(id)));
  const differedIds = allVoted.filter(([, cast]) => new Set(cast.values()).size > 1).map(([id]) => id);
  const differed = differedIds.length
    ? db
        .select({ id: divisions.id, officialId: divisions.officialId, date: divisions.date, officialTitle: divisions.officialTitle, shortTitle: divisions.shortTitle })
        .from(divisions)
        .where(inArray(divisions.id, differedIds))
        .orderBy(desc(divisions.heldAt), asc(divisions.id))
        .all()
        .filter((d) => d.officialId !== null)
        .map((d) => ({
          officialId: d.officialId!,
          date: d.date,
          title: d.shortTitle ?? d.officialTitle,
          positions: ids.map((id) => byDivision.get(d.id)!.get(id)!),
        }))
    : [];
  return { ...empty, together: allVoted.length, alike: allVoted.length - differedIds.length, pairs, differed };
}
