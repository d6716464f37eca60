// The seeded randomness and the word lists the benchmark database is made from. Everything derives from
// one seed, so every run writes the same rows.

/** A small seeded PRNG (mulberry32), as in bench-divisions.ts. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  shuffle: <T>(list: T[]) => T[];
};

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(next() * list.length)] as T;
  };
  const shuffle = <T>(list: T[]): T[] => {
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  };
  return { next, int, chance: (p) => next() < p, pick, shuffle };
}

/** ISO date arithmetic on YYYY-MM-DD strings. */
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export { daysBetween } from '@/lib/domain/dates';

/** Fixed created/updated stamps, so the file is the same on every run. */
export const STAMP = '2024-06-01T00:00:00.000Z';

export const FIRST_NAMES = [
  'James', 'John', 'David', 'Andrew', 'Richard', 'Robert', 'Michael', 'Peter', 'Stephen', 'Mark', 'Paul', 'Simon', 'Christopher',
  'Jonathan', 'Nicholas', 'Daniel', 'Matthew', 'Thomas', 'William', 'George', 'Edward', 'Alistair', 'Ian', 'Neil', 'Graham', 'Kevin',
  'Gavin', 'Alan', 'Angus', 'Hamish', 'Rhys', 'Gareth', 'Owain', 'Liam', 'Sean', 'Imran', 'Rishi', 'Sajid', 'Tahir', 'Afzal',
  'Sarah', 'Emma', 'Helen', 'Rachel', 'Catherine', 'Elizabeth', 'Margaret', 'Anne', 'Louise', 'Caroline', 'Victoria', 'Rebecca',
  'Jessica', 'Lucy', 'Hannah', 'Claire', 'Fiona', 'Alison', 'Karen', 'Julie', 'Angela', 'Diane', 'Harriet', 'Yvette', 'Stella',
  'Nadia', 'Priti', 'Shabana', 'Rushanara', 'Seema', 'Bridget', 'Kirsty', 'Mhairi', 'Carol', 'Siobhan', 'Nia', 'Tonia', 'Jo',
];

export const LAST_NAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson',
  'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner',
  'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James',
  'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter',
  'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson',
  'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt',
  'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell', 'Barker',
  'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', 'Graham', 'Pearson', 'Ahmed', 'Fletcher', 'Walsh', 'Kaur', 'Gibson',
  'Howard', 'Andrews', 'Stewart', 'Elliott', 'Reynolds', 'Saunders', 'Payne', 'Fox', 'Ford', 'Pearce', 'Day', 'Brooks', 'West',
  'Lawrence', 'Cole', 'Atkinson', 'Bradley', 'Spencer', 'Gill', 'Dawson', 'Ball', 'Burton', "O'Brien", 'Watts', 'Rose', 'Booth',
  'MacDonald', 'McKenzie', 'Fraser', 'Sinclair', 'Docherty', 'Reid', 'Ferguson', 'McNeill', 'Doyle', 'Gallagher', 'Quinn', 'Maskey',
];

export const PLACE_STEMS = [
  'Ash', 'Brad', 'Brent', 'Burn', 'Cam', 'Chester', 'Col', 'Dar', 'Dun', 'Ely', 'Fal', 'Glen', 'Gran', 'Ham', 'Hart', 'Kings', 'Lang',
  'Lin', 'Mal', 'Mar', 'Mid', 'New', 'North', 'Oak', 'Pen', 'Red', 'Rich', 'Rother', 'Sal', 'Sand', 'Shef', 'Stan', 'Stock', 'Stour',
  'Sud', 'Tam', 'Thorn', 'Wal', 'Wel', 'West', 'Whit', 'Wim', 'Wor', 'Brig', 'Car', 'Aber', 'Llan', 'Inver', 'Kil', 'Bally',
];
export const PLACE_ENDINGS = [
  'ford', 'ton', 'ham', 'bury', 'field', 'ley', 'worth', 'by', 'wick', 'mouth', 'bridge', 'stead', 'minster', 'borough', 'dale',
  'port', 'well', 'combe', 'caster', 'den', 'hurst', 'moor', 'sea', 'gate', 'lyn',
];
export const COMPASS = ['North', 'South', 'East', 'West', 'Central', 'North East', 'North West', 'South East', 'South West'];
