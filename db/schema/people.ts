import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources, timestamps } from './columns';
import { HOUSES, MEMBERSHIP_DATE_BASES, NAME_SOURCES, NATIONS, PARTY_KINDS, POSTS_KNOWN_BASES, SEAT_BASES } from './enums';

export const persons = sqliteTable(
  'persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The Parliament member id used by the Members and Commons Votes APIs. */
    parliamentId: integer('parliament_id'),
    twfyId: integer('twfy_id'),
    name: text('name').notNull(),
    /** "Qureshi, Yasmin": for sorting lists as Parliament does. */
    sortName: text('sort_name').notNull(),
    slug: text('slug').notNull(),
    /** Set when an importer met a member id it did not know and created the person itself. */
    needsReview: integer('needs_review', { mode: 'boolean' }).notNull().default(false),
    /**
     * Whether the posts recorded are all the person held (so that holding none is "backbench"), and up to
     * which day: null when not known, so that no post recorded never reads as no post held.
     */
    postsKnown: text('posts_known', { enum: POSTS_KNOWN_BASES }),
    postsKnownOn: text('posts_known_on'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('persons_parliament_id_unique').on(t.parliamentId),
    uniqueIndex('persons_twfy_id_unique').on(t.twfyId),
    uniqueIndex('persons_slug_unique').on(t.slug),
    index('persons_sort_name_idx').on(t.sortName),
  ],
);

export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    abbreviation: text('abbreviation').notNull(),
    /** Hex colour without '#', as the official APIs give it. */
    colour: text('colour'),
    kind: text('kind', { enum: PARTY_KINDS }).notNull().default('party'),
    ...timestamps,
  },
  (t) => [uniqueIndex('parties_name_unique').on(t.name), uniqueIndex('parties_abbreviation_unique').on(t.abbreviation)],
);

export const constituencies = sqliteTable(
  'constituencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    onsCode: text('ons_code'),
    parliamentId: integer('parliament_id'),
    /**
     * Boundary period, ISO dates; validTo is null for current boundaries. For a seat known only from the
     * division records (basis `record`), the first and last days it was seen.
     */
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    /** The nation, from the ONS code or the published boundary set; null when not known. */
    nation: text('nation', { enum: NATIONS }),
    basis: text('basis', { enum: SEAT_BASES }).notNull().default('official'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('constituencies_ons_code_unique').on(t.onsCode),
    uniqueIndex('constituencies_parliament_id_unique').on(t.parliamentId),
    uniqueIndex('constituencies_name_period_unique').on(t.name, t.validFrom),
    index('constituencies_nation_idx').on(t.nation),
  ],
);

/**
 * Every name a person has been recorded under, with when: the division records, the Members API's name
 * history, or an editor. The person's own `name` is the latest; the others are kept so that search finds
 * them and pages can say "formerly".
 */
export const personNames = sqliteTable(
  'person_names',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    name: text('name').notNull(),
    /** First and last day the name was seen (or, from the Members API, its dates); null when not known. */
    firstSeen: text('first_seen'),
    lastSeen: text('last_seen'),
    source: text('source', { enum: NAME_SOURCES }).notNull(),
  },
  (t) => [uniqueIndex('person_names_person_name_unique').on(t.personId, t.name)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    house: text('house', { enum: HOUSES }).notNull().default('commons'),
    constituencyId: integer('constituency_id').references(() => constituencies.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    endReason: text('end_reason'),
    /** 'record' means the period is only known to cover the dates given (seen in the division records), not to start or end on them. */
    datesBasis: text('dates_basis', { enum: MEMBERSHIP_DATE_BASES }).notNull().default('official'),
    sources: sources(),
    ...timestamps,
  },
  (t) => [
    index('memberships_person_start_idx').on(t.personId, t.startDate),
    index('memberships_party_idx').on(t.partyId, t.startDate),
    index('memberships_constituency_idx').on(t.constituencyId),
    uniqueIndex('memberships_person_house_start_unique').on(t.personId, t.house, t.startDate),
    check('memberships_dates_ordered', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);
