// Reads the real record of Commons division 1666 (15 Nov 2023, SNP ceasefire amendment) from
// data/commons-2023-11-15 and turns it into the plain inputs the rules in lib/domain take.
// Mappings follow DOMAIN.md and the seed: party on the day from `PartyAbbreviation` (null → "Deputy Speaker"),
// whips.csv rows with aye/no/abstain/free become recorded whips; 'unknown' and 'n/a' do not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '@/lib/import/csv';
import {
  effectiveVote,
  type DivisionListing,
  type EffectiveVote,
  type PartyFact,
  type PartyKind,
  type PostEndReason,
  type PostFacts,
  type PostKind,
  type RecordedWhip,
  type VoteFact,
  type WhipInstruction,
} from '@/lib/domain';

export const RECORD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/commons-2023-11-15');

type ApiMember = {
  MemberId: number;
  Name: string;
  Party: string;
  SubParty: string | null;
  PartyColour: string | null;
  PartyAbbreviation: string | null;
  MemberFrom: string;
  ListAs: string | null;
  ProxyName: string | null;
};

export type ApiDivision = {
  DivisionId: number;
  Date: string;
  Number: number;
  Title: string;
  AyeCount: number;
  NoCount: number;
  AyeTellers: ApiMember[];
  NoTellers: ApiMember[];
  Ayes: ApiMember[];
  Noes: ApiMember[];
  NoVoteRecorded: ApiMember[];
};

export type CsvRow = Record<string, string>;

export type RecordMember = {
  memberId: number;
  name: string;
  /** The party name as the record gives it on the day ("Labour", "Deputy Speaker", …). */
  partyName: string;
  /** `PartyAbbreviation`, or "Deputy Speaker" where the record has none. */
  partyKey: string;
  partyId: number;
  listing: DivisionListing;
  inNoVoteRecorded: boolean;
  vote: EffectiveVote;
  proxyName: string | null;
};

export type RecordParty = PartyFact & { key: string; name: string };

export type Record1666 = {
  division: ApiDivision;
  /** The division's calendar date. */
  date: string;
  members: RecordMember[];
  byId: ReadonlyMap<number, RecordMember>;
  parties: RecordParty[];
  partyId: (key: string) => number;
  recordedWhips: Map<number, RecordedWhip>;
  voteFacts: VoteFact[];
  csv: { members: CsvRow[]; whips: CsvRow[]; departures: CsvRow[]; stances: CsvRow[] };
};

export function readCsv(file: string): CsvRow[] {
  return parseCsv(readFileSync(path.join(RECORD_DIR, file), 'utf8'), file);
}

export function partyKeyOf(abbreviation: string | null): string {
  return abbreviation ?? 'Deputy Speaker';
}

export function partyKindOf(key: string): PartyKind {
  if (key === 'Ind') return 'independent';
  if (key === 'Spk' || key === 'Deputy Speaker') return 'speaker';
  return 'party';
}

const INSTRUCTIONS: ReadonlySet<string> = new Set(['aye', 'no', 'abstain', 'free']);

/** A whips.csv row as the seed records it, or null when the row is not a whip ('unknown', 'n/a …'). */
export function recordedWhipFromRow(row: CsvRow): RecordedWhip | null {
  const instruction = row.whip_instruction?.trim().toLowerCase() ?? '';
  if (!INSTRUCTIONS.has(instruction)) return null;
  const strengthText = row.whip_strength?.trim().toLowerCase() ?? '';
  const strength = strengthText.startsWith('three-line')
    ? 3
    : strengthText.startsWith('two-line')
      ? 2
      : strengthText.startsWith('one-line')
        ? 1
        : null;
  return {
    instruction: instruction as WhipInstruction,
    basis: row.basis?.trim().toLowerCase().startsWith('reported') ? 'reported' : 'inferred',
    strength,
  };
}

