import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { DivisionInput } from '@/lib/import/commons-division';
import type { VotePosition } from '@/lib/domain/types';
import type { Db } from '../connection';
import { constituencies, divisions, votes } from '../schema';
import { ensureParties, ensurePersons } from './people';
import { recordRevision, type Actor } from './revisions';

export type DivisionSaveStatus = 'new' | 'changed' | 'unchanged';

export type DivisionSaveResult = {
  officialId: number;
  divisionId: number;
  status: DivisionSaveStatus;
  votes: number;
  /** Member ids met for the first time: people created and flagged for an editor to review. */
  createdMembers: number[];
  warnings: string[];
};

type VoteRow = typeof votes.$inferInsert;

/** The fields of a division that come from the official record; editors' fields are never touched. */
function officialFields(input: DivisionInput) {
  return {
    officialId: input.officialId,
    house: input.house,
    heldAt: input.heldAt,
    date: input.date,
    number: input.number,
    officialTitle: input.officialTitle,
    ayeCount: input.ayeCount,
    noCount: input.noCount,
    isDeferred: input.isDeferred,
    publicationUpdated: input.publicationUpdated,
  };
}

/**
 * Saves one official division record in one transaction: all of it or none of it. A record already
 * held unchanged is left alone; a corrected one (Parliament republishes) replaces the official fields
 * and the votes, and the change is kept as a revision.
 */
export function saveDivisionRecord(
  db: Db,
  input: DivisionInput,
  options: { actor: Actor; importRunId?: number | null; flagNewMembers?: boolean },
): DivisionSaveResult {
  return db.transaction((tx) => {
    const partyFor = ensureParties(
      tx,
      input.votes.map((v) => ({ name: v.partyName, abbreviation: v.partyAbbreviation, colour: v.partyColour })),
    );
    const { idFor, created } = ensurePersons(
      tx,
      input.votes.map((v) => ({ parliamentId: v.memberId, name: v.name })),
      { flagNew: options.flagNewMembers ?? true },
    );
    const seatFor = constituencyLookup(tx, input.date);

    const voteRows: VoteRow[] = input.votes.map((v) => ({
      divisionId: 0,
      personId: idFor.get(v.memberId) as number,
      position: v.position,
      isTeller: v.isTeller,
      proxyName: v.proxyName,
      partyId: partyFor({ name: v.partyName, abbreviation: v.partyAbbreviation, colour: v.partyColour }),
      constituencyId: v.memberFrom ? (seatFor.get(v.memberFrom.toLowerCase()) ?? null) : null,
      memberFrom: v.memberFrom,
    }));

    const warnings = [...input.warnings];
    if (created.length > 0) {
      warnings.push(`${created.length} member id(s) not known before were added for review: ${created.join(', ')}`);
    }

    const existing = tx.select().from(divisions).where(eq(divisions.officialId, input.officialId)).get();
    if (!existing) {
      const [row] = tx.insert(divisions).values(officialFields(input)).returning({ id: divisions.id }).all();
      if (!row) throw new Error(`could not save division ${input.officialId}`);
      insertVotes(tx, row.id, voteRows);
      return { officialId: input.officialId, divisionId: row.id, status: 'new', votes: voteRows.length, createdMembers: created, warnings };
    }

    const before = pickOfficial(existing);
    const after = officialFields(input);
    const changedFields = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    const currentVotes = tx
      .select({
        personId: votes.personId,
        position: votes.position,
        isTeller: votes.isTeller,
        proxyName: votes.proxyName,
        partyId: votes.partyId,
      })
      .from(votes)
      .where(eq(votes.divisionId, existing.id))
      .all();
    const voteChanges = diffVotes(currentVotes, voteRows);

    if (changedFields.length === 0 && voteChanges.length === 0) {
      return {
        officialId: input.officialId,
        divisionId: existing.id,
        status: 'unchanged',
        votes: voteRows.length,
        createdMembers: created,
        warnings,
      };
    }

    tx.update(divisions)
      .set({ ...after, updatedAt: new Date().toISOString() })
      .where(eq(divisions.id, existing.id))
      .run();
    tx.delete(votes).where(eq(votes.divisionId, existing.id)).run();
    insertVotes(tx, existing.id, voteRows);
    recordRevision(tx, {
      actor: options.actor,
      tableName: 'divisions',
      recordId: existing.id,
      action: 'update',
      before: { ...Object.fromEntries(changedFields.map((k) => [k, before[k]])), votes: voteChanges.map((c) => c.before) },
      after: { ...Object.fromEntries(changedFields.map((k) => [k, after[k]])), votes: voteChanges.map((c) => c.after) },
      reason: 'Parliament published a corrected record',
      importRunId: options.importRunId ?? null,
    });
    return {
      officialId: input.officialId,
      divisionId: existing.id,
      status: 'changed',
      votes: voteRows.length,
      createdMembers: created,
      warnings,
    };
  });
}

function pickOfficial(row: typeof divisions.$inferSelect) {
  return {
    officialId: row.officialId ?? 0,
    house: 'commons' as const,
    heldAt: row.heldAt,
    date: row.date,
    number: row.number,
    officialTitle: row.officialTitle,
    ayeCount: row.ayeCount,
    noCount: row.noCount,
    isDeferred: row.isDeferred,
    publicationUpdated: row.publicationUpdated,
  };
}

function insertVotes(db: Db, divisionId: number, rows: VoteRow[]) {
  // 8 columns a row: 100 rows a statement stays well under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 100) {
    db.insert(votes)
      .values(rows.slice(i, i + 100).map((r) => ({ ...r, divisionId })))
      .run();
  }
}

type VoteSnapshot = { personId: number; position: VotePosition; isTeller: boolean; proxyName: string | null; partyId: number | null };

function diffVotes(current: VoteSnapshot[], next: VoteRow[]) {
  const key = (v: VoteSnapshot) => `${v.position}|${v.isTeller}|${v.proxyName ?? ''}|${v.partyId ?? ''}`;
  const byPerson = new Map(current.map((v) => [v.personId, v]));
  const changes: { before: VoteSnapshot | null; after: VoteSnapshot | null }[] = [];
  for (const row of next) {
    const after: VoteSnapshot = {
      personId: row.personId,
      position: row.position,
      isTeller: row.isTeller ?? false,
      proxyName: row.proxyName ?? null,
      partyId: row.partyId ?? null,
    };
    const before = byPerson.get(row.personId) ?? null;
    byPerson.delete(row.personId);
    if (!before || key(before) !== key(after)) changes.push({ before, after });
  }
  for (const gone of byPerson.values()) changes.push({ before: gone, after: null });
  return changes;
}

/** Constituencies whose boundary period covers the date, by lower-cased name. */
function constituencyLookup(db: Db, date: string): Map<string, number> {
  const rows = db
    .select({ id: constituencies.id, name: constituencies.name })
    .from(constituencies)
    .where(and(lte(constituencies.validFrom, date), or(isNull(constituencies.validTo), gte(constituencies.validTo, date))))
    .all();
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}
