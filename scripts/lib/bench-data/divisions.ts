// The divisions of the three Parliaments, each member's vote and each party's whip. Several divisions a
// sitting day, numbered per day; every member seated that day has a row (absent when they did not vote);
// parties vote along their lines with a few rebels, two tellers a side, a few proxies and the odd member
// recorded in both lobbies. Official counts are the lobby totals without the tellers.
import type Database from 'better-sqlite3';
import { addDays, STAMP, type Random } from './random';
import { PARLIAMENTS, type People, type Term } from './people';

export type Line = 'aye' | 'no' | 'abstain' | 'free';
type Position = 'aye' | 'no' | 'both' | 'absent';
type Vote = { term: Term; position: Position; isTeller: boolean; proxyName: string | null };
export type Rebel = { divisionId: number; personId: number; partyId: number; date: string };
export type DivisionsResult = { ids: { id: number; date: string }[]; rebels: Rebel[]; votes: number; whips: number };

const SUBJECTS = [
  'Finance', 'Immigration', 'Housing and Planning', 'Trade Union', 'Welfare Reform and Work', 'European Union (Withdrawal)', 'Health and Social Care',
  'Policing and Crime', 'Investigatory Powers', 'Energy', 'Higher Education and Research', 'Digital Economy', 'Counter-Terrorism and Border Security',
  'Agriculture', 'Fisheries', 'Environment', 'Domestic Abuse', 'Police, Crime, Sentencing and Courts', 'Nationality and Borders', 'Elections',
  'Building Safety', 'Levelling-up and Regeneration', 'Online Safety', 'Public Order', 'Illegal Migration', 'Strikes (Minimum Service Levels)',
  'Retained EU Law (Revocation and Reform)', 'Economic Crime and Corporate Transparency', 'Energy Prices', 'Procurement', 'Rwanda',
  'Northern Ireland (Legacy and Reconciliation)', 'Renters (Reform)', 'Data Protection and Digital Information', 'Schools', 'Armed Forces',
  'National Insurance Contributions', 'Social Security', 'Coronavirus', 'Fire Safety', 'Pension Schemes', 'Telecommunications (Security)',
];
const STAGES = [
  'Second Reading', 'Reasoned amendment to Second Reading', 'Programme motion', 'Committee of the whole House: New Clause %',
  'Committee of the whole House: Clause % stand part', 'Report Stage: New Clause %', 'Report Stage: Amendment %', 'Third Reading',
  'Consideration of Lords amendments: Motion to disagree with Lords Amendment %', 'Money resolution',
];
const DEBATES = ['Opposition Day: Cost of living', 'Opposition Day: NHS waiting lists', 'Opposition Day: Education recovery', 'Estimates Day', 'Opposition Day: Energy bills'];

/** Mondays to Thursdays outside the recesses, from two weeks after the election to the dissolution. */
export function sittingDays(): { date: string; parliament: number }[] {
  const days: { date: string; parliament: number }[] = [];
  for (const p of PARLIAMENTS) {
    if (!p.composition) continue;
    for (let date = addDays(p.start, 14); date < p.end; date = addDays(date, 1)) {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const md = date.slice(5);
      const recess = (md >= '07-22' && md <= '09-04') || md >= '12-20' || md <= '01-06' || (md >= '04-01' && md <= '04-14') || (md >= '02-13' && md <= '02-20') || (md >= '05-24' && md <= '06-02');
      if (weekday >= 1 && weekday <= 4 && !recess) days.push({ date, parliament: p.number });
    }
  }
  return days;
}

/** How many divisions each sitting day has: 1 to 15, adding up to `total`. */
function perDay(r: Random, days: number, total: number): number[] {
  const counts = Array.from({ length: days }, () => (r.chance(0.15) ? r.int(6, 12) : r.int(1, 5)));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = r.int(0, days - 1);
    const n = counts[i] as number;
    const step = sum > total ? (n > 1 ? -1 : 0) : n < 15 ? 1 : 0;
    counts[i] = n + step;
    sum += step;
  }
  return counts;
}

