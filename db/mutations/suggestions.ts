import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { divisions, persons, posts, suggestions, suggestionScans, votes } from '../schema';
import type { PostEndReason, SuggestionKind, WhipInstruction } from '../schema/enums';
import { updateRecord } from './records';
import type { Actor } from './revisions';
import { saveWhip } from './whip-records';
import { DEPARTURE_SUGGESTION_DAYS } from '@/lib/domain/posts';
import { INFERENCE_MIN_MAJORITY, INFERENCE_MIN_TURNOUT } from '@/lib/domain/whip';

// The record's own suggestions: candidate facts an editor confirms or dismisses (the queue at /admin/suggestions).
// One INSERT … SELECT per kind over the whole record, keyed by what the suggestion is about (`subject_key`), so that
// a scan never files a suggestion twice and one an editor dismissed stays dismissed. Run at the end of every import
// and upload, and from the queue's "Look for new suggestions". Mutations are shared with the command-line importers,
// so this module does not import 'server-only'.

/**
 * An inferred whip is only trusted to make a rebel here when it is strong: rule 4 infers it (half the party's members
 * voted, two thirds of them one way) and at least this share of those who voted took its side.
 */
export const STRONG_INFERRED_WHIP = 0.9;

/** A party's split is worth an editor's time only when at least this many of its members voted. */
export const RECORD_WHIP_MIN_VOTED = 10;

/** Who resolves a suggestion that an editor's change elsewhere settled (the whip form, the post form, the person form). */
export const SETTLED_BY = 'the record';

export type ScanCounts = { departure: number; record_whip: number; member_review: number; settled: number };

/**
 * Departures (rule 6): a post that ended 0 to DEPARTURE_SUGGESTION_DAYS days after a division in which its holder
 * defied their party's whip, whose end is not already linked to a division. How it ended must leave room for a vote:
 * not recorded, resigned, sacked or unknown (a reshuffle or an election is not a departure over a vote). The whip is
 * the recorded one (rule 3: voted aye or no against aye, no or abstain), or, with none recorded, a strong inferred
 * one (rule 4, and STRONG_INFERRED_WHIP of the party's voters on its side). Tallies are the stored ones, tellers
 * included; the members the record lists are those seated.
 */
