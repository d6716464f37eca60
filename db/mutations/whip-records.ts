import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { divisions, parties, votes, whips, type PartyKind, type Source, type WhipBasis, type WhipInstruction } from '../schema';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from './records';
import type { Actor } from './revisions';

// A party's whip on one division, through the records engine (kind 'whips'). A whip only means something
// for a party that had members in the division, so one for a party with none is refused, as is one for
// independents or the Chair.

export type WhipValues = {
  instruction: WhipInstruction;
  strength: number | null;
  basis: WhipBasis;
  note: string | null;
  editorNote?: string | null;
  sources: Source[];
};

export type WhipWriteResult = WriteResult | { status: 'refused'; message: string };

type Options = { actor: Actor; reason?: string | null };

/** The party's members recorded in the division (any position, absent included), and the party's name. */
export function countPartyMembersInDivision(db: Db, divisionId: number, partyId: number): { name: string; kind: PartyKind; members: number } | null {
  const party = db.select({ name: parties.name, kind: parties.kind }).from(parties).where(eq(parties.id, partyId)).get();
  if (!party) return null;
  const { members } = db.get<{ members: number }>(
    sql`select count(*) as members from ${votes} where ${votes.divisionId} = ${divisionId} and ${votes.partyId} = ${partyId}`,
  );
  return { name: party.name, kind: party.kind, members };
}

/**
 * Sets a party's whip on a division: creates it, or updates the one there if it is still as the editor
 * saw it. `editing` is the party whose whip the form was opened on, with that whip's version: a whip
 * that appeared or went since is a conflict, never silently overwritten or brought back.
 */
export function saveWhip(
  db: Db,
  divisionId: number,
  partyId: number,
  values: WhipValues,
  options: Options & { editing: { partyId: number | null; version: string | null } },
): WhipWriteResult {
  if (!db.select({ id: divisions.id }).from(divisions).where(eq(divisions.id, divisionId)).get()) return { status: 'not_found' };
  const party = countPartyMembersInDivision(db, divisionId, partyId);
  if (!party) return { status: 'refused', message: 'There is no such party: choose one from the list' };
  // Rule 4 gives independents and the Chair no whip; a recorded one would make rebels of people with no party line.
  if (party.kind === 'independent') return { status: 'refused', message: `${party.name} members have no party whip: a whip is for a party` };
  if (party.kind === 'speaker') return { status: 'refused', message: `The ${party.name} takes no whip: the Chair does not vote with a party` };
  if (party.members === 0) {
    return { status: 'refused', message: `${party.name} has no members in this division: a whip needs at least one member who sat that day` };
  }
  const existing = db
    .select()
    .from(whips)
    .where(and(eq(whips.divisionId, divisionId), eq(whips.partyId, partyId)))
    .get();
  const editingThis = options.editing.partyId === partyId && options.editing.version !== null;
  const writeOptions = { actor: options.actor, reason: options.reason ?? null };
  if (existing) {
    if (!editingThis) return { status: 'conflict', current: existing };
    return updateRecord(db, 'whips', String(existing.id), values, { ...writeOptions, expectedUpdatedAt: options.editing.version });
  }
  if (editingThis) return { status: 'conflict', current: null };
  return createRecord(db, 'whips', { divisionId, partyId, ...values }, writeOptions);
}

/** Removes a whip; the deletion is a revision, so it can be undone. */
export function removeWhip(db: Db, whipId: number, options: Options & { expectedUpdatedAt: string | null }): WriteResult {
  return deleteRecord(db, 'whips', String(whipId), { actor: options.actor, reason: options.reason ?? null, expectedUpdatedAt: options.expectedUpdatedAt });
}
