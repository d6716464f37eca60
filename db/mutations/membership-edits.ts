import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../connection';
import { constituencies, memberships, parties, type House, type MembershipDateBasis, type Source } from '../schema';
import { refuse, type EditResult } from './edit-result';
import { createRecord, updateRecord } from './records';
import type { Actor } from './revisions';

// Editors' changes to memberships. A person sits for one party (and seat) at a time in each house: a
// suspended whip or a change of party ends one period and starts another. Periods may share the hand-over
// day (one ends the day the next starts), as the official records write them, but no more than that.

export type MembershipInput = {
  personId: number;
  house: House;
  partyId: number;
  constituencyId: number | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  datesBasis: MembershipDateBasis;
  sources: Source[];
};

type Options = { actor: Actor; reason?: string | null; expectedUpdatedAt: string | null };

type Period = { startDate: string; endDate: string | null };

const FOREVER = '9999-12-31';

/** Do two periods share a day other than a hand-over day (one ends the day the other starts)? */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aEnd = a.endDate ?? FOREVER;
  const bEnd = b.endDate ?? FOREVER;
  if (a.startDate > bEnd || b.startDate > aEnd) return false;
  const handOver = (first: Period, firstEnd: string, next: Period) => first.startDate < next.startDate && firstEnd === next.startDate;
  return !(handOver(a, aEnd, b) || handOver(b, bEnd, a));
}

export type OverlappingMembership = Period & { id: number; partyName: string; constituencyName: string | null };

/** The first of the person's other periods in the same house that this one would overlap, if any. */
export function findOverlappingMembership(db: Db, input: MembershipInput, exceptId: number | null): OverlappingMembership | null {
  const others = db
    .select({
      id: memberships.id,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      partyName: parties.name,
      constituencyName: constituencies.name,
    })
    .from(memberships)
    .innerJoin(parties, eq(parties.id, memberships.partyId))
    .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
    .where(
      and(
        eq(memberships.personId, input.personId),
        eq(memberships.house, input.house),
        exceptId === null ? undefined : ne(memberships.id, exceptId),
      ),
    )
    .orderBy(asc(memberships.startDate))
    .all();
  return others.find((m) => periodsOverlap(m, input)) ?? null;
}

export function describeOverlap(m: OverlappingMembership): string {
  const seat = m.constituencyName ? ` for ${m.constituencyName}` : '';
  const dates = m.endDate ? `from ${m.startDate} to ${m.endDate}` : `from ${m.startDate}, not ended`;
  return (
    `This overlaps their ${m.partyName} period${seat} ${dates} (membership #${m.id}). ` +
    'End that period first, or change these dates: a new period may start on the day the old one ends.'
  );
}

/** Creates a membership (id null) or saves an edit, refusing an unknown party or seat and overlapping periods. */
export function saveMembership(db: Db, id: number | null, input: MembershipInput, options: Options): EditResult {
  const errors: Record<string, string[]> = {};
  if (!db.select({ id: parties.id }).from(parties).where(eq(parties.id, input.partyId)).get()) {
    errors.party = ['Choose a party from the list'];
  }
  if (input.constituencyId !== null) {
    const seat = db.select().from(constituencies).where(eq(constituencies.id, input.constituencyId)).get();
    if (!seat) errors.constituency = ['Choose a constituency from the list'];
    else {
      const problem = seatOutsidePeriod(seat, input);
      if (problem) errors.constituency = [problem];
    }
  }
  const overlap = findOverlappingMembership(db, input, id);
  if (overlap) errors[input.startDate < overlap.startDate ? 'endDate' : 'startDate'] = [describeOverlap(overlap)];
  if (Object.keys(errors).length > 0) return refuse(errors);

  const record = { ...input } satisfies Partial<typeof memberships.$inferInsert>;
  const { actor, reason, expectedUpdatedAt } = options;
  return id === null
    ? createRecord(db, 'memberships', record, { actor, reason })
    : updateRecord(db, 'memberships', String(id), record, { actor, reason, expectedUpdatedAt });
}

/** A seat is a name within a boundary period: the membership must fall inside it. */
function seatOutsidePeriod(seat: { name: string; validFrom: string; validTo: string | null }, m: Period): string | null {
  if (m.startDate < seat.validFrom) {
    return `${seat.name} with these boundaries only exists from ${seat.validFrom}: choose the seat for the boundaries in force on ${m.startDate}`;
  }
  if (seat.validTo !== null && (m.endDate ?? FOREVER) > seat.validTo) {
    return `${seat.name} with these boundaries ended on ${seat.validTo}: end this period by then, or choose the seat for the new boundaries`;
  }
  return null;
}
