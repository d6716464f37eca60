import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources, timestamps } from './columns';
import { HOUSES, VOTE_POSITIONS, WHIP_BASES, WHIP_INSTRUCTIONS } from './enums';
import { constituencies, parties, persons } from './people';

export const divisions = sqliteTable(
  'divisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Commons Votes `DivisionId`. */
    officialId: integer('official_id'),
    house: text('house', { enum: HOUSES }).notNull().default('commons'),
    /** Date and time as published (UK local time), e.g. 2023-11-15T19:14:00. */
    heldAt: text('held_at').notNull(),
    /** The sitting date (YYYY-MM-DD), kept apart from heldAt so that it can be indexed and matched. */
    date: text('date').notNull(),
    /** Commons Votes `Number`: the division's number in the parliamentary session (not the day). */
    number: integer('number').notNull(),
    officialTitle: text('official_title').notNull(),
    shortTitle: text('short_title'),
    motionText: text('motion_text'),
    motionTextSource: text('motion_text_source'),
    movedBy: text('moved_by'),
    /** Official counts from the tellers; they exclude the tellers themselves. */
    ayeCount: integer('aye_count').notNull(),
    noCount: integer('no_count').notNull(),
    /** The result as the House records it, in words, e.g. "Negatived (amendment rejected), majority 168". */
    resultText: text('result_text'),
    isDeferred: integer('is_deferred', { mode: 'boolean' }).notNull().default(false),
    /** Commons Votes `PublicationUpdated`: lets an importer see that Parliament corrected a record. */
    publicationUpdated: text('publication_updated'),
    hansardUrl: text('hansard_url'),
    hansardReference: text('hansard_reference'),
    sources: sources(),
    /** Editors' research notes: never shown on public pages, downloads or the API. */
    editorNote: text('editor_note'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('divisions_official_id_unique').on(t.officialId),
    uniqueIndex('divisions_house_date_number_unique').on(t.house, t.date, t.number),
    index('divisions_held_at_idx').on(t.heldAt),
    check('divisions_counts_not_negative', sql`${t.ayeCount} >= 0 AND ${t.noCount} >= 0`),
  ],
);

export const votes = sqliteTable(
  'votes',
  {
    divisionId: integer('division_id')
      .notNull()
      .references(() => divisions.id),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id),
    position: text('position', { enum: VOTE_POSITIONS }).notNull(),
    isTeller: integer('is_teller', { mode: 'boolean' }).notNull().default(false),
    /** Name of the member who cast this vote by proxy, as recorded. */
    proxyName: text('proxy_name'),
    /** Party and seat on the day of the division, as the record gives them. */
    partyId: integer('party_id').references(() => parties.id),
    constituencyId: integer('constituency_id').references(() => constituencies.id),
    memberFrom: text('member_from'),
  },
  (t) => [
    primaryKey({ columns: [t.divisionId, t.personId] }),
    // Covering an MP's record (db/queries/person.ts listPersonVotes): their votes are read from the index alone, in
    // one run of pages, rather than one table lookup each (thousands for a long career).
    index('votes_person_idx').on(t.personId, t.divisionId, t.position, t.partyId, t.constituencyId, t.isTeller, t.proxyName),
    // A lobby's members (a division, a party, a way): who voted it, from the index alone. The rebels of every
    // division at once (db/queries/member-rates.ts, party-page.ts) and the explorer's tallies (rebels.ts) read it.
    index('votes_division_party_idx').on(t.divisionId, t.partyId, t.position, t.personId),
    check('votes_teller_voted', sql`${t.isTeller} = 0 OR ${t.position} IN ('aye', 'no', 'both')`),
  ],
);

/**
 * How many of each party's members voted each way in each division, tellers included: the GROUP BY over `votes`
 * (division, party on the day, position) that rule 4 and the rebel counts read, stored so that an MP's record,
 * the lists of divisions and the explorer need not count each division's votes. Derived, never written by the app: triggers on `votes` (drizzle/0005) keep it
 * exact on every write, whichever path makes it. Votes with no party on the day are not counted (no rule reads
 * them), and a way no member voted has no row. No foreign keys: the votes counted already hold them.
 */
export const divisionPartyTallies = sqliteTable(
  'division_party_tallies',
  {
    divisionId: integer('division_id').notNull(),
    partyId: integer('party_id').notNull(),
    position: text('position', { enum: VOTE_POSITIONS }).notNull(),
    members: integer('members').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.divisionId, t.partyId, t.position] }),
    check('division_party_tallies_members_positive', sql`${t.members} > 0`),
  ],
);

/**
 * Each person's vote rows counted (drizzle/0008_person_vote_counts.sql): divisions held while they sat (a row each,
 * "no vote recorded" included), votes cast (aye, no or both) and rows with no party. Kept exact by triggers on votes,
 * so that an MP's attendance and their party's median need no count over millions of votes.
 */
export const personVoteCounts = sqliteTable('person_vote_counts', {
  personId: integer('person_id').primaryKey(),
  divisionsHeld: integer('divisions_held').notNull(),
  votesCast: integer('votes_cast').notNull(),
  withoutParty: integer('without_party').notNull(),
});

export const whips = sqliteTable(
  'whips',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    divisionId: integer('division_id')
      .notNull()
      .references(() => divisions.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    instruction: text('instruction', { enum: WHIP_INSTRUCTIONS }).notNull(),
    /** 1, 2 or 3 for a one-, two- or three-line whip; null when not known. */
    strength: integer('strength'),
    basis: text('basis', { enum: WHIP_BASES }).notNull(),
    /** Shown to the public with the whip. */
    note: text('note'),
    /** Editors' research notes: never shown on public pages, downloads or the API. */
    editorNote: text('editor_note'),
    sources: sources(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('whips_division_party_unique').on(t.divisionId, t.partyId),
    index('whips_party_idx').on(t.partyId),
    check('whips_strength_range', sql`${t.strength} IS NULL OR ${t.strength} BETWEEN 1 AND 3`),
  ],
);
