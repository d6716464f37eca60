import { and, eq, sql } from 'drizzle-orm';
import type { MemberInput, MembershipInput, SeatInput } from '@/lib/import/member-records';
import type { Db } from '../connection';
import { constituencies, memberships, persons } from '../schema';
import { keepOtherName, renamePerson } from './person-names';
import { ImportLookups, rawClientOf } from './lookups';
import { savePosts } from './member-posts';
import { nextTimestamp, type MemberSaveOptions, type MemberSaveResult, type SaveContext } from './member-save-context';
import { recordRevision } from './revisions';

export type { MemberSaveOptions, MemberSaveResult } from './member-save-context';

type MembershipRow = typeof memberships.$inferSelect;

/**
 * Saves one member's official record (Members API) in one transaction: the person, their seats, their
 * membership periods and their posts. Official rows are replaced idempotently; what editors entered
 * is never changed (conflicts are reported instead); changes to existing rows keep a revision.
 */
export function saveMemberRecord(db: Db, input: MemberInput, options: MemberSaveOptions): MemberSaveResult {
  const lookups = options.lookups ?? new ImportLookups(rawClientOf(db));
  try {
    return db.transaction((tx) => {
      const { idFor, created } = lookups.personIdsFor(tx, [{ parliamentId: input.memberId, name: input.name, sortName: input.sortName }], {
        flagNew: false,
      });
      const personId = idFor.get(input.memberId) as number;
      const result: MemberSaveResult = { memberId: input.memberId, personId, status: 'unchanged', writes: created.length, conflicts: [], notes: [] };
      const context: SaveContext = { tx, input, options, lookups, personId, who: `member ${input.memberId} (${input.name})`, result };
      saveNames(context);
      const periods = saveMemberships(context);
      savePosts(context, periods);
      notePostsKnown(context);
      result.status = created.length > 0 ? 'new' : result.writes > 0 ? 'changed' : 'unchanged';
      return result;
    });
  } catch (error) {
    lookups.reset();
    throw error;
  }
}

type Period = MembershipInput & { partyId: number; constituencyId: number | null };

/**
 * The official name history: the current name is the person's (renaming them, the earlier one kept), and every
 * earlier name is kept with its dates, so that search finds it.
 */
function saveNames(context: SaveContext): void {
  const { tx, input, personId, result, who } = context;
  const person = tx.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.id, personId)).get();
  if (!person) return;
  if (person.name !== input.name) {
    renamePerson(tx, person, { name: input.name, sortName: input.sortName }, { lastSeenAs: null, source: 'official' });
    context.lookups.names.reset();
    result.notes.push(`${who}: renamed from "${person.name}" (the official record's current name); the earlier name is kept`);
    result.writes += 1;
  }
  for (const earlier of input.names) {
    if (earlier.name === input.name) continue;
    keepOtherName(tx, personId, earlier.name, { firstSeen: earlier.startDate, lastSeen: earlier.endDate }, 'official');
  }
}

/**
 * The Members API lists every government and opposition post a member held, so once imported their posts are
 * known: holding none on a day makes them a backbencher that day (rule 5). Known up to the day of the import.
 */
function notePostsKnown(context: SaveContext): void {
  const { tx, personId } = context;
  const today = new Date().toISOString().slice(0, 10);
  const row = tx.select({ postsKnown: persons.postsKnown, postsKnownOn: persons.postsKnownOn }).from(persons).where(eq(persons.id, personId)).get();
  if (row?.postsKnown === 'official' && row.postsKnownOn === today) return;
  tx.update(persons).set({ postsKnown: 'official', postsKnownOn: today }).where(eq(persons.id, personId)).run();
}
const overlaps = (a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }) =>
  (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate);
const span = (p: { startDate: string; endDate: string | null }) => `${p.startDate} to ${p.endDate ?? 'now'}`;

/**
 * Official periods replace the person's previous official rows (matched by start date, so a re-run
 * changes nothing). Rows an editor entered stay as they are; one that overlaps an official period with
 * another party is reported. Rows seen only in the division records give way to the official periods (a party
 * that differs is reported).
 */
