import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources, timestamps } from './columns';
import { divisions } from './divisions';
import { POST_END_REASONS, POST_KINDS, POST_SIDES } from './enums';
import { parties, persons } from './people';

/** A frontbench, whip, spokesperson, PPS or leadership role held between two dates. */
export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: POST_KINDS }).notNull(),
    side: text('side', { enum: POST_SIDES }).notNull(),
    partyId: integer('party_id').references(() => parties.id),
    department: text('department'),
    /** ISO dates; a null start means "not known", a null end means "still held". */
    startDate: text('start_date'),
    endDate: text('end_date'),
    endReason: text('end_reason', { enum: POST_END_REASONS }),
    /** What the sources say about the ending in their own words, e.g. where they disagree. */
    endReasonNote: text('end_reason_note'),
    endedOverDivisionId: integer('ended_over_division_id').references(() => divisions.id),
    /** Shown to the public with the post. */
    note: text('note'),
    /** Editors' research notes: never shown on public pages, downloads or the API. */
    editorNote: text('editor_note'),
    sources: sources(),
    /** Members API post id, where the post came from there. */
    officialId: integer('official_id'),
    /** Where a seeded or imported row came from, so that a re-run recognises it. */
    importKey: text('import_key'),
    ...timestamps,
  },
  (t) => [
    index('posts_person_idx').on(t.personId, t.startDate),
    index('posts_ended_over_division_idx').on(t.endedOverDivisionId),
    index('posts_end_date_idx').on(t.endDate),
    uniqueIndex('posts_import_key_unique').on(t.importKey),
    check('posts_dates_ordered', sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check('posts_end_reason_needs_end', sql`${t.endReason} IS NULL OR ${t.endDate} IS NOT NULL`),
  ],
);
