// Parties, the 650 seats, the people who held them and their memberships, over four Parliaments: the
// 2010 one (members only, as history) and the three the benchmark's divisions fall in. Seats mostly stay
// with their party, most MPs are re-elected, and each Parliament has a few by-elections and a few members
// who leave their party or lose the whip mid-term (a new membership as Independent).
import { nationOfOnsCode } from '@/lib/domain/nation';
import type Database from 'better-sqlite3';
import { addDays, COMPASS, daysBetween, FIRST_NAMES, LAST_NAMES, PLACE_ENDINGS, PLACE_STEMS, STAMP, type Random } from './random';

export type PartyKind = 'party' | 'independent' | 'speaker';
export type Party = { id: number; name: string; abbreviation: string; colour: string; kind: PartyKind };
export type Nation = 'E' | 'S' | 'W' | 'N';
export type Seat = { id: number; name: string; onsCode: string; nation: Nation };
export type Person = { id: number; name: string; first: string; last: string; parliamentId: number };
export type Term = { personId: number; partyId: number; seatId: number; start: string; end: string; endReason: string; parliament: number };
export type Parliament = { number: number; start: string; end: string; composition: Record<Nation, Record<string, number>> | null };
export type People = { parties: Party[]; seats: Seat[]; persons: Person[]; terms: Term[]; partyId: (abbreviation: string) => number };

export const PARLIAMENTS: Parliament[] = [
  { number: 55, start: '2010-05-06', end: '2015-03-30', composition: null },
  {
    number: 56, start: '2015-05-07', end: '2017-05-03',
    composition: {
      E: { Con: 318, Lab: 206, LD: 6, Green: 1, Spk: 1, Ind: 1 }, S: { SNP: 56, Con: 1, Lab: 1, LD: 1 },
      W: { Lab: 25, Con: 11, PC: 3, LD: 1 }, N: { DUP: 8, SF: 4, SDLP: 3, Ind: 3 },
    },
  },
  {
    number: 57, start: '2017-06-08', end: '2019-11-06',
    composition: {
      E: { Con: 296, Lab: 227, LD: 8, Green: 1, Spk: 1 }, S: { SNP: 35, Con: 13, Lab: 7, LD: 4 },
      W: { Lab: 28, Con: 8, PC: 4 }, N: { DUP: 10, SF: 7, Ind: 1 },
    },
  },
  {
    number: 58, start: '2019-12-12', end: '2024-05-30',
    composition: {
      E: { Con: 344, Lab: 179, LD: 7, Green: 1, Spk: 1, Ind: 1 }, S: { SNP: 48, Con: 6, LD: 4, Lab: 1 },
      W: { Lab: 22, Con: 14, PC: 4 }, N: { DUP: 8, SF: 7, SDLP: 2, Ind: 1 },
    },
  },
];

const PARTIES: Omit<Party, 'id'>[] = [
  { name: 'Conservative', abbreviation: 'Con', colour: '0087DC', kind: 'party' },
  { name: 'Labour', abbreviation: 'Lab', colour: 'E4003B', kind: 'party' },
  { name: 'Scottish National Party', abbreviation: 'SNP', colour: 'FDF38E', kind: 'party' },
  { name: 'Liberal Democrat', abbreviation: 'LD', colour: 'FAA61A', kind: 'party' },
  { name: 'Democratic Unionist Party', abbreviation: 'DUP', colour: 'D46A4C', kind: 'party' },
  { name: 'Sinn Féin', abbreviation: 'SF', colour: '326760', kind: 'party' },
  { name: 'Plaid Cymru', abbreviation: 'PC', colour: '005B54', kind: 'party' },
  { name: 'Social Democratic & Labour Party', abbreviation: 'SDLP', colour: '2AA82C', kind: 'party' },
  { name: 'Green Party', abbreviation: 'Green', colour: '6AB023', kind: 'party' },
  { name: 'Independent', abbreviation: 'Ind', colour: 'C0C0C0', kind: 'independent' },
  { name: 'Speaker', abbreviation: 'Spk', colour: 'FFFFFF', kind: 'speaker' },
];

const NATIONS: { nation: Nation; seats: number; prefix: string; first: number }[] = [
  { nation: 'E', seats: 533, prefix: 'E14', first: 530 },
  { nation: 'S', seats: 59, prefix: 'S14', first: 1 },
  { nation: 'W', seats: 40, prefix: 'W07', first: 41 },
  { nation: 'N', seats: 18, prefix: 'N06', first: 1 },
];

