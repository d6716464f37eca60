import 'server-only';
import { isNotNull, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions } from '@/db/schema';
import type { RecordedWhip, WhipUsed } from '@/lib/domain';
import { judgePartyWhips, type PartyWayTally, type PartyWhipJudgement } from '@/lib/view/division-summary';
import { shareAlike } from '@/lib/memo-strings';
import { versionMemo } from '../version-memo';
import { listDepartureFacts } from './divisions';
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
    const tallies = db.all<PartyWayTally>(
      sql`SELECT division_id AS divisionId, party_id AS partyId, position, members FROM division_party_tallies ORDER BY division_id, party_id, position`,
    );
    const whips = db.all<RecordedWhip & { divisionId: number; partyId: number }>(
      sql`SELECT division_id AS divisionId, party_id AS partyId, instruction, basis, strength FROM whips`,
    );
    const seatedOn = readSeatedOnDays();
    const dateOf = new Map(listed.map((d) => [d.id, d.date]));
    const seated = (divisionId: number, partyId: number) => seatedOn(partyId, dateOf.get(divisionId) ?? '');
    const ids = listed.map((d) => d.id);
    const judged = judgePartyWhips({ divisionIds: ids, tallies, whips, parties: listParties(), seated });
    const whipsByDivision = new Map<number, Map<number, WhipUsed | null>>();
    for (const j of judged) {
      if (j.whip && !j.whip.evidence) j.whip = sharedWhip(j.whip);
      let parties = whipsByDivision.get(j.divisionId);
      if (!parties) whipsByDivision.set(j.divisionId, (parties = new Map()));
      parties.set(j.partyId, j.whip);
    }
    return {
      divisions: listed,
      judged,
      departures: listDepartureFacts(ids),
      whipOf: (divisionId, partyId) => whipsByDivision.get(divisionId)?.get(partyId),
    };
  });
}

/** One object for each kind of whip shown without the party's votes (a few dozen), shared by every division's. */
const sharedWhip = shareAlike<WhipUsed>((w) => `${w.instruction}:${w.strength}:${w.basis}:${w.origin}`);
