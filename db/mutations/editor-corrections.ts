import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { parties, persons, type votes } from '../schema';

// Editors' corrections of votes, against an official record that says otherwise (db/mutations/divisions.ts): an
// official record never overwrites an editor's correction without saying so. The editor's vote stands and each
// such vote is reported as a conflict, until an editor decides.

type VoteRow = typeof votes.$inferInsert;

/** A vote the record gives otherwise than an editor corrected it. The editor's vote stands until an editor changes it. */
export type EditorVoteConflict = {
  /** The member's Parliament id (null for a person without one) and name. */
  memberId: number | null;
  name: string;
  /** The vote as the record gives it and as the editor left it: "aye", "no (teller)", "not listed". */
  recordVote: string;
  editorVote: string;
  /** Who made the correction (as the history names them) and when (ISO). */
  correctedBy: string;
  correctedAt: string;
};

export type EditorCorrection = { actorLabel: string; at: string };

/**
 * The people whose vote in this division an editor corrected last: the latest revision of the division's votes
 * that holds them (before or after) was made by an editor, not by an importer or the seed. An editor's upload of
 * an official record is part of an import run: that is the record speaking, not a correction. One query.
 */
export function listEditorCorrections(db: Db, divisionId: number): Map<number, EditorCorrection> {
  const recordId = String(divisionId);
  const rows = db.all<{ personId: number; actorLabel: string; at: string }>(sql`
    WITH touched AS (
      SELECT r.id, r.actor_label, r.at, r.import_run_id, json_extract(v.value, '$.personId') AS person_id
        FROM revisions r, json_each(r.after, '$.votes') v WHERE r.table_name = 'division_votes' AND r.record_id = ${recordId}
      UNION ALL
      SELECT r.id, r.actor_label, r.at, r.import_run_id, json_extract(v.value, '$.personId')
        FROM revisions r, json_each(r.before, '$.votes') v WHERE r.table_name = 'division_votes' AND r.record_id = ${recordId}
    ),
    latest AS (SELECT *, row_number() OVER (PARTITION BY person_id ORDER BY id DESC) AS n FROM touched)
    SELECT person_id AS personId, actor_label AS actorLabel, at FROM latest
     WHERE n = 1 AND actor_label NOT IN ('importer', 'seed') AND import_run_id IS NULL`);
  return new Map(rows.map((r) => [r.personId, { actorLabel: r.actorLabel, at: r.at }]));
}

/** Each kept correction, in words: who, what the record says, what the editor left, by whom and when; by member id. */
export function describeEditorConflicts(
  db: Db,
  personIds: number[],
  corrections: ReadonlyMap<number, EditorCorrection>,
  recordRows: ReadonlyArray<VoteRow>,
  currentRows: ReadonlyArray<VoteRow>,
): EditorVoteConflict[] {
  const people = new Map(
    db.select({ id: persons.id, parliamentId: persons.parliamentId, name: persons.name }).from(persons).where(inArray(persons.id, personIds)).all().map((p) => [p.id, p]),
  );
  const inRecord = new Map(recordRows.map((r) => [r.personId, r]));
  const held = new Map(currentRows.map((r) => [r.personId, r]));
  const partyIds = [...new Set(personIds.flatMap((id) => [inRecord.get(id)?.partyId, held.get(id)?.partyId]).filter((p): p is number => typeof p === 'number'))];
  const partyNames = new Map(
    partyIds.length === 0 ? [] : db.select({ id: parties.id, abbreviation: parties.abbreviation, name: parties.name }).from(parties).where(inArray(parties.id, partyIds)).all().map((p) => [p.id, p.abbreviation ?? p.name]),
  );
  const describe = (vote: VoteRow | undefined, withParty: boolean) => {
    if (!vote) return 'not listed';
    const party = withParty ? ` (${vote.partyId ? (partyNames.get(vote.partyId) ?? 'party unknown') : 'no party'})` : '';
    return `${vote.position}${vote.isTeller ? ' (teller)' : ''}${vote.proxyName ? ` (by proxy: ${vote.proxyName})` : ''}${party}`;
  };
  return personIds
    .map((personId) => {
      const person = people.get(personId);
      const correction = corrections.get(personId) as EditorCorrection;
      // Where only the party on the day differs, it is named, so that the two do not read the same.
      const samePosition = describe(inRecord.get(personId), false) === describe(held.get(personId), false);
      return {
        memberId: person?.parliamentId ?? null,
        name: person?.name ?? `person ${personId}`,
        recordVote: describe(inRecord.get(personId), samePosition),
        editorVote: describe(held.get(personId), samePosition),
        correctedBy: correction.actorLabel,
        correctedAt: correction.at,
      };
    })
    .sort((a, b) => (a.memberId ?? 0) - (b.memberId ?? 0));
}
