import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { divisions, persons, posts, votes } from '@/db/schema';
import type { WhipInstruction } from '@/lib/domain/types';
import type { PartyWayTally } from '@/lib/view/division-summary';
import { median } from '@/lib/view/median';
import { versionMemo } from '../version-memo';
import { loadJudgedDivisions } from './judged-divisions';
import { countMembersByParty, searchMembers, type MemberListItem } from './members';
import { listParties, type PartySummary } from './parties';

// The party pages (/parties, /parties/{abbr}): who sits for a party now and how many it had over time, the whips
// recorded for it, its MPs' rebellions and departures, its most frequent rebels, and how united it voted in each
// division. Built from every division's parties judged once per data version (db/queries/judged-divisions.ts), and
// kept per party and version.

export type PartyListRow = PartySummary & { membersNow: number };

/** Every party with MPs now or before, largest first (the Speaker and deputies are not a party and are left out). */
export function listPartiesWithMembers(): PartyListRow[] {
  const now = new Map(countMembersByParty().map((c) => [c.partyId, c.members]));
  return listParties()
    .filter((p) => p.kind !== 'speaker')
    .map((p) => ({ ...p, membersNow: now.get(p.id) ?? 0 }))
    .sort((a, b) => b.membersNow - a.membersNow || a.name.localeCompare(b.name, 'en-GB'));
}

export type CohesionRow = {
  officialId: number;
  date: string;
  title: string;
  ayes: number;
  noes: number;
  /** The share of its MPs voting in one lobby who were in its larger lobby; null when none voted. */
  cohesion: number | null;
  whip: WhipInstruction | null;
  rebels: number;
};

export type PartyPage = {
  party: PartySummary;
  membersNow: MemberListItem[];
  /** Per year: the most of its MPs recorded in one division (voting or not). */
  overTime: { year: string; most: number; divisions: number }[];
  whipsRecorded: { instruction: WhipInstruction; count: number }[];
  rebellions: { votes: number; divisions: number };
  departures: { personId: number; name: string; parliamentId: number | null; officialId: number | null; date: string | null }[];
  topRebels: { personId: number; name: string; parliamentId: number | null; rebellions: number }[];
  /** The latest divisions it voted in, newest first. */
  cohesion: CohesionRow[];
  medianCohesion: number | null;
};

/** Divisions shown in the cohesion table; the median is over every division. */
export const COHESION_ROWS = 50;

const memo = versionMemo<number, PartyPage>({ maxEntries: 16 });

export function loadPartyPage(abbreviation: string): PartyPage | null {
  const party = listParties().find((p) => p.abbreviation.toLowerCase() === abbreviation.toLowerCase() && p.kind !== 'speaker');
  return party ? memo(party.id, () => readPartyPage(party)) : null;
}

function readPartyPage(party: PartySummary): PartyPage {
  const db = getDb();
  const all = loadJudgedDivisions();
  const mine = all.judged.filter((j) => j.partyId === party.id);
  const judgedByDivision = new Map(mine.map((j) => [j.divisionId, j]));
  const tallies = db.all<PartyWayTally>(
    sql`SELECT division_id AS divisionId, party_id AS partyId, position, members FROM division_party_tallies WHERE party_id = ${party.id}`,
  );
  const partyWhips = db.all<{ divisionId: number; instruction: WhipInstruction }>(
    sql`SELECT division_id AS divisionId, instruction FROM whips WHERE party_id = ${party.id}`,
  );
  const byDivision = new Map<number, { aye: number; no: number; both: number; absent: number }>();
  for (const t of tallies) {
    const entry = byDivision.get(t.divisionId) ?? { aye: 0, no: 0, both: 0, absent: 0 };
    entry[t.position] += t.members;
    byDivision.set(t.divisionId, entry);
  }
  const listed = new Map(all.divisions.map((d) => [d.id, d]));

  const years = new Map<string, { most: number; divisions: number }>();
  for (const [divisionId, w] of byDivision) {
    const d = listed.get(divisionId);
    if (!d) continue;
    const year = d.date.slice(0, 4);
    const entry = years.get(year) ?? { most: 0, divisions: 0 };
    entry.most = Math.max(entry.most, w.aye + w.no + w.both + w.absent);
    entry.divisions += 1;
    years.set(year, entry);
  }

  const instructionCounts = new Map<WhipInstruction, number>();
  for (const w of partyWhips) instructionCounts.set(w.instruction, (instructionCounts.get(w.instruction) ?? 0) + 1);

  const rebelWays = mine.flatMap((j) => j.rebelPositions.map((position) => [j.divisionId, party.id, position]));
  const topRebels = db.all<{ personId: number; name: string; parliamentId: number | null; rebellions: number }>(sql`
    SELECT v.person_id AS personId, p.name AS name, p.parliament_id AS parliamentId, count(*) AS rebellions
    FROM json_each(${JSON.stringify(rebelWays)}) AS w
    JOIN votes AS v ON v.division_id = w.value ->> 0 AND v.party_id = w.value ->> 1 AND v.position = w.value ->> 2
    JOIN persons AS p ON p.id = v.person_id
    GROUP BY v.person_id ORDER BY rebellions DESC, p.sort_name LIMIT 20`);

  const departures = db
    .select({ personId: posts.personId, name: persons.name, parliamentId: persons.parliamentId, officialId: divisions.officialId, date: divisions.date })
    .from(posts)
    .innerJoin(votes, and(eq(votes.divisionId, posts.endedOverDivisionId), eq(votes.personId, posts.personId)))
    .innerJoin(persons, eq(persons.id, posts.personId))
    .innerJoin(divisions, eq(divisions.id, posts.endedOverDivisionId))
    .where(eq(votes.partyId, party.id))
    .orderBy(desc(divisions.heldAt), persons.sortName)
    .all();

  const titles = new Map(
    db
      .select({ id: divisions.id, officialId: divisions.officialId, officialTitle: divisions.officialTitle, shortTitle: divisions.shortTitle, heldAt: divisions.heldAt })
      .from(divisions)
      .where(inArray(divisions.id, [...byDivision.keys()].filter((id) => listed.has(id))))
      .orderBy(desc(divisions.heldAt))
      .all()
      .map((d) => [d.id, d]),
  );
  const recordedWhip = new Map(partyWhips.map((w) => [w.divisionId, w.instruction]));
  const cohesionAll = [...titles.values()].map((d) => {
    const w = byDivision.get(d.id)!;
    const voting = w.aye + w.no;
    return {
      officialId: d.officialId!,
      date: listed.get(d.id)!.date,
      title: d.shortTitle ?? d.officialTitle,
      ayes: w.aye,
      noes: w.no,
      cohesion: voting === 0 ? null : Math.max(w.aye, w.no) / voting,
      whip: recordedWhip.get(d.id) ?? null,
      rebels: judgedByDivision.get(d.id)?.rebels ?? 0,
    };
  });

  return {
    party,
    membersNow: searchMembers({ partyId: party.id }),
    overTime: [...years].map(([year, e]) => ({ year, ...e })).sort((a, b) => b.year.localeCompare(a.year)),
    whipsRecorded: [...instructionCounts].map(([instruction, count]) => ({ instruction, count })).sort((a, b) => b.count - a.count),
    rebellions: { votes: mine.reduce((sum, j) => sum + j.rebels, 0), divisions: mine.filter((j) => j.rebels > 0).length },
    departures,
    topRebels,
    cohesion: cohesionAll.slice(0, COHESION_ROWS),
    medianCohesion: median(cohesionAll.flatMap((c) => (c.cohesion === null ? [] : [c.cohesion]))),
  };
}