/** A frontbench-departures.csv row as a post: end date = the row's date; start not in the record. */
export function postFromDepartureRow(row: CsvRow): PostFacts & { memberId: number } {
  const kindText = row.kind?.trim().toLowerCase();
  const kind: PostKind = kindText === 'pps' ? 'pps' : kindText === 'shadow minister' ? 'shadow_minister' : unknownKind(kindText);
  const outcome = row.outcome?.trim().toLowerCase() ?? '';
  // Only an outcome every source agrees on is named; "sacked or resigned (sources differ)" stays unknown.
  const endReason: PostEndReason = outcome.startsWith('resigned') ? 'resigned' : 'unknown';
  return { memberId: Number(row.parliament_member_id), kind, startDate: null, endDate: row.date ?? null, endReason, endedOverDivisionId: null };
}

function unknownKind(text: string | undefined): never {
  throw new Error(`frontbench-departures.csv: unexpected kind ${JSON.stringify(text)}`);
}

let cached: Record1666 | null = null;

export function loadRecord1666(): Record1666 {
  if (cached) return cached;
  const division = JSON.parse(readFileSync(path.join(RECORD_DIR, 'commonsvotes-division-1666.json'), 'utf8')) as ApiDivision;

  const lists = ['Ayes', 'Noes', 'AyeTellers', 'NoTellers', 'NoVoteRecorded'] as const;
  const seen = new Map<number, { api: ApiMember; in: Set<(typeof lists)[number]> }>();
  for (const list of lists) {
    for (const m of division[list]) {
      const entry = seen.get(m.MemberId) ?? { api: m, in: new Set() };
      entry.in.add(list);
      seen.set(m.MemberId, entry);
    }
  }

  const partyNames = new Map<string, string>(); // key → name
  for (const { api } of seen.values()) partyNames.set(partyKeyOf(api.PartyAbbreviation), api.Party);
  const keys = [...partyNames.keys()].sort();
  const ids = new Map(keys.map((k, i) => [k, i + 1]));
  const partyId = (key: string): number => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`no party ${JSON.stringify(key)} in division 1666`);
    return id;
  };
  const parties: RecordParty[] = keys.map((key) => ({ id: partyId(key), key, name: partyNames.get(key) ?? key, kind: partyKindOf(key) }));

  const members: RecordMember[] = [...seen.values()].map(({ api, in: where }) => {
    const listing: DivisionListing = {
      inAyes: where.has('Ayes'),
      inNoes: where.has('Noes'),
      tellerForAyes: where.has('AyeTellers'),
      tellerForNoes: where.has('NoTellers'),
    };
    const partyKey = partyKeyOf(api.PartyAbbreviation);
    return {
      memberId: api.MemberId,
      name: api.Name,
      partyName: api.Party,
      partyKey,
      partyId: partyId(partyKey),
      listing,
      inNoVoteRecorded: where.has('NoVoteRecorded'),
      vote: effectiveVote(listing),
      proxyName: api.ProxyName,
    };
  });

  const csv = {
    members: readCsv('members.csv'),
    whips: readCsv('whips.csv'),
    departures: readCsv('frontbench-departures.csv'),
    stances: readCsv('stances.csv'),
  };

  // whips.csv names parties in full ("Scottish National Party"), as the record's `Party` field does.
  const keyByName = new Map([...partyNames].map(([key, name]) => [name, key]));
  const recordedWhips = new Map<number, RecordedWhip>();
  for (const row of csv.whips) {
    const whip = recordedWhipFromRow(row);
    if (!whip) continue;
    const key = keyByName.get(row.party ?? '');
    if (key === undefined) throw new Error(`whips.csv: party ${JSON.stringify(row.party)} is not in division 1666`);
    recordedWhips.set(partyId(key), whip);
  }

  cached = {
    division,
    date: division.Date.slice(0, 10),
    members,
    byId: new Map(members.map((m) => [m.memberId, m])),
    parties,
    partyId,
    recordedWhips,
    voteFacts: members.map((m) => ({ personId: m.memberId, partyId: m.partyId, position: m.vote.position, isTeller: m.vote.isTeller })),
    csv,
  };
  return cached;
}
