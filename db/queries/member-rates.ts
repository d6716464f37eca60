import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { personVoteCounts } from '@/db/schema';
import { versionMemo } from '../version-memo';
import { loadJudgedDivisions } from './judged-divisions';
import { searchMembers } from './members';
import { median } from '@/lib/view/median';

// Attendance and rebellion rates for every MP, and each party's medians, for the MP pages. Per person: divisions
// held while they sat and votes cast come from person_vote_counts (drizzle/0008); rebellions and whipped votes from
// every (division, party) judged once (judgePartyWhips, from the stored tallies and the whips), then two counts over
// the votes that index straight to the rebel ways and to the unwhipped parties. Judged once per data version.

export type PersonRates = {
  /** Divisions held while they sat (a row in the official record each, "no vote recorded" included). */
  divisionsHeld: number;
  /** Of those, the divisions they voted in (aye, no or both). */
  votesCast: number;
  /** Votes with a whip to measure them against (recorded or inferred; free votes and no whip known excluded). */
  whippedVotes: number;
  /** Of those, votes against the whip. */
  rebellions: number;
};

export type PartyMedians = {
  /** MPs whose latest party this is, with a division held / a whipped vote. */
  members: number;
  attendance: number | null;
  rebellionRate: number | null;
};

export type Rates = { byPerson: Map<number, PersonRates>; medians: Map<number, PartyMedians> };

const memo = versionMemo<'all', Rates>({ maxEntries: 1 });

/** Every MP's rates and every party's medians, judged once per data version. */
export function loadRates(): Rates {
  return memo('all', readRates);
}

type CountRow = { personId: number; n: number };

function readRates(): Rates {
  const db = getDb();
  const { judged } = loadJudgedDivisions();
  const rebelWays = judged.flatMap((j) => j.rebelPositions.map((position) => [j.divisionId, j.partyId, position]));
  const unwhipped = judged.filter((j) => !j.whipped).map((j) => [j.divisionId, j.partyId]);
  // Through votes_division_party_idx: only the rebel ways' votes and the unwhipped parties' votes are read.
  const rebellions = db.all<CountRow>(sql`
    SELECT v.person_id AS personId, count(*) AS n FROM json_each(${JSON.stringify(rebelWays)}) AS w
    JOIN votes AS v ON v.division_id = w.value ->> 0 AND v.party_id = w.value ->> 1 AND v.position = w.value ->> 2
    GROUP BY v.person_id`);
  const notWhipped = db.all<CountRow>(sql`
    SELECT v.person_id AS personId, count(*) AS n FROM json_each(${JSON.stringify(unwhipped)}) AS w
    JOIN votes AS v ON v.division_id = w.value ->> 0 AND v.party_id = w.value ->> 1
    GROUP BY v.person_id`);
  // Divisions with no official id are on no page and judged nowhere: none of their votes is a whipped vote.
  const unlisted = db.all<CountRow>(sql`
    SELECT v.person_id AS personId, count(*) AS n FROM divisions AS d JOIN votes AS v ON v.division_id = d.id
    WHERE d.official_id IS NULL AND v.party_id IS NOT NULL GROUP BY v.person_id`);
  const countOf = (rows: CountRow[]) => new Map(rows.map((r) => [r.personId, r.n]));
  const [rebelled, free, offPage] = [countOf(rebellions), countOf(notWhipped), countOf(unlisted)];

  const byPerson = new Map<number, PersonRates>();
  for (const row of db.select().from(personVoteCounts).all()) {
    byPerson.set(row.personId, {
      divisionsHeld: row.divisionsHeld,
      votesCast: row.votesCast,
      whippedVotes: row.divisionsHeld - row.withoutParty - (free.get(row.personId) ?? 0) - (offPage.get(row.personId) ?? 0),
      rebellions: rebelled.get(row.personId) ?? 0,
    });
  }

  const ratesByParty = new Map<number, { attendance: number[]; rebellion: number[]; members: number }>();
  for (const member of searchMembers({})) {
    const rates = byPerson.get(member.personId);
    if (!rates) continue;
    const entry = ratesByParty.get(member.partyId) ?? { attendance: [], rebellion: [], members: 0 };
    entry.members += 1;
    if (rates.divisionsHeld > 0) entry.attendance.push(rates.votesCast / rates.divisionsHeld);
    if (rates.whippedVotes > 0) entry.rebellion.push(rates.rebellions / rates.whippedVotes);
    ratesByParty.set(member.partyId, entry);
  }
  const medians = new Map(
    [...ratesByParty].map(([partyId, e]) => [partyId, { members: e.members, attendance: median(e.attendance), rebellionRate: median(e.rebellion) }]),
  );
  return { byPerson, medians };
}
