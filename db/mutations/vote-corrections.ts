import { and, eq, inArray } from 'drizzle-orm';
import { membershipOnDate } from '@/lib/domain/party-on-day';
import type { VotePosition } from '@/lib/domain/types';
import type { VoteCsvProblem } from '@/lib/import/vote-csv';
import { formatDate } from '@/lib/view/format';
import type { Db } from '../connection';
import { constituencies, divisions, memberships, persons, votes } from '../schema';
import { voteVersion } from '@/lib/validation/votes';
import { writeVotes } from './records';
import type { Actor } from './revisions';

// Editors' corrections to a division's votes: a pasted list or a single vote. Every member is checked
// (known, and an MP on the day) before anything is written; then writeVotes keeps the whole change as
// one revision. Party and seat on the day come from the membership covering the division's date (rule 2).

export type VoteEntry = {
  /** The CSV line it came from, to name in messages; null for a single correction. */
  line: number | null;
  memberId: number;
  position: VotePosition;
  isTeller: boolean;
  proxyName: string | null;
};

type VoteRow = typeof votes.$inferSelect;
type Options = { actor: Actor; reason?: string | null };

export type VoteWriteOutcome =
  | { status: 'saved'; changed: number; revisionId: number; personIds: number[] }
  | { status: 'invalid'; problems: VoteCsvProblem[] }
  | { status: 'not_found' };

/** A correction refused because the vote changed since the editor opened it; `current` is the vote now. */
export type VoteConflict = {
  status: 'conflict';
  current: { position: VotePosition | ''; isTeller: boolean; proxyName: string | null; version: string };
};

type CheckedVotes = { status: 'checked'; rows: VoteRow[]; problems: VoteCsvProblem[] } | { status: 'not_found' };

/**
 * Checks each entry against the database (a known member who sat on the division's date) and turns the
 * good ones into vote rows with party and seat on the day. Reads only.
 */
function checkVoteEntries(db: Db, divisionId: number, entries: ReadonlyArray<VoteEntry>): CheckedVotes {
  const division = db
    .select({ id: divisions.id, date: divisions.date, house: divisions.house })
    .from(divisions)
    .where(eq(divisions.id, divisionId))
    .get();
  if (!division) return { status: 'not_found' };

  const memberIds = [...new Set(entries.map((e) => e.memberId))];
  const people = new Map<number, { id: number; name: string }>();
  const periods = new Map<number, { partyId: number; constituencyId: number | null; seat: string | null; startDate: string; endDate: string | null }[]>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const chunk = memberIds.slice(i, i + 500);
    for (const p of db
      .select({ id: persons.id, parliamentId: persons.parliamentId, name: persons.name })
      .from(persons)
      .where(inArray(persons.parliamentId, chunk))
      .all()) {
      if (p.parliamentId !== null) people.set(p.parliamentId, { id: p.id, name: p.name });
    }
  }
  const personIds = [...people.values()].map((p) => p.id);
  for (let i = 0; i < personIds.length; i += 500) {
    for (const m of db
      .select({
        personId: memberships.personId,
        partyId: memberships.partyId,
        constituencyId: memberships.constituencyId,
        seat: constituencies.name,
        startDate: memberships.startDate,
        endDate: memberships.endDate,
      })
      .from(memberships)
      .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
      .where(and(inArray(memberships.personId, personIds.slice(i, i + 500)), eq(memberships.house, division.house)))
      .all()) {
      periods.set(m.personId, [...(periods.get(m.personId) ?? []), m]);
    }
  }

  const problems: VoteCsvProblem[] = [];
  const rows: VoteRow[] = [];
  for (const entry of entries) {
    const person = people.get(entry.memberId);
    if (!person) {
      problems.push({ line: entry.line, message: `no member has the Parliament id ${entry.memberId}: check the id, or add the person first` });
      continue;
    }
    const membership = membershipOnDate(periods.get(person.id) ?? [], division.date);
    if (!membership) {
      problems.push({
        line: entry.line,
        message:
          `${person.name} (member ${entry.memberId}) was not an MP on ${formatDate(division.date)}: no membership covers that date. ` +
          `Add a membership for them first, then enter the vote again`,
      });
      continue;
    }
    rows.push({
      divisionId,
      personId: person.id,
      position: entry.position,
      isTeller: entry.isTeller,
      proxyName: entry.proxyName,
      partyId: membership.partyId,
      constituencyId: membership.constituencyId,
      memberFrom: membership.seat,
    });
  }
  return { status: 'checked', rows, problems };
}

/**
 * Checks every entry, then writes them all or none, as one revision. Call inside a transaction.
 * `problemsSoFar` are the parser's (lines it could not read): reported with the database's, in line
 * order, so that the editor sees every problem at once; any problem means nothing is written.
 */
export function writeVoteEntries(
  db: Db,
  divisionId: number,
  entries: ReadonlyArray<VoteEntry>,
  options: Options & { problemsSoFar?: ReadonlyArray<VoteCsvProblem> },
): VoteWriteOutcome {
  const checked = checkVoteEntries(db, divisionId, entries);
  if (checked.status === 'not_found') return checked;
  const problems = [...(options.problemsSoFar ?? []), ...checked.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { status: 'invalid', problems };
  const result = writeVotes(db, divisionId, checked.rows, { actor: options.actor, reason: options.reason ?? null });
  return { status: 'saved', changed: result.changed, revisionId: result.revisionId, personIds: checked.rows.map((r) => r.personId) };
}

/**
 * Corrects one member's vote: position, teller and proxy. A vote the record already holds keeps its
 * party and seat on the day; a vote added for a member the record left out takes them from the membership.
 */
export function correctVote(
  db: Db,
  divisionId: number,
  personId: number,
  vote: { position: VotePosition; isTeller: boolean; proxyName: string | null },
  options: Options & { expectedVersion?: string | null },
): VoteWriteOutcome | VoteConflict {
  const existing = db
    .select()
    .from(votes)
    .where(and(eq(votes.divisionId, divisionId), eq(votes.personId, personId)))
    .get();
  const version = voteVersion(existing ?? null);
  if (options.expectedVersion && options.expectedVersion !== version) {
    return {
      status: 'conflict',
      current: { position: existing?.position ?? '', isTeller: existing?.isTeller ?? false, proxyName: existing?.proxyName ?? null, version },
    };
  }
  if (existing) {
    const result = writeVotes(db, divisionId, [{ ...existing, ...vote }], { actor: options.actor, reason: options.reason ?? null });
    return { status: 'saved', changed: result.changed, revisionId: result.revisionId, personIds: [personId] };
  }
  const person = db.select({ parliamentId: persons.parliamentId, name: persons.name }).from(persons).where(eq(persons.id, personId)).get();
  if (!person) return { status: 'invalid', problems: [{ line: null, message: 'There is no such person' }] };
  if (person.parliamentId === null) {
    return { status: 'invalid', problems: [{ line: null, message: `${person.name} has no Parliament member id, so no vote can be recorded for them` }] };
  }
  return writeVoteEntries(db, divisionId, [{ line: null, memberId: person.parliamentId, ...vote }], options);
}
