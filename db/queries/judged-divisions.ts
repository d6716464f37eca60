import 'server-only';
import type { Statement } from 'better-sqlite3';
import { isNotNull } from 'drizzle-orm';
import type { ById } from '@/lib/by-id';
import { getDb } from '@/db';
import { preparedOnce } from '@/db/prepared';
import { divisions } from '@/db/schema';
import { VOTE_POSITIONS, WHIP_BASES, WHIP_INSTRUCTIONS } from '@/db/schema/enums';
import type { RecordedWhip, WhipUsed } from '@/lib/domain';
import { judgePartyWhips, type PartyWayTally, type PartyWhipJudgement } from '@/lib/view/division-summary';
import { shareAlike } from '@/lib/memo-strings';
import { versionMemo } from '../version-memo';
import { listDepartureFacts } from './divisions';
import { codesSql, NO_ID, readIds, valueAt } from './packed-columns';
import { listParties } from './parties';
import { readSeatedOnDays } from './seated';

// Every division with an address, each party in it judged against its whip (judgePartyWhips: the recorded whip, else
// rule 4's guess), once per data version: the division finder's "had rebels", every MP's rebellion rate and its
// party's median, the party pages and every MP's record read this rather than judging the record again. Reads whole
// tables in key order (the stored tallies, the whips' four columns), which is faster than asking for thousands of
// divisions by id; keeps only the judgements.

export type JudgedDivisions = {
  divisions: { id: number; date: string }[];
  judged: PartyWhipJudgement[];
  departures: ReturnType<typeof listDepartureFacts>;
  /**
   * The whip a party's members were measured against in a division (null when none is known); undefined when the
   * division has no address or the party no member in it, which this does not judge.
   */
  whipOf: (divisionId: number, partyId: number) => WhipUsed | null | undefined;
};

const memo = versionMemo<'all', JudgedDivisions>({ maxEntries: 1 });

export function loadJudgedDivisions(): JudgedDivisions {
  return memo('all', () => {
    const db = getDb();
    const listed = db.select({ id: divisions.id, date: divisions.date }).from(divisions).where(isNotNull(divisions.officialId)).all();
    const tallies = readTallies();
    const whips = readRecordedWhips();
    const seatedOn = readSeatedOnDays();
    const dateOf = new Map(listed.map((d) => [d.id, d.date]));
    const seated = (divisionId: number, partyId: number) => seatedOn(partyId, dateOf.get(divisionId) ?? '');
    const ids = listed.map((d) => d.id);
    const judged = judgePartyWhips({ divisionIds: ids, tallies, whips, parties: listParties(), seated });
    const whipsByDivision: ById<ById<WhipUsed | null>> = [];
    for (const j of judged) {
      if (j.whip && !j.whip.evidence) j.whip = sharedWhip(j.whip);
      (whipsByDivision[j.divisionId] ??= [])[j.partyId] = j.whip;
    }
    return {
      divisions: listed,
      judged,
      departures: listDepartureFacts(ids),
      whipOf: (divisionId, partyId) => whipsByDivision[divisionId]?.[partyId],
    };
  });
}

/**
 * Every party's tally of each way in each division, in key order (division, party, way: the table is stored in that
 * order, WITHOUT ROWID, and read whole), as one row (db/queries/packed-columns.ts): 120,000 rows on the benchmark's
 * record took 120 ms to read as objects and 27 ms so.
 */
function readTallies(): PartyWayTally[] {
  const [divisionText, partyText, codes, memberText] = talliesStatement().get() as PackedTallies;
  const n = (codes ?? '').length;
  const divisionIds = readIds(divisionText, n);
  const partyIds = readIds(partyText, n);
  const members = readIds(memberText, n);
  const tallies: PartyWayTally[] = new Array(n);
  for (let i = 0; i < n; i++) {
    tallies[i] = { divisionId: divisionIds[i]!, partyId: partyIds[i]!, position: valueAt(codes!, i, VOTE_POSITIONS), members: members[i]! };
  }
  return tallies;
}

type PackedTallies = [divisionIds: string | null, partyIds: string | null, positions: string | null, members: string | null];

const talliesStatement = preparedOnce(
  (db): Statement =>
    db.$client
      .prepare(
        `SELECT group_concat(division_id), group_concat(party_id), ${codesSql('position', VOTE_POSITIONS)}, group_concat(members)
        FROM division_party_tallies`,
      )
      .raw(),
);

export type RecordedWhipRow = RecordedWhip & { divisionId: number; partyId: number };

/**
 * Every recorded whip, read whole as one row likewise (46,000 on the benchmark's record, 56 ms to read as objects),
 * once per data version: every division's judgement here and every MP's record (db/queries/person.ts) share it.
 * Shared: callers must not change it.
 */
export function readRecordedWhips(): RecordedWhipRow[] {
  return recordedWhipsMemo('all', readWhips);
}

const recordedWhipsMemo = versionMemo<'all', RecordedWhipRow[]>({ maxEntries: 1 });

function readWhips(): RecordedWhipRow[] {
  const [divisionText, partyText, instructions, bases, strengthText] = whipsStatement().get() as PackedWhips;
  const n = (instructions ?? '').length;
  const divisionIds = readIds(divisionText, n);
  const partyIds = readIds(partyText, n);
  const strengths = readIds(strengthText, n);
  const whips: RecordedWhipRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    whips[i] = {
      divisionId: divisionIds[i]!,
      partyId: partyIds[i]!,
      instruction: valueAt(instructions!, i, WHIP_INSTRUCTIONS),
      basis: valueAt(bases!, i, WHIP_BASES),
      strength: strengths[i] === NO_ID ? null : strengths[i]!,
    };
  }
  return whips;
}

type PackedWhips = [divisionIds: string | null, partyIds: string | null, instructions: string | null, bases: string | null, strengths: string | null];

const whipsStatement = preparedOnce(
  (db): Statement =>
    db.$client
      .prepare(
        `SELECT group_concat(division_id), group_concat(party_id), ${codesSql('instruction', WHIP_INSTRUCTIONS)},
          ${codesSql('basis', WHIP_BASES)}, group_concat(ifnull(strength, ''))
        FROM whips`,
      )
      .raw(),
);

/** One object for each kind of whip shown without the party's votes (a few dozen), shared by every division's. */
const sharedWhip = shareAlike<WhipUsed>((w) => `${w.instruction}:${w.strength}:${w.basis}:${w.origin}`);
