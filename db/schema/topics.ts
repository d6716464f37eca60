import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { divisions } from './divisions';
import { CONFIDENCES, LOBBIES, STANCE_KINDS, STANCE_POSITIONS, STANCE_TIMINGS } from './enums';
import { parties, persons } from './people';

export const topics = sqliteTable(
  'topics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ...timestamps,
  },
  (t) => [uniqueIndex('topics_slug_unique').on(t.slug)],
);

/** A division that bears on a topic, and which lobby means "supports". */
export const topicDivisions = sqliteTable(
  'topic_divisions',
  {
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
    divisionId: integer('division_id')
      .notNull()
      .references(() => divisions.id),
    supportingLobby: text('supporting_lobby', { enum: LOBBIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.topicId, t.divisionId] }), index('topic_divisions_division_idx').on(t.divisionId)],
);

/** What a person (or, for party lines, a party) said about a topic. */
export const stances = sqliteTable(
  'stances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
    personId: integer('person_id').references(() => persons.id),
    partyId: integer('party_id').references(() => parties.id),
    /** Who the words are attributed to, as the source puts it ("Labour Party spokesperson"). */
    speaker: text('speaker').notNull(),
    position: text('position', { enum: STANCE_POSITIONS }).notNull(),
    label: text('label').notNull(),
    quote: text('quote'),
    statedOn: text('stated_on'),
    /**
     * When the words were said relative to the vote on the day they were said: an editor's reading of the
     * source. On other days the dates decide (lib/domain/said-vs-did.ts).
     */
    said: text('said', { enum: STANCE_TIMINGS }).notNull().default('unknown'),
    kind: text('kind', { enum: STANCE_KINDS }).notNull(),
    sourceUrl: text('source_url').notNull(),
    sourceTitle: text('source_title'),
    sourceOutlet: text('source_outlet'),
    confidence: text('confidence', { enum: CONFIDENCES }).notNull().default('high'),
    /** Shown to the public with the stance. */
    note: text('note'),
    /** Editors' research notes: never shown on public pages, downloads or the API. */
    editorNote: text('editor_note'),
    /** Position in the source file it came from, so a re-seed recognises the row. */
    importKey: text('import_key'),
    ...timestamps,
  },
  (t) => [
    index('stances_person_topic_idx').on(t.personId, t.topicId),
    index('stances_topic_idx').on(t.topicId),
    uniqueIndex('stances_import_key_unique').on(t.importKey),
    check('stances_has_speaker', sql`${t.personId} IS NOT NULL OR ${t.partyId} IS NOT NULL`),
  ],
);