function scanDepartures(db: Db, now: string): number {
  const majority = Math.max(INFERENCE_MIN_MAJORITY, STRONG_INFERRED_WHIP);
  // The party's tally in the division, read by its key: a few candidate votes, never the whole table grouped.
  const tally = (position: string) =>
    sql`coalesce((SELECT members FROM division_party_tallies t WHERE t.division_id = d.id AND t.party_id = v.party_id AND t.position = ${position}), 0)`;
  return db.run(sql`
    INSERT INTO suggestions (kind, subject_key, status, evidence, created_at)
    SELECT 'departure', 'departure:' || c.post_id || ':' || c.division_id, 'open',
      json_object(
        'postId', c.post_id, 'personId', c.person_id, 'personName', c.person_name, 'personSlug', c.person_slug,
        'personParliamentId', c.parliament_id, 'postTitle', c.title, 'postKind', c.kind, 'postEndDate', c.end_date,
        'postEndReason', c.end_reason, 'postOfficialId', c.official_id,
        'divisionId', c.division_id, 'divisionOfficialId', c.division_official_id, 'divisionNumber', c.number,
        'divisionTitle', c.division_title, 'divisionDate', c.division_date,
        'partyId', c.party_id, 'partyName', c.party_name, 'position', c.position,
        'whip', coalesce(c.recorded, c.inferred), 'whipOrigin', CASE WHEN c.recorded IS NULL THEN 'computed' ELSE 'recorded' END,
        'whipBasis', coalesce(c.basis, 'inferred'),
        'partyAyes', c.ayes, 'partyNoes', c.noes, 'partyBoth', c.both_lobbies, 'partyMembers', c.members,
        'days', c.days
      ),
      ${now}
    FROM (
      SELECT r.*,
        CASE
          WHEN r.recorded IS NOT NULL OR r.members < 2 OR r.ayes = r.noes THEN NULL
          WHEN r.ayes + r.noes + r.both_lobbies < r.members * ${INFERENCE_MIN_TURNOUT} THEN NULL
          WHEN max(r.ayes, r.noes) < (r.ayes + r.noes + r.both_lobbies) * ${majority} THEN NULL
          WHEN r.ayes > r.noes THEN 'aye' ELSE 'no'
        END AS inferred
      FROM (
        SELECT p.id AS post_id, p.person_id, pe.name AS person_name, pe.slug AS person_slug, pe.parliament_id,
          p.title, p.kind, p.end_date, p.end_reason, p.official_id,
          d.id AS division_id, d.official_id AS division_official_id, d.number,
          coalesce(d.short_title, d.official_title) AS division_title, d.date AS division_date,
          v.party_id, pa.name AS party_name, v.position, w.instruction AS recorded, w.basis,
          CAST(julianday(p.end_date) - julianday(d.date) AS integer) AS days,
          ${tally('aye')} AS ayes, ${tally('no')} AS noes, ${tally('both')} AS both_lobbies,
          (SELECT sum(members) FROM division_party_tallies t WHERE t.division_id = d.id AND t.party_id = v.party_id) AS members
        FROM posts p
        JOIN persons pe ON pe.id = p.person_id
        JOIN divisions d ON d.house = 'commons'
          AND d.date BETWEEN date(p.end_date, ${`-${DEPARTURE_SUGGESTION_DAYS} days`}) AND p.end_date
          AND (p.start_date IS NULL OR p.start_date <= d.date)
        JOIN votes v ON v.division_id = d.id AND v.person_id = p.person_id AND v.position IN ('aye', 'no')
        JOIN parties pa ON pa.id = v.party_id AND pa.kind = 'party'
        LEFT JOIN whips w ON w.division_id = d.id AND w.party_id = v.party_id
        WHERE p.end_date IS NOT NULL AND p.ended_over_division_id IS NULL
          AND (p.end_reason IS NULL OR p.end_reason IN ('resigned', 'sacked', 'unknown'))
      ) r
    ) c
    WHERE (c.recorded IN ('aye', 'no') AND c.recorded <> c.position)
       OR c.recorded = 'abstain'
       OR (c.recorded IS NULL AND c.inferred IS NOT NULL AND c.inferred <> c.position)
    ON CONFLICT (subject_key) DO NOTHING
  `).changes;
}

/**
 * Whips to record: a party (not independents or the Chair) with no whip recorded on a division, at least
 * RECORD_WHIP_MIN_VOTED of whose members voted, enough of them for rule 4 (half the members the record lists) but
 * split so that no side had two thirds of them: no whip can be inferred, so its members are measured against none.
 */
function scanRecordWhips(db: Db, now: string): number {
  return db.run(sql`
    INSERT INTO suggestions (kind, subject_key, status, evidence, created_at)
    SELECT 'record_whip', 'record_whip:' || t.division_id || ':' || t.party_id, 'open',
      json_object(
        'divisionId', t.division_id, 'divisionOfficialId', d.official_id, 'divisionNumber', d.number,
        'divisionTitle', coalesce(d.short_title, d.official_title), 'divisionDate', d.date,
        'partyId', t.party_id, 'partyName', pa.name, 'partyAbbreviation', pa.abbreviation,
        'ayes', t.ayes, 'noes', t.noes, 'both', t.both_lobbies, 'absent', t.absent, 'members', t.members
      ),
      ${now}
    FROM (
      SELECT division_id, party_id,
        sum(CASE WHEN position = 'aye' THEN members ELSE 0 END) AS ayes,
        sum(CASE WHEN position = 'no' THEN members ELSE 0 END) AS noes,
        sum(CASE WHEN position = 'both' THEN members ELSE 0 END) AS both_lobbies,
        sum(CASE WHEN position = 'absent' THEN members ELSE 0 END) AS absent,
        sum(members) AS members
      FROM division_party_tallies
      GROUP BY division_id, party_id
    ) t
    JOIN parties pa ON pa.id = t.party_id AND pa.kind = 'party'
    JOIN divisions d ON d.id = t.division_id
    WHERE t.ayes + t.noes + t.both_lobbies >= ${RECORD_WHIP_MIN_VOTED}
      AND t.ayes + t.noes + t.both_lobbies >= t.members * ${INFERENCE_MIN_TURNOUT}
      AND (t.ayes = t.noes OR max(t.ayes, t.noes) < (t.ayes + t.noes + t.both_lobbies) * ${INFERENCE_MIN_MAJORITY})
      AND NOT EXISTS (SELECT 1 FROM whips w WHERE w.division_id = t.division_id AND w.party_id = t.party_id)
    ON CONFLICT (subject_key) DO NOTHING
  `).changes;
}

