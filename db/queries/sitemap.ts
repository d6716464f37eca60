import 'server-only';
import { asc, count, isNotNull, max, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons, topicDivisions, topics } from '@/db/schema';
import { versionMemo } from '../version-memo';

// What the sitemap lists (app/sitemap.xml, app/sitemaps/[file]): every division and MP with an address, every topic
// and party. Divisions and MPs are read a chunk at a time, in the order of their official ids, so that a chunk's
// address keeps the same pages as the record grows at its end.

export type SitemapCounts = { divisions: number; mps: number };

const countsMemo = versionMemo<'all', SitemapCounts>({ maxEntries: 1 });

/** How many divisions and MPs have a page: one query, kept until the data changes. */
export function countSitemapPages(): SitemapCounts {
  return countsMemo('all', () => {
    const db = getDb();
    const d = db.select({ n: count() }).from(divisions).where(isNotNull(divisions.officialId)).get();
    const m = db.select({ n: count() }).from(persons).where(isNotNull(persons.parliamentId)).get();
    return { divisions: d?.n ?? 0, mps: m?.n ?? 0 };
  });
}

/** Divisions with an address, by official id: the `offset`th to the `offset + limit`th, with the day each was held. */
export function listSitemapDivisions(offset: number, limit: number): { officialId: number; date: string }[] {
  return getDb()
    .select({ officialId: sql<number>`${divisions.officialId}`, date: divisions.date })
    .from(divisions)
    .where(isNotNull(divisions.officialId))
    .orderBy(asc(divisions.officialId))
    .limit(limit)
    .offset(offset)
    .all();
}

/** People with a Parliament member id (the address of their page), by that id. */
export function listSitemapMembers(offset: number, limit: number): { parliamentId: number }[] {
  return getDb()
    .select({ parliamentId: sql<number>`${persons.parliamentId}` })
    .from(persons)
    .where(isNotNull(persons.parliamentId))
    .orderBy(asc(persons.parliamentId))
    .limit(limit)
    .offset(offset)
    .all();
}

/** Every topic, with the day of the latest division it links (null when it links none). */
export function listSitemapTopics(): { slug: string; latest: string | null }[] {
  return getDb()
    .select({ slug: topics.slug, latest: max(divisions.date) })
    .from(topics)
    .leftJoin(topicDivisions, sql`${topicDivisions.topicId} = ${topics.id}`)
    .leftJoin(divisions, sql`${divisions.id} = ${topicDivisions.divisionId}`)
    .groupBy(topics.id)
    .orderBy(asc(topics.slug))
    .all();
}