/** Each party's line in one division: the government (Conservative) one way, the opposition mostly the other. */
function partyLines(r: Random, people: People, parliament: number): Map<number, Line> {
  const id = people.partyId;
  const lines = new Map<number, Line>();
  if (r.chance(0.01)) {
    for (const p of people.parties) lines.set(p.id, 'free');
    return lines;
  }
  const government: Line = r.chance(0.6) ? 'aye' : 'no';
  const other: Line = government === 'aye' ? 'no' : 'aye';
  const roll = r.next();
  const labour: Line = roll < 0.85 ? other : roll < 0.93 ? 'abstain' : government;
  lines.set(id('Con'), government);
  lines.set(id('Lab'), labour);
  const dup = r.next();
  lines.set(id('DUP'), parliament === 57 ? (dup < 0.85 ? government : other) : dup < 0.55 ? government : dup < 0.85 ? other : 'abstain');
  for (const p of ['SNP', 'LD', 'PC', 'SDLP', 'Green']) {
    const x = r.next();
    lines.set(id(p), x < 0.8 ? (labour === 'abstain' ? other : labour) : x < 0.9 ? government : 'abstain');
  }
  lines.set(id('SF'), 'abstain');
  lines.set(id('Ind'), r.chance(0.6) ? other : government);
  return lines;
}