/**
 * Members an importer created (persons.needs_review): which import made them (the run under way when they were
 * created) and what the record says of them (their votes, first and last, and party and seat in the latest).
 */
function scanMemberReviews(db: Db, now: string): number {
  return db.run(sql`
    INSERT INTO suggestions (kind, subject_key, status, evidence, created_at)
    SELECT 'member_review', 'member_review:' || m.id, 'open',
      json_object(
        'personId', m.id, 'personName', m.name, 'personSlug', m.slug, 'parliamentId', m.parliament_id, 'createdAt', m.created_at,
        'importRunId', r.id, 'importSource', r.source, 'importStartedAt', r.started_at,
        'votes', m.votes, 'firstDivisionDate', first.date, 'firstDivisionOfficialId', first.official_id,
        'lastDivisionDate', last.date, 'lastDivisionOfficialId', last.official_id,
        'partyName', pa.name, 'constituencyName', c.name
      ),
      ${now}
    FROM (
      SELECT p.id, p.name, p.slug, p.parliament_id, p.created_at,
        (SELECT count(*) FROM votes v WHERE v.person_id = p.id) AS votes,
        (SELECT min(v.division_id) FROM votes v WHERE v.person_id = p.id) AS first_id,
        (SELECT max(v.division_id) FROM votes v WHERE v.person_id = p.id) AS last_id,
        (SELECT id FROM import_runs WHERE started_at <= p.created_at ORDER BY started_at DESC LIMIT 1) AS run_id
      FROM persons p
      WHERE p.needs_review = 1 AND NOT EXISTS (SELECT 1 FROM suggestions s WHERE s.subject_key = 'member_review:' || p.id)
    ) m
    LEFT JOIN import_runs r ON r.id = m.run_id
    LEFT JOIN divisions first ON first.id = m.first_id
    LEFT JOIN divisions last ON last.id = m.last_id
    LEFT JOIN votes lv ON lv.division_id = m.last_id AND lv.person_id = m.id
    LEFT JOIN parties pa ON pa.id = lv.party_id
    LEFT JOIN constituencies c ON c.id = lv.constituency_id
    WHERE true
    ON CONFLICT (subject_key) DO NOTHING
  `).changes;
}

/**
 * Open suggestions an editor's change elsewhere has answered: a post linked to a division on its form, a whip saved on
 * the whip form, a person saved on their form. Confirmed when the change is the one suggested, dismissed when the
 * record went another way (the post linked to another division, the record deleted).
 */