/** The parties a seat may go to when it changes hands outside the election quotas (by-elections, 2010). */
const CONTENDERS: Record<Nation, string[]> = { E: ['Con', 'Lab', 'LD'], S: ['Lab', 'LD', 'SNP'], W: ['Lab', 'Con', 'PC'], N: ['DUP', 'SDLP', 'SF'] };

export function makePeople(r: Random): People {
  const parties = PARTIES.map((p, i) => ({ ...p, id: i + 1 }));
  const idByAbbreviation = new Map(parties.map((p) => [p.abbreviation, p.id]));
  const partyId = (abbreviation: string) => {
    const id = idByAbbreviation.get(abbreviation);
    if (id === undefined) throw new Error(`no party ${abbreviation}`);
    return id;
  };

  const names = new Set<string>();
  const seats: Seat[] = [];
  for (const { nation, seats: count, prefix, first } of NATIONS) {
    for (let i = 0; i < count; i += 1) {
      let name = '';
      while (!name || names.has(name)) {
        const place = () => `${r.pick(PLACE_STEMS)}${r.pick(PLACE_ENDINGS)}`;
        const roll = r.next();
        name = roll < 0.45 ? place() : roll < 0.75 ? `${place()} ${r.pick(COMPASS)}` : roll < 0.9 ? `${place()} and ${place()}` : `${r.pick(COMPASS)} ${place()}`;
      }
      names.add(name);
      seats.push({ id: seats.length + 1, name, onsCode: `${prefix}${String(first + i).padStart(6, '0')}`, nation });
    }
  }

  const persons: Person[] = [];
  const slugs = new Set<string>();
  const newPerson = (): Person => {
    let first = '';
    let last = '';
    while (!first || slugs.has(`${first} ${last}`)) {
      first = r.pick(FIRST_NAMES);
      last = r.pick(LAST_NAMES);
    }
    slugs.add(`${first} ${last}`);
    const person = { id: persons.length + 1, name: `${first} ${last}`, first, last, parliamentId: 4001 + persons.length };
    persons.push(person);
    return person;
  };

  const terms: Term[] = [];
  /** The last term of each seat: who held it, for which party, when the Parliament was dissolved. */
  let holders: (Term | null)[] = seats.map(() => null);
  const speakerSeat = seats.find((s) => s.nation === 'E') as Seat;

  for (const parliament of PARLIAMENTS) {
    const partyOf = assignParties(r, seats, parliament, holders, parties, speakerSeat);
    const next: Term[] = [];
    for (const seat of seats) {
      const party = partyOf[seat.id - 1] as number;
      const before = holders[seat.id - 1];
      const stays = before && before.partyId === party && (party === partyId('Spk') || r.chance(0.68));
      const person = stays ? before.personId : newPerson().id;
      const term = { personId: person, partyId: party, seatId: seat.id, start: parliament.start, end: parliament.end, endReason: 'Dissolution', parliament: parliament.number };
      terms.push(term);
      next.push(term);
    }
    if (parliament.composition) midTermChanges(r, parliament, next, seats, terms, newPerson, partyId);
    holders = next;
  }
  return { parties, seats, persons, terms, partyId };
}

/** The party that wins each seat: the Parliament's quotas per nation, keeping seats with their party where the quota allows. */
function assignParties(r: Random, seats: Seat[], parliament: Parliament, holders: (Term | null)[], parties: Party[], speakerSeat: Seat): number[] {
  const id = (abbreviation: string) => (parties.find((p) => p.abbreviation === abbreviation) as Party).id;
  const result = seats.map(() => 0);
  const quotas = parliament.composition ?? PARLIAMENTS[1]?.composition;
  if (!quotas) throw new Error('no composition');
  for (const nation of ['E', 'S', 'W', 'N'] as Nation[]) {
    const left = new Map(Object.entries(quotas[nation]).map(([abbreviation, n]) => [id(abbreviation), n]));
    const inNation = r.shuffle(seats.filter((s) => s.nation === nation));
    const spk = id('Spk');
    if (nation === 'E') {
      result[speakerSeat.id - 1] = spk;
      left.set(spk, 0);
    }
    const open: Seat[] = [];
    for (const seat of inNation) {
      if (seat === speakerSeat) continue;
      const before = holders[seat.id - 1]?.partyId;
      if (before !== undefined && (left.get(before) ?? 0) > 0 && r.chance(0.97)) {
        result[seat.id - 1] = before;
        left.set(before, (left.get(before) ?? 0) - 1);
      } else open.push(seat);
    }
    const pool = r.shuffle([...left.entries()].flatMap(([party, n]) => Array.from({ length: n }, () => party)));
    open.forEach((seat, i) => (result[seat.id - 1] = pool[i] ?? id(r.pick(CONTENDERS[nation]))));
  }
  if (!parliament.composition) {
    // 2010: the 2015 pattern with some seats held by another party (the Liberal Democrats held far more).
    seats.forEach((seat, i) => {
      if (seat !== speakerSeat && r.chance(0.12)) result[i] = id(r.pick(CONTENDERS[seat.nation]));
    });
  }
  return result;
}