function saveMemberships(context: SaveContext): Period[] {
  const { tx, input, lookups, personId, who, result } = context;
  const partyName = partyNames(tx);
  const periods: Period[] = input.memberships.map((m) => ({
    ...m,
    partyId: lookups.partyId(tx, m.party) as number,
    constituencyId: m.seat ? resolveSeat(context, m.seat, m) : null,
  }));
  const existing = tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.personId, personId), eq(memberships.house, 'commons')))
    .all();
  const editorRows = existing.filter((r) => r.datesBasis === 'editor');
  const blockedStarts = new Set<string>();

  for (const row of editorRows) {
    for (const period of periods) {
      if (row.startDate === period.startDate) blockedStarts.add(period.startDate);
      if (overlaps(row, period) && row.partyId !== period.partyId) {
        result.conflicts.push(
          `${who}: an editor's membership #${row.id} (${partyName(row.partyId)}, ${span(row)}) overlaps the official period ` +
            `(${partyName(period.partyId)}, ${span(period)}); the editor's row is kept`,
        );
      } else if (row.startDate === period.startDate) {
        result.notes.push(`${who}: the official period from ${period.startDate} is already entered by an editor (membership #${row.id}); kept as entered`);
      }
    }
  }

  // Memberships seen only in the division records give way to official periods of the same party. Where the records
  // show another party on days an official period covers (the Chair; a suspended whip the official record does not
  // show), the record's membership stands beside it and is reported; the votes keep the party their record gives.
  // Record memberships are derived from the votes, so they are recomputed once the official periods are saved.
  const recordRows = existing.filter((r) => r.datesBasis === 'record' && periods.some((p) => overlaps(p, r)));
  for (const row of recordRows) {
    const differing = periods.filter((p) => overlaps(p, row) && p.partyId !== row.partyId);
    if (differing.length > 0) {
      result.conflicts.push(
        `${who}: the division records show ${partyName(row.partyId)} (seen ${span(row)}) where the official record says ` +
          `${differing.map((p) => `${partyName(p.partyId)} (${span(p)})`).join(', ')}; both are kept, the records' for those days`,
      );
    } else {
      result.notes.push(`${who}: the membership seen in the records ${span(row)} is replaced by the official period(s)`);
      result.writes += 1;
    }
    // Out of the way of the official rows (one could start on the same day); recomputed below.
    tx.delete(memberships).where(eq(memberships.id, row.id)).run();
  }

  const officialRows = new Map(existing.filter((r) => r.datesBasis === 'official').map((r) => [r.startDate, r]));
  const sources = [{ url: input.sourceUrl, note: 'Members API: house membership and party history' }];
  for (const period of periods) {
    const row = officialRows.get(period.startDate);
    officialRows.delete(period.startDate);
    const values = {
      constituencyId: period.constituencyId,
      partyId: period.partyId,
      endDate: period.endDate,
      endReason: period.endReason,
    };
    if (row) {
      const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => row[k] !== values[k]);
      if (changed) updateMembership(context, row, values);
      continue;
    }
    if (blockedStarts.has(period.startDate)) continue;
    tx.insert(memberships)
      .values({ personId, house: 'commons', startDate: period.startDate, datesBasis: 'official', sources, ...values })
      .run();
    result.writes += 1;
  }
  for (const stale of officialRows.values()) removeMembership(context, stale, 'No longer in the official record');
  if (recordRows.length > 0) {
    lookups.memberships.refresh(tx, personId);
    const from = recordRows.reduce((a, r) => (r.startDate < a ? r.startDate : a), recordRows[0]!.startDate);
    const to = recordRows.reduce((a, r) => ((r.endDate ?? r.startDate) > a ? (r.endDate ?? r.startDate) : a), from);
    lookups.memberships.recomputeSpan(tx, personId, from, to);
  }
  return periods;
}

function updateMembership(context: SaveContext, row: MembershipRow, values: Partial<MembershipRow>) {
  const { tx, options, result } = context;
  context.tx
    .update(memberships)
    .set({ ...values, updatedAt: nextTimestamp(row.updatedAt) })
    .where(eq(memberships.id, row.id))
    .run();
  const after = tx.select().from(memberships).where(eq(memberships.id, row.id)).get() ?? null;
  recordRevision(tx, {
    actor: options.actor,
    tableName: 'memberships',
    recordId: row.id,
    action: 'update',
    before: row,
    after,
    reason: 'The official record (Members API) changed',
    importRunId: options.importRunId ?? null,
  });
  result.writes += 1;
}

function removeMembership(context: SaveContext, row: MembershipRow, reason: string) {
  const { tx, options, result } = context;
  tx.delete(memberships).where(eq(memberships.id, row.id)).run();
  recordRevision(tx, {
    actor: options.actor,
    tableName: 'memberships',
    recordId: row.id,
    action: 'delete',
    before: row,
    after: null,
    reason,
    importRunId: options.importRunId ?? null,
  });
  result.writes += 1;
}

/**
 * The constituency of a membership: by Parliament's constituency id, else by name within the boundary
 * period, else created from what the API gives (id, name, dates).
 */
function resolveSeat(context: SaveContext, seat: SeatInput, period: MembershipInput): number {
  const { tx, lookups, result, who } = context;
  if (seat.officialId !== null) {
    const byId = tx.select({ id: constituencies.id }).from(constituencies).where(eq(constituencies.parliamentId, seat.officialId)).get();
    if (byId) return byId.id;
  }
  const sameName = tx
    .select()
    .from(constituencies)
    .where(sql`lower(${constituencies.name}) = ${seat.name.toLowerCase()}`)
    .all();
  const inPeriod = sameName.find((c) => overlaps({ startDate: c.validFrom, endDate: c.validTo }, period));
  if (inPeriod) {
    if (inPeriod.parliamentId === null && seat.officialId !== null) {
      tx.update(constituencies).set({ parliamentId: seat.officialId }).where(eq(constituencies.id, inPeriod.id)).run();
      result.writes += 1;
    } else if (inPeriod.parliamentId !== seat.officialId) {
      result.conflicts.push(
        `${who}: the seat "${seat.name}" has Parliament id ${seat.officialId ?? 'none'} in the official record but ${inPeriod.parliamentId} here; the seat held is used`,
      );
    }
    return inPeriod.id;
  }
  const validFrom = seat.validFrom ?? period.startDate;
  const clash = sameName.find((c) => c.validFrom === validFrom);
  if (clash) return clash.id;
  const [row] = tx
    .insert(constituencies)
    .values({ name: seat.name, parliamentId: seat.officialId, validFrom, validTo: seat.validTo })
    .returning({ id: constituencies.id })
    .all();
  if (!row) throw new Error(`could not create the constituency ${seat.name}`);
  lookups.seats.reset();
  result.writes += 1;
  result.notes.push(`${who}: created the constituency ${seat.name} (Parliament id ${seat.officialId ?? 'none'}, from ${validFrom})`);
  return row.id;
}

function partyNames(tx: Db): (id: number) => string {
  let names: Map<number, string> | null = null;
  return (id) => {
    names ??= new Map(tx.all<{ id: number; name: string }>(sql`select id, name from parties`).map((p) => [p.id, p.name]));
    return names.get(id) ?? `party ${id}`;
  };
}