function settleAnswered(db: Db, now: string): number {
  const kinds = [
    // The post linked to the suggested division: confirmed with the change that linked it.
    sql`UPDATE suggestions SET status = 'confirmed', resolved_at = ${now}, resolved_by = ${SETTLED_BY},
          resolution_note = 'The post was linked to this division by an editor on the post''s form.',
          revision_id = (SELECT max(r.id) FROM revisions r WHERE r.table_name = 'posts' AND r.record_id = CAST(json_extract(suggestions.evidence, '$.postId') AS text))
        WHERE kind = 'departure' AND status = 'open'
          AND EXISTS (SELECT 1 FROM posts p WHERE p.id = json_extract(suggestions.evidence, '$.postId')
                      AND p.ended_over_division_id = json_extract(suggestions.evidence, '$.divisionId'))`,
    sql`UPDATE suggestions SET status = 'dismissed', resolved_at = ${now}, resolved_by = ${SETTLED_BY},
          resolution_note = CASE WHEN NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = json_extract(suggestions.evidence, '$.postId'))
            THEN 'The post has been deleted.' ELSE 'The post is linked to another division, or no longer ended in the window.' END
        WHERE kind = 'departure' AND status = 'open'
          AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.id = json_extract(suggestions.evidence, '$.postId')
                          AND p.ended_over_division_id IS NULL AND p.end_date = json_extract(suggestions.evidence, '$.postEndDate'))`,
    sql`UPDATE suggestions SET status = 'confirmed', resolved_at = ${now}, resolved_by = ${SETTLED_BY},
          resolution_note = 'A whip was recorded on the whip form.',
          revision_id = (SELECT max(r.id) FROM revisions r JOIN whips w ON r.table_name = 'whips' AND r.record_id = CAST(w.id AS text)
                         WHERE w.division_id = json_extract(suggestions.evidence, '$.divisionId') AND w.party_id = json_extract(suggestions.evidence, '$.partyId'))
        WHERE kind = 'record_whip' AND status = 'open'
          AND EXISTS (SELECT 1 FROM whips w WHERE w.division_id = json_extract(suggestions.evidence, '$.divisionId')
                      AND w.party_id = json_extract(suggestions.evidence, '$.partyId'))`,
    sql`UPDATE suggestions SET status = 'confirmed', resolved_at = ${now}, resolved_by = ${SETTLED_BY},
          resolution_note = 'The person was reviewed on their form.',
          revision_id = (SELECT max(r.id) FROM revisions r WHERE r.table_name = 'persons' AND r.record_id = CAST(json_extract(suggestions.evidence, '$.personId') AS text))
        WHERE kind = 'member_review' AND status = 'open'
          AND EXISTS (SELECT 1 FROM persons p WHERE p.id = json_extract(suggestions.evidence, '$.personId') AND p.needs_review = 0)`,
    sql`UPDATE suggestions SET status = 'dismissed', resolved_at = ${now}, resolved_by = ${SETTLED_BY},
          resolution_note = 'The person has been deleted.'
        WHERE kind = 'member_review' AND status = 'open'
          AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = json_extract(suggestions.evidence, '$.personId'))`,
  ];
  return kinds.reduce((n, statement) => n + db.run(statement).changes, 0);
}

/**
 * Looks through the whole record for new suggestions, in one transaction: first closes the open ones that editors'
 * changes have answered, then files new ones of each kind. Returns how many of each were filed.
 */
export function scanForSuggestions(db: Db, now = new Date()): ScanCounts {
  const at = now.toISOString();
  return db.transaction((tx) => {
    const settled = settleAnswered(tx, at);
    const counts = { settled, departure: scanDepartures(tx, at), record_whip: scanRecordWhips(tx, at), member_review: scanMemberReviews(tx, at) };
    tx.insert(suggestionScans).values({ id: 1, scannedAt: at }).onConflictDoUpdate({ target: suggestionScans.id, set: { scannedAt: at } }).run();
    return counts;
  });
}

/**
 * The scan after an import: a failure here must not make a committed import look failed, so it is reported and the
 * editors can run it again from the queue.
 */