/** By-elections and members leaving their party or losing the whip, each ending one membership and starting another. */
function midTermChanges(
  r: Random, parliament: Parliament, current: Term[], seats: Seat[], terms: Term[], newPerson: () => Person, partyId: (a: string) => number,
): void {
  const length = daysBetween(parliament.start, parliament.end);
  const touched = new Set<number>();
  const choose = () => {
    let term = r.pick(current);
    while (touched.has(term.seatId) || term.partyId === partyId('Spk') || term.partyId === partyId('SF')) term = r.pick(current);
    touched.add(term.seatId);
    return term;
  };
  const byElections = r.int(6, 12);
  for (let i = 0; i < byElections; i += 1) {
    const old = choose();
    const date = addDays(parliament.start, r.int(90, length - 150));
    old.end = date;
    old.endReason = r.pick(['Died', 'Resigned', 'Appointed Steward of the Chiltern Hundreds', 'Recalled']);
    const nation = (seats[old.seatId - 1] as Seat).nation;
    const party = r.chance(0.75) ? old.partyId : partyId(r.pick(CONTENDERS[nation]));
    const term = { ...old, personId: newPerson().id, partyId: party, start: addDays(date, r.int(35, 80)), end: parliament.end, endReason: 'Dissolution' };
    terms.push(term);
    current[current.indexOf(old)] = term;
  }
  const changes = r.int(5, 9);
  for (let i = 0; i < changes; i += 1) {
    const old = choose();
    const date = addDays(parliament.start, r.int(60, length - 60));
    old.end = date;
    const toParty = r.chance(0.8) ? 'Ind' : r.pick(['LD', 'Con', 'Lab'].filter((p) => partyId(p) !== old.partyId));
    old.endReason = toParty === 'Ind' ? r.pick(['Whip suspended', 'Whip withdrawn', 'Left the party']) : 'Changed party';
    const term = { ...old, partyId: partyId(toParty), start: addDays(date, 1), end: parliament.end, endReason: 'Dissolution' };
    terms.push(term);
    current[current.indexOf(old)] = term;
  }
}

export function writePeople(sqlite: Database.Database, people: People, boundaries: { from: string; to: string }): void {
  const party = sqlite.prepare('INSERT INTO parties (id, name, abbreviation, colour, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const p of people.parties) party.run(p.id, p.name, p.abbreviation, p.colour, p.kind, STAMP, STAMP);
  const seat = sqlite.prepare(
    'INSERT INTO constituencies (id, name, ons_code, parliament_id, valid_from, valid_to, nation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of people.seats) seat.run(s.id, s.name, s.onsCode, 146000 + s.id, boundaries.from, boundaries.to, nationOfOnsCode(s.onsCode), STAMP, STAMP);
  // As if every member's official record had been imported: their posts are known, so none held means backbench.
  const person = sqlite.prepare(
    `INSERT INTO persons (id, parliament_id, twfy_id, name, sort_name, slug, needs_review, posts_known, posts_known_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, 'official', NULL, ?, ?)`,
  );
  for (const p of people.persons) {
    const slug = `${p.first}-${p.last}`.toLowerCase().replace(/[^a-z-]/g, '');
    person.run(p.id, p.parliamentId, 24000 + p.id, p.name, `${p.last}, ${p.first}`, slug, STAMP, STAMP);
  }
  const membership = sqlite.prepare(
    `INSERT INTO memberships (person_id, house, constituency_id, party_id, start_date, end_date, end_reason, dates_basis, sources, created_at, updated_at)
     VALUES (?, 'commons', ?, ?, ?, ?, ?, 'official', ?, ?, ?)`,
  );
  for (const t of people.terms) {
    const sources = JSON.stringify([{ url: `https://members.parliament.uk/member/${4000 + t.personId}/career` }]);
    membership.run(t.personId, t.seatId, t.partyId, t.start, t.end, t.endReason, sources, STAMP, STAMP);
  }
}
