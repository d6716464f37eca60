import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { revisions, whips, type Source, type WhipBasis, type WhipInstruction } from '@/db/schema';
import { analyseDivision, type DivisionAnalysis } from '@/lib/domain';
import { sourcesToText } from '@/lib/validation/common';
import { listVoteFacts } from './divisions';
import { listParties } from './parties';
import { revisionColumns, type RevisionRow } from './revisions';
import { readSeatedByParty } from './seated';

// Reads behind a division's admin whips page.

export type AdminWhipRow = {
  id: number;
  partyId: number;
  instruction: WhipInstruction;
  strength: number | null;
  basis: WhipBasis;
  note: string | null;
  editorNote: string | null;
  sources: Source[];
  updatedAt: string;
};

export function listDivisionWhips(divisionId: number): AdminWhipRow[] {
  return getDb()
    .select({
      id: whips.id,
      partyId: whips.partyId,
      instruction: whips.instruction,
      strength: whips.strength,
      basis: whips.basis,
      note: whips.note,
      editorNote: whips.editorNote,
      sources: whips.sources,
      updatedAt: whips.updatedAt,
    })
    .from(whips)
    .where(eq(whips.divisionId, divisionId))
    .all();
}

/**
 * Rules 3 and 4 applied to a division with these whips: the ones recorded, or the ones that would be after a change
 * (what removing a whip would do to its party's rebels).
 */
export function analyseWithWhips(division: { id: number; date: string }, recorded: ReadonlyArray<Pick<AdminWhipRow, 'partyId' | 'instruction' | 'basis' | 'strength'>>): DivisionAnalysis {
  const voteFacts = listVoteFacts([division.id]);
  return analyseDivision(
    voteFacts,
    listParties().map((p) => ({ id: p.id, kind: p.kind })),
    new Map(recorded.map((w) => [w.partyId, { instruction: w.instruction, basis: w.basis, strength: w.strength }])),
    readSeatedByParty(voteFacts.flatMap((v) => (v.partyId === null ? [] : [v.partyId])), division.date),
  );
}

/** A whip as its form shows it; `editingParty` ties the version to the party it belongs to. */
export function whipFormValues(
  row: Pick<AdminWhipRow, 'partyId' | 'instruction' | 'strength' | 'basis' | 'note' | 'editorNote' | 'sources' | 'updatedAt'>,
): Record<string, string> {
  return {
    party: String(row.partyId),
    instruction: row.instruction,
    strength: row.strength === null ? '' : String(row.strength),
    basis: row.basis,
    note: row.note ?? '',
    editorNote: row.editorNote ?? '',
    sources: sourcesToText(row.sources),
    version: row.updatedAt,
    editingParty: String(row.partyId),
  };
}

/** Every change to the division's whips, newest first, including whips since removed. */
export function listDivisionWhipRevisions(divisionId: number): RevisionRow[] {
  return getDb()
    .select(revisionColumns)
    .from(revisions)
    .where(
      and(
        eq(revisions.tableName, 'whips'),
        sql`coalesce(json_extract(${revisions.after}, '$.divisionId'), json_extract(${revisions.before}, '$.divisionId')) = ${divisionId}`,
      ),
    )
    .orderBy(desc(revisions.id))
    .limit(50)
    .all();
}