export function scanAfterImport(db: Db): ScanCounts | null {
  try {
    return scanForSuggestions(db);
  } catch (error) {
    console.warn(`Could not look for suggestions after the import: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

// An editor's answer to a suggestion. Confirming a fact from the record makes the change through the records engine
// (db/mutations/records.ts), so that it is an ordinary change with its revision, undoable from the history; the
// suggestion keeps the revision's id. Only an open suggestion can be answered: a second answer (two editors, or a
// form sent twice) finds it closed and changes nothing.

export type SuggestionRow = typeof suggestions.$inferSelect;

export type ResolveResult =
  | { status: 'done'; revisionId: number | null; personIds: number[]; divisionIds: number[] }
  | { status: 'gone' }
  | { status: 'refused'; message: string };

type ResolveOptions = { actor: Actor; note?: string | null; now?: Date };

function openSuggestion(db: Db, id: number, kind?: SuggestionKind): SuggestionRow | null {
  const row = db.select().from(suggestions).where(eq(suggestions.id, id)).get();
  if (!row || row.status !== 'open' || (kind && row.kind !== kind)) return null;
  return row;
}

function close(db: Db, id: number, status: 'confirmed' | 'dismissed', options: ResolveOptions & { revisionId?: number | null }): boolean {
  const changed = db
    .update(suggestions)
    .set({
      status,
      resolvedAt: (options.now ?? new Date()).toISOString(),
      resolvedBy: options.actor.label,
      resolutionNote: options.note ?? null,
      revisionId: options.revisionId ?? null,
    })
    .where(and(eq(suggestions.id, id), eq(suggestions.status, 'open')))
    .run().changes;
  return changed === 1;
}

const numberIn = (evidence: Record<string, unknown>, key: string): number | null => {
  const value = evidence[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
};

/** Dismisses a suggestion of any kind; the record's scan never files it again. */
export function dismissSuggestion(db: Db, id: number, options: ResolveOptions): ResolveResult {
  if (!openSuggestion(db, id)) return { status: 'gone' };
  return close(db, id, 'dismissed', options) ? { status: 'done', revisionId: null, personIds: [], divisionIds: [] } : { status: 'gone' };
}

/**
 * Confirms that a post ended over the division: links it (endedOverDivisionId), with the way it ended only when the
 * editor chose one (not known is not none), and the editor's source added to the post's. Other open suggestions for
 * the same post are closed: a post ends over one division.
 */
export function confirmDeparture(
  db: Db,
  id: number,
  options: ResolveOptions & { endReason?: PostEndReason | null; sourceUrl?: string | null },
): ResolveResult {
  const suggestion = openSuggestion(db, id, 'departure');
  if (!suggestion) return { status: 'gone' };
  const postId = numberIn(suggestion.evidence, 'postId');
  const divisionId = numberIn(suggestion.evidence, 'divisionId');
  if (postId === null || divisionId === null) return { status: 'refused', message: 'This suggestion does not name a post and a division.' };
  const post = db.select().from(posts).where(eq(posts.id, postId)).get();
  if (!post) return { status: 'refused', message: 'The post has been deleted since this was suggested.' };
  if (post.endedOverDivisionId !== null) return { status: 'refused', message: 'The post is already linked to a division: check it on the post’s page.' };
  if (!db.select({ id: divisions.id }).from(divisions).where(eq(divisions.id, divisionId)).get()) {
    return { status: 'refused', message: 'The division has been deleted since this was suggested.' };
  }
  const values: Record<string, unknown> = { endedOverDivisionId: divisionId };
  if (options.endReason) values.endReason = options.endReason;
  if (options.sourceUrl && !post.sources.some((s) => s.url === options.sourceUrl)) values.sources = [...post.sources, { url: options.sourceUrl }];
  const label = suggestion.evidence.divisionOfficialId ?? suggestion.evidence.divisionNumber ?? divisionId;
  const reason = options.note ? `${options.note} (suggestion #${id})` : `Left over division ${label}: confirmed suggestion #${id}`;
  const written = updateRecord(db, 'posts', String(postId), values, { actor: options.actor, reason, expectedUpdatedAt: post.updatedAt });
  if (written.status !== 'saved') return { status: 'refused', message: 'The post changed while this was confirmed: try again.' };
  close(db, id, 'confirmed', { ...options, revisionId: written.revisionId });
  const others = db
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.kind, 'departure'), eq(suggestions.status, 'open'), sql`json_extract(${suggestions.evidence}, '$.postId') = ${postId}`))
    .all();
  for (const other of others) close(db, other.id, 'dismissed', { ...options, note: `The post was linked to division ${label} (suggestion #${id}).` });
  return { status: 'done', revisionId: written.revisionId, personIds: [post.personId], divisionIds: [divisionId] };
}