export function writeDivisions(sqlite: Database.Database, r: Random, people: People, total: number): DivisionsResult {
  const days = sittingDays();
  const counts = perDay(r, days.length, total);
  const spk = people.partyId('Spk');
  const sf = people.partyId('SF');
  const whipped = new Set(people.parties.filter((p) => p.kind === 'party').map((p) => p.id));
  const insertDivision = sqlite.prepare(
    `INSERT INTO divisions (id, official_id, house, held_at, date, number, official_title, short_title, aye_count, no_count, result_text,
       is_deferred, publication_updated, hansard_url, sources, created_at, updated_at)
     VALUES (?, ?, 'commons', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
  );
  const insertVote = sqlite.prepare(
    'INSERT INTO votes (division_id, person_id, position, is_teller, proxy_name, party_id, constituency_id, member_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertWhip = sqlite.prepare(
    `INSERT INTO whips (division_id, party_id, instruction, strength, basis, note, sources, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const result: DivisionsResult = { ids: [], rebels: [], votes: 0, whips: 0 };
  const absence = (personId: number) => 0.1 + ((personId * 7919) % 101) / 100 * 0.16;
  const name = (personId: number) => people.persons[personId - 1]?.name ?? '';
  const seatName = (seatId: number) => people.seats[seatId - 1]?.name ?? null;

  let id = 0;
  days.forEach((day, dayIndex) => {
    const seated = people.terms.filter((t) => t.parliament === day.parliament && t.start <= day.date && t.end >= day.date);
    const sizes = new Map<number, number>();
    for (const t of seated) sizes.set(t.partyId, (sizes.get(t.partyId) ?? 0) + 1);
    const bill = r.chance(0.15) ? r.pick(DEBATES) : `${r.pick(SUBJECTS)}${r.chance(0.2) ? ' (No. 2)' : ''} Bill`;
    let minute = r.int(15 * 60 + 30, 19 * 60);
    const n = counts[dayIndex] as number;
    for (let number = 1; number <= n; number += 1) {
      id += 1;
      const lines = partyLines(r, people, day.parliament);
      const votes: Vote[] = seated.map((term) => {
        const line = lines.get(term.partyId);
        let position: Position = 'absent';
        if (term.partyId === spk || term.partyId === sf || !line) position = 'absent';
        else if (line === 'free') position = r.chance(0.3) ? 'absent' : r.chance(term.partyId === people.partyId('Con') ? 0.4 : 0.6) ? 'aye' : 'no';
        else if (line === 'abstain') position = r.chance(0.96) ? 'absent' : r.chance(0.5) ? 'aye' : 'no';
        else if (!r.chance(absence(term.personId))) {
          position = r.chance(0.015) ? (line === 'aye' ? 'no' : 'aye') : line;
          if (r.chance(0.0015)) position = 'both';
        }
        return { term, position, isTeller: false, proxyName: null };
      });
      for (const lobby of ['aye', 'no'] as const) chooseTellers(r, votes, lobby, lines, spk, sf);
      const proxies = day.date >= '2019-01-28';
      const firstIn = new Map<string, string>();
      let ayes = 0;
      let noes = 0;
      for (const v of votes) {
        if (v.position === 'aye' || v.position === 'both') ayes += v.isTeller ? 0 : 1;
        if (v.position === 'no' || v.position === 'both') noes += v.isTeller ? 0 : 1;
        if (v.position !== 'aye' && v.position !== 'no') continue;
        const key = `${v.term.partyId}:${v.position}`;
        const proxy = firstIn.get(key);
        if (proxy === undefined) firstIn.set(key, name(v.term.personId));
        else if (proxies && !v.isTeller && r.chance(0.02)) v.proxyName = proxy;
        const line = lines.get(v.term.partyId);
        if ((line === 'aye' || line === 'no') && line !== v.position && whipped.has(v.term.partyId)) {
          result.rebels.push({ divisionId: id, personId: v.term.personId, partyId: v.term.partyId, date: day.date });
        }
      }
      const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
      const stage = r.pick(STAGES).replace('%', String(r.int(1, 40)));
      const title = bill.endsWith('Bill') ? `${bill}: ${stage}` : bill;
      const result_ = ayes === noes ? 'Negatived on the casting vote of the Chair' : `${ayes > noes ? 'Agreed' : 'Negatived'}, majority ${Math.abs(ayes - noes)}`;
      const officialId = 100000 + id;
      insertDivision.run(
        id, officialId, `${day.date}T${time(minute)}`, day.date, number, title, title.split(': ')[0] ?? title, ayes, noes, result_,
        `${day.date}T${time(minute + 75)}`, `https://hansard.parliament.uk/Commons/${day.date}/division/${officialId}`,
        JSON.stringify([{ url: `https://votes.parliament.uk/votes/commons/division/${officialId}` }]), STAMP, STAMP,
      );
      for (const v of votes) {
        const t = v.term;
        insertVote.run(id, t.personId, v.position, v.isTeller ? 1 : 0, v.proxyName, t.partyId, t.seatId, seatName(t.seatId));
      }
      result.votes += votes.length;
      for (const [partyId, size] of sizes) {
        const line = lines.get(partyId);
        if (!whipped.has(partyId) || size < 2 || !line) continue;
        const reported = line === 'free' || partyId === sf || r.chance(0.8);
        const strength = line === 'free' || line === 'abstain' || !reported ? null : r.chance(0.35) ? 3 : 2;
        const note = partyId === sf ? 'Abstentionist: does not take its seats' : line === 'free' ? 'Free vote' : null;
        const source = reported ? JSON.stringify([{ url: `https://www.example-whips.org.uk/${day.date}/${partyId}`, note: 'Whip as reported' }]) : '[]';
        insertWhip.run(id, partyId, line, strength, reported ? 'reported' : 'inferred', note, source, STAMP, STAMP);
        result.whips += 1;
      }
      result.ids.push({ id, date: day.date });
      minute += r.int(12, 25);
    }
  });
  return result;
}

/** Two tellers for a lobby, from the largest party voting in it on its line; absent members step in if the lobby is short. */
function chooseTellers(r: Random, votes: Vote[], lobby: 'aye' | 'no', lines: Map<number, Line>, spk: number, sf: number): void {
  const inLobby = votes.filter((v) => v.position === lobby && lines.get(v.term.partyId) === lobby);
  const sizes = new Map<number, number>();
  for (const v of inLobby) sizes.set(v.term.partyId, (sizes.get(v.term.partyId) ?? 0) + 1);
  const party = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  let candidates = inLobby.filter((v) => v.term.partyId === party);
  if (candidates.length < 2) candidates = votes.filter((v) => v.position === lobby && !v.isTeller);
  if (candidates.length < 2) candidates = votes.filter((v) => v.position === 'absent' && v.term.partyId !== spk && v.term.partyId !== sf);
  for (let i = 0; i < 2; i += 1) {
    const v = candidates.splice(r.int(0, candidates.length - 1), 1)[0];
    if (!v) throw new Error('no teller available');
    v.position = lobby;
    v.isTeller = true;
  }
}