/** Records the whip a split party was given, as reported by the source the editor names. */
export function confirmRecordWhip(
  db: Db,
  id: number,
  options: ResolveOptions & { instruction: WhipInstruction; sourceUrl: string },
): ResolveResult {
  const suggestion = openSuggestion(db, id, 'record_whip');
  if (!suggestion) return { status: 'gone' };
  const divisionId = numberIn(suggestion.evidence, 'divisionId');
  const partyId = numberIn(suggestion.evidence, 'partyId');
  if (divisionId === null || partyId === null) return { status: 'refused', message: 'This suggestion does not name a division and a party.' };
  const reason = options.note ? `${options.note} (suggestion #${id})` : `Recorded the whip: confirmed suggestion #${id}`;
  const written = saveWhip(
    db,
    divisionId,
    partyId,
    { instruction: options.instruction, strength: null, basis: 'reported', note: null, sources: [{ url: options.sourceUrl }] },
    { actor: options.actor, reason, editing: { partyId: null, version: null } },
  );
  if (written.status === 'refused') return { status: 'refused', message: written.message };
  if (written.status === 'not_found') return { status: 'refused', message: 'The division has been deleted since this was suggested.' };
  if (written.status === 'conflict') return { status: 'refused', message: 'A whip has been recorded for this party since: check it on the whip form.' };
  close(db, id, 'confirmed', { ...options, revisionId: written.revisionId });
  const members = db
    .select({ personId: votes.personId })
    .from(votes)
    .where(and(eq(votes.divisionId, divisionId), eq(votes.partyId, partyId)))
    .all();
  return { status: 'done', revisionId: written.revisionId, personIds: members.map((m) => m.personId), divisionIds: [divisionId] };
}

/** Marks a member an importer created as reviewed, once the editor has checked their page. */
export function confirmMemberReview(db: Db, id: number, options: ResolveOptions): ResolveResult {
  const suggestion = openSuggestion(db, id, 'member_review');
  if (!suggestion) return { status: 'gone' };
  const personId = numberIn(suggestion.evidence, 'personId');
  const person = personId === null ? null : db.select().from(persons).where(eq(persons.id, personId)).get();
  if (!person) return { status: 'refused', message: 'The person has been deleted since this was suggested.' };
  let revisionId: number | null = null;
  if (person.needsReview) {
    const reason = options.note ? `${options.note} (suggestion #${id})` : `Reviewed: confirmed suggestion #${id}`;
    const written = updateRecord(db, 'persons', String(person.id), { needsReview: false }, { actor: options.actor, reason, expectedUpdatedAt: person.updatedAt });
    if (written.status !== 'saved') return { status: 'refused', message: 'The person changed while this was confirmed: try again.' };
    revisionId = written.revisionId;
  }
  close(db, id, 'confirmed', { ...options, revisionId });
  return { status: 'done', revisionId, personIds: [person.id], divisionIds: [] };
}

/** A reader's report acted on: the editor says what they changed (their own changes carry their revisions). */
export function markReportDone(db: Db, id: number, options: ResolveOptions & { note: string }): ResolveResult {
  if (!openSuggestion(db, id, 'reader_report')) return { status: 'gone' };
  return close(db, id, 'confirmed', options) ? { status: 'done', revisionId: null, personIds: [], divisionIds: [] } : { status: 'gone' };
}
