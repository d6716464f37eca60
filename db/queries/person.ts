import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import { cache } from 'react';
import { byId, type ById } from '@/lib/by-id';
import { getDb } from '@/db';
import { preparedOnce } from '@/db/prepared';
import { versionMemo } from '@/db/version-memo';
import { judgeAgainstWhip, type RecordedWhip, type WhipUsed, type WhipVerdict } from '@/lib/domain';
import { shareAlike } from '@/lib/memo-strings';
import { groupBy } from '@/lib/view/group-by';
import { assessAgainstWhips, assessMemberVotes, listWhipGuessesNeeded, type VoteView } from '@/lib/view/member-view';
import { divisionHeadingColumns, postColumns, stanceColumns } from './columns';
import { loadJudgedDivisions, readRecordedWhips } from './judged-divisions';
import { NO_ID, positionAt, readIds, tellerAt, VOTE_CODES_SQL } from './packed-columns';
import { listParties } from './parties';
import { readSeatedOnDays } from './seated';
import {
  constituencies,
  divisionPartyTallies,
  divisions,
  memberships,
  personNames,
  persons,
  posts,
  stances,
  topicDivisions,
  topics,
  type Confidence,
  type Lobby,
  type MembershipDateBasis,
  type PostEndReason,
  type PostKind,
  type PostSide,
  type PostsKnownBasis,
  type Source,
  type StanceKind,
  type StancePosition,
  type StanceTiming,
  type VotePosition,
  type WhipBasis,
  type WhipInstruction,
} from '@/db/schema';

// Reads for one MP's page. Each is one query, whatever the number of votes, posts or stances; those run for every MP
// are prepared once a connection (db/prepared.ts).

export type PersonSummary = {
  id: number;
  parliamentId: number;
  twfyId: number | null;
  name: string;
  slug: string;
  /** Whether their posts are known (rule 5's "backbench" needs it), and up to which day. */
  postsKnown: PostsKnownBasis | null;
  postsKnownOn: string | null;
};

/** A person by official member id; memoised per request so the page and its metadata share it. */
export const getPersonByParliamentId = cache((parliamentId: number): PersonSummary | null => {
  const row = personByParliamentId().get({ parliamentId });
  return row ? { ...row, parliamentId } : null;
});

const personByParliamentId = preparedOnce((db) =>
  db
    .select({
      id: persons.id,
      twfyId: persons.twfyId,
      name: persons.name,
      slug: persons.slug,
      postsKnown: persons.postsKnown,
      postsKnownOn: persons.postsKnownOn,
    })
    .from(persons)
    .where(eq(persons.parliamentId, sql.placeholder('parliamentId')))
    .prepare(),
);

/** The official member id for a slug ("yasmin-qureshi"), to redirect to the canonical address. */
export const findParliamentIdBySlug = cache((slug: string): number | null => {
  const row = getDb().select({ parliamentId: persons.parliamentId }).from(persons).where(eq(persons.slug, slug)).get();
  return row?.parliamentId ?? null;
});

export type MembershipRow = {
  id: number;
  partyId: number;
  constituencyName: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  datesBasis: MembershipDateBasis;
};

/** Commons memberships, latest first. */
export const listPersonMemberships = cache((personId: number): MembershipRow[] => membershipsOf().all({ personId }));

const membershipsOf = preparedOnce((db) =>
  db
    .select({
      id: memberships.id,
      partyId: memberships.partyId,
      constituencyName: constituencies.name,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      endReason: memberships.endReason,
      datesBasis: memberships.datesBasis,
    })
    .from(memberships)
    .leftJoin(constituencies, eq(constituencies.id, memberships.constituencyId))
    .where(and(eq(memberships.personId, sql.placeholder('personId')), eq(memberships.house, 'commons')))
    .orderBy(desc(memberships.startDate), desc(memberships.id))
    .prepare(),
);

export type PersonPostRow = {
  id: number;
  title: string;
  kind: PostKind;
  side: PostSide;
  department: string | null;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endReasonNote: string | null;
  endedOverDivisionId: number | null;
  endedOverOfficialId: number | null;
  note: string | null;
  sources: Source[];
};

/** Posts held, latest ending first (still-held posts first), with the division any ended over. */
export function listPersonPosts(personId: number): PersonPostRow[] {
  return postsOf().all({ personId });
}

const postsOf = preparedOnce((db) =>
  db
    .select({
      id: posts.id,
      ...postColumns,
      endedOverOfficialId: divisions.officialId,
    })
    .from(posts)
    .leftJoin(divisions, eq(divisions.id, posts.endedOverDivisionId))
    .where(eq(posts.personId, sql.placeholder('personId')))
    .orderBy(desc(posts.endDate), desc(posts.startDate), asc(posts.id))
    .prepare(),
);

export type PersonRecordRow = {
  divisionId: number;
  officialId: number | null;
  date: string;
  heldAt: string;
  officialTitle: string;
  shortTitle: string | null;
  position: VotePosition;
  partyId: number | null;
  /** The seat the record gives on the day. */
  constituencyName: string | null;
  whipInstruction: WhipInstruction | null;
  whipStrength: number | null;
  whipBasis: WhipBasis | null;
};

export type PersonVoteRow = PersonRecordRow & { isTeller: boolean; proxyName: string | null };

type DivisionFields = Pick<PersonRecordRow, 'officialId' | 'date' | 'heldAt' | 'officialTitle' | 'shortTitle'>;

/**
 * What a vote in the record shows beside itself, for every division, party and seat: each division's title and dates,
 * each party's recorded whip in each division (the same read of the whips as every division's judgement,
 * readRecordedWhips), each seat's name. Read whole once per data version and shared by every member's record: looking
 * them up in the tables for each of thousands of votes cost more than reading the votes.
 */
type RecordLookups = {
  /** Each division's fields, and its place in a record (0 for the latest held, then the later division first). */
  divisions: ById<DivisionFields & { order: number }>;
  /** Each division's recorded whips, by party. */
  whips: ById<ById<RecordedWhip>>;
  seats: ById<string>;
};

const lookupsMemo = versionMemo<'all', RecordLookups>({ maxEntries: 1 });

/** One object for each kind of recorded whip (a few dozen), shared by the tens of thousands of whips kept. */
const sharedWhip = shareAlike<RecordedWhip>((w) => `${w.instruction}:${w.strength}:${w.basis}`);

function recordLookups(): RecordLookups {
  return lookupsMemo('all', () => {
    const db = getDb();
    const divisionRows = db
      .select({ id: divisions.id, ...divisionHeadingColumns })
      .from(divisions)
      .all();
    const byDivision: ById<ById<RecordedWhip>> = [];
    for (const { divisionId, partyId, ...whip } of readRecordedWhips()) (byDivision[divisionId] ??= [])[partyId] = sharedWhip(whip);
    const seatRows = db.select({ id: constituencies.id, name: constituencies.name }).from(constituencies).all();
    divisionRows.sort(newestFirst);
    return {
      divisions: byId(divisionRows.map(({ id, ...fields }, order) => [id, { ...fields, order }])),
      whips: byDivision,
      seats: byId(seatRows.map((c) => [c.id, c.name])),
    };
  });
}

/**
 * One person's votes as one row (db/queries/packed-columns.ts), from one scan of votes_person_idx, which covers every
 * column read: each way of voting and whether a teller as one digit a vote, the division, party and seat ids joined
 * by commas, and the few proxies as JSON.
 */
const personVotesStatement = preparedOnce(
  (db): Statement =>
    db.$client
      .prepare(
        `SELECT
          ${VOTE_CODES_SQL},
          group_concat(division_id),
          group_concat(ifnull(party_id, '')),
          group_concat(ifnull(constituency_id, '')),
          json_group_array(json_array(division_id, proxy_name)) FILTER (WHERE proxy_name IS NOT NULL)
        FROM votes WHERE person_id = ?`,
      )
      .raw(),
);

type PackedRecord = [codes: string | null, divisionIds: string | null, partyIds: string | null, seatIds: string | null, proxies: string];

/**
 * Every recorded vote, newest first (latest held first, then the later division), with the seat and the whip recorded
 * for the member's party on the day. One read however long the record (the votes, from the index on person), the
 * rest from every division's, whip's and seat's (recordLookups, kept until the data changes).
 */
export function listPersonVotes(personId: number): PersonVoteRow[] {
  const { record, lookups } = readRecordInOrder(personId);
  return Array.from({ length: record.length }, (_, k) => voteRow(lookups, record, k));
}

/**
 * A member's whole record judged, newest first, as arrays a vote each rather than a row a vote: what the page counts
 * and searches (the tally, the most notable vote, the divisions they spoke on) is read from these, and rows are made
 * only for what is shown (row, rows). A long record has thousands of votes: making and judging a row for each cost
 * more than reading them, and each record kept held every row read.
 */
export type JudgedRecord = {
  length: number;
  divisionIds: Int32Array;
  /** Null for a division without an address (on no page). */
  officialIds: (number | null)[];
  positions: VotePosition[];
  /** The whip each vote is measured against (judgeRecord's), and the verdict. */
  whips: (WhipUsed | null)[];
  verdicts: (WhipVerdict | null)[];
  /** The vote at this place in the record (0 the newest), as judgePersonRecord gives it; kept once made, shared. */
  row: (k: number) => VoteView<PersonVoteRow>;
  /** The votes from `from` up to `to` (the whole record by default). */
  rows: (from?: number, to?: number) => VoteView<PersonVoteRow>[];
};

/**
 * The record judged as judgeRecord judges it: against the whip each division and party was given once per data
 * version for every member (loadJudgedDivisions), and a division it does not judge (one without an address) by
 * judgeRecord itself.
 */
export function readJudgedRecord(personId: number): JudgedRecord {
  const { record, lookups } = readRecordInOrder(personId);
  const { whipOf } = loadJudgedDivisions();
  const { length: n, divisionIds, positions, partyIds } = record;
  const officialIds: (number | null)[] = new Array(n);
  const whipsUsed: (WhipUsed | null)[] = new Array(n);
  const verdicts: (WhipVerdict | null)[] = new Array(n);
  const rest: number[] = [];
  for (let k = 0; k < n; k++) {
    const divisionId = divisionIds[k]!;
    const partyId = partyIds[k]!;
    officialIds[k] = lookups.divisions[divisionId]!.officialId;
    // A vote with no party on the day has no whip (null), as assessMemberVotes has it.
    const whip = partyId === NO_ID ? null : whipOf(divisionId, partyId);
    if (whip === undefined) rest.push(k);
    whipsUsed[k] = whip ?? null;
    verdicts[k] = whip ? judgeAgainstWhip(whip.instruction, positions[k]!) : null;
  }
  const plainRow = (k: number) => voteRow(lookups, record, k);
  // Rows made so far, by place: each is made once (the page of votes asked for again, the API's whole record).
  const madeRows = new Map<number, VoteView<PersonVoteRow>>();
  if (rest.length > 0) {
    const judged = judgeRecord(rest.map(plainRow));
    rest.forEach((k, i) => {
      madeRows.set(k, judged[i]!);
      whipsUsed[k] = judged[i]!.whip;
      verdicts[k] = judged[i]!.verdict;
    });
  }
  const row = (k: number): VoteView<PersonVoteRow> => {
    let made = madeRows.get(k);
    // The plain row is new: its judgement is added to it rather than copied with it (thousands for the API).
    if (!made) madeRows.set(k, (made = Object.assign(plainRow(k), { whip: whipsUsed[k]!, verdict: verdicts[k]! })));
    return made;
  };
  return {
    length: n,
    divisionIds,
    officialIds,
    positions,
    whips: whipsUsed,
    verdicts,
    row,
    rows: (from = 0, to = n) => {
      const shown: VoteView<PersonVoteRow>[] = [];
      for (let k = Math.max(0, from); k < Math.min(to, n); k++) shown.push(row(k));
      return shown;
    },
  };
}

/** A member's votes in the order the record lists them (newest first), a column each. */
type RecordColumns = {
  length: number;
  divisionIds: Int32Array;
  positions: VotePosition[];
  tellers: Uint8Array;
  /** NO_ID where none is recorded. */
  partyIds: Int32Array;
  seatIds: Int32Array;
  /** The proxy who cast each vote cast by proxy, by division. */
  proxies: ReadonlyMap<number, string>;
};

/**
 * The member's votes, in the order the record lists them: by each division's place in the lookups, one number a vote
 * sorted as numbers, where comparing the rows' times cost a long record more than a millisecond. A vote always has
 * its division (a foreign key); one added since the divisions were read is left out, as a join made at that moment
 * would have left it.
 */
function readRecordInOrder(personId: number): { record: RecordColumns; lookups: RecordLookups } {
  const lookups = recordLookups();
  const [codeText, divisionText, partyText, seatText, proxyJson] = personVotesStatement().get(personId) as PackedRecord;
  const read = codeText ?? '';
  const divisionIdsRead = readIds(divisionText, read.length);
  // The division's place and the vote's index as read in one exact number (the index below 2^26, the place far below 2^27).
  const keys = new Float64Array(read.length);
  let n = 0;
  for (let i = 0; i < read.length; i++) {
    const division = lookups.divisions[divisionIdsRead[i]!];
    if (division) keys[n++] = division.order * RECORD_ROWS_MAX + i;
  }
  const sorted = keys.subarray(0, n).sort();
  const partyIdsRead = readIds(partyText, read.length);
  const seatIdsRead = readIds(seatText, read.length);
  const record: RecordColumns = {
    length: n,
    divisionIds: new Int32Array(n),
    positions: new Array<VotePosition>(n),
    tellers: new Uint8Array(n),
    partyIds: new Int32Array(n),
    seatIds: new Int32Array(n),
    proxies: new Map(JSON.parse(proxyJson) as [number, string][]),
  };
  for (let k = 0; k < n; k++) {
    const i = sorted[k]! % RECORD_ROWS_MAX;
    record.divisionIds[k] = divisionIdsRead[i]!;
    record.positions[k] = positionAt(read, i);
    record.tellers[k] = tellerAt(read, i);
    record.partyIds[k] = partyIdsRead[i]!;
    record.seatIds[k] = seatIdsRead[i]!;
  }
  return { record, lookups };
}

/** The vote at place k of the record, as the record lists it (its division is in the lookups: readRecordInOrder keeps only those). */
function voteRow(lookups: RecordLookups, record: RecordColumns, k: number): PersonVoteRow {
  const divisionId = record.divisionIds[k]!;
  const partyId = record.partyIds[k] === NO_ID ? null : record.partyIds[k]!;
  const seatId = record.seatIds[k]!;
  const division = lookups.divisions[divisionId]!;
  const whip = partyId === null ? undefined : lookups.whips[divisionId]?.[partyId];
  return {
    divisionId,
    officialId: division.officialId,
    date: division.date,
    heldAt: division.heldAt,
    officialTitle: division.officialTitle,
    shortTitle: division.shortTitle,
    position: record.positions[k]!,
    partyId,
    constituencyName: seatId === NO_ID ? null : (lookups.seats[seatId] ?? null),
    whipInstruction: whip?.instruction ?? null,
    whipStrength: whip?.strength ?? null,
    whipBasis: whip?.basis ?? null,
    isTeller: record.tellers[k] === 1,
    proxyName: record.proxies.get(divisionId) ?? null,
  };
}

/** More rows than any one member's record could hold (a vote a division): the row index's room in a sort key. */
const RECORD_ROWS_MAX = 2 ** 26;

/** Latest held first, then the later division (the higher id), as every record is listed. */
function newestFirst(a: { id: number; heldAt: string }, b: { id: number; heldAt: string }): number {
  return a.heldAt === b.heldAt ? b.id - a.id : a.heldAt < b.heldAt ? 1 : -1;
}

export type PartyTallyRow = { divisionId: number; position: VotePosition; members: number };

/**
 * How each given party voted in each given division, tellers included: what rule 4 needs to guess a whip, read only
 * for the divisions that need a guess (lib/view/member-view.ts listWhipGuessesNeeded), from the stored tallies
 * (division_party_tallies: a few rows a pair, where counting the votes read hundreds). One query however many pairs;
 * a pair asked twice counts twice, as a count over the votes did.
 */
export function listPartyTallies(pairs: ReadonlyArray<{ divisionId: number; partyId: number }>): PartyTallyRow[] {
  if (pairs.length === 0) return [];
  const needed = JSON.stringify(pairs.map((p) => [p.divisionId, p.partyId]));
  const t = divisionPartyTallies;
  return getDb().all<PartyTallyRow>(sql`
    select ${t.divisionId} as divisionId, ${t.position} as position, sum(${t.members}) as members
    from json_each(${needed}) as needed
    join ${t} on ${t.divisionId} = needed.value ->> 0 and ${t.partyId} = needed.value ->> 1
    group by ${t.divisionId}, ${t.position}`);
}

/**
 * A record judged against the whip of the member's party on the day (the recorded whip, else rule 4's guess): the
 * whip of each division and party as judged once per data version for every member (loadJudgedDivisions); for a
 * division it does not judge (one without an address), from the party's tallies where rule 4 has to guess.
 */
export function judgeRecord<V extends PersonRecordRow>(record: ReadonlyArray<V>): VoteView<V>[] {
  return assessAgainstWhips(record, loadJudgedDivisions().whipOf, (rest) => {
    const kinds = new Map(listParties().map((p) => [p.id, p.kind]));
    return assessMemberVotes(rest, listPartyTallies(listWhipGuessesNeeded(rest, kinds)), kinds, readSeatedOnDays());
  });
}

/** The whole record judged (readJudgedRecord), as rows, however long. */
export function judgePersonRecord(personId: number): VoteView<PersonVoteRow>[] {
  return readJudgedRecord(personId).rows();
}

export type PersonStanceRow = {
  stanceId: number;
  topicTitle: string;
  topicSlug: string;
  position: StancePosition;
  label: string;
  quote: string | null;
  statedOn: string | null;
  said: StanceTiming;
  kind: StanceKind;
  sourceUrl: string;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  confidence: Confidence;
  note: string | null;
  /** A division the topic links, or null when it links none: one row per stance and linked division. */
  divisionId: number | null;
  supportingLobby: Lobby | null;
};

/** What the person said, with each division the stance's topic links (for said-vs-did). */
export function listPersonStances(personId: number): PersonStanceRow[] {
  return stancesOf().all({ personId });
}

const stancesOf = preparedOnce((db) =>
  db
    .select({
      ...stanceColumns,
      topicTitle: topics.title,
      topicSlug: topics.slug,
      divisionId: topicDivisions.divisionId,
      supportingLobby: topicDivisions.supportingLobby,
    })
    .from(stances)
    .innerJoin(topics, eq(topics.id, stances.topicId))
    .leftJoin(topicDivisions, eq(topicDivisions.topicId, stances.topicId))
    .where(eq(stances.personId, sql.placeholder('personId')))
    .orderBy(desc(stances.statedOn), asc(stances.id))
    .prepare(),
);

export type PartyLineRow = Omit<PersonStanceRow, 'divisionId' | 'supportingLobby'> & {
  divisionId: number;
  partyId: number;
  speaker: string;
};

/**
 * Every party line on a topic linked to a division, once for each division the topic links (one row per line and
 * division), by division: read once per data version and shared by every member's record.
 */
const partyLinesMemo = versionMemo<'all', Map<number, PartyLineRow[]>>({ maxEntries: 1 });

function partyLinesByDivision(): Map<number, PartyLineRow[]> {
  return partyLinesMemo('all', () => {
    const rows = getDb()
      .select({
        ...stanceColumns,
        topicTitle: topics.title,
        topicSlug: topics.slug,
        divisionId: topicDivisions.divisionId,
        partyId: sql<number>`${stances.partyId}`,
        speaker: stances.speaker,
      })
      .from(topicDivisions)
      .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
      .innerJoin(stances, and(eq(stances.topicId, topicDivisions.topicId), isNull(stances.personId), isNotNull(stances.partyId)))
      .all();
    return groupBy(rows, (row) => row.divisionId);
  });
}

/** Earliest said first, as SQLite orders the column ascending (null first, then ISO 8601 dates as text); then by id. */
function byStatedThenId(a: PartyLineRow, b: PartyLineRow): number {
  if (a.statedOn !== b.statedOn) return a.statedOn === null ? -1 : b.statedOn === null ? 1 : a.statedOn < b.statedOn ? -1 : 1;
  return a.stanceId - b.stanceId;
}

/**
 * Party lines where they bear on the member: what the party they sat for in a division said on a topic that
 * division is linked to (one row per line and division), earliest said first. From the member's record and every
 * division's party lines (kept until the data changes), so no query a member.
 */
export function listPartyLinesForPerson(record: ReadonlyArray<{ divisionId: number; partyId: number | null }>): PartyLineRow[] {
  const byDivision = partyLinesByDivision();
  const lines: PartyLineRow[] = [];
  for (const vote of record) {
    for (const line of byDivision.get(vote.divisionId) ?? []) if (line.partyId === vote.partyId) lines.push(line);
  }
  return lines.sort(byStatedThenId);
}

export type PersonNameRow = { name: string; firstSeen: string | null; lastSeen: string | null };

/** Names the person was recorded under before (or besides) their current one. */
export function listPersonOtherNames(personId: number): PersonNameRow[] {
  return otherNamesOf().all({ personId });
}

const otherNamesOf = preparedOnce((db) =>
  db
    .select({ name: personNames.name, firstSeen: personNames.firstSeen, lastSeen: personNames.lastSeen })
    .from(personNames)
    .where(eq(personNames.personId, sql.placeholder('personId')))
    .orderBy(desc(personNames.lastSeen))
    .prepare(),
);

export type PersonVoteTopicRow = { divisionId: number; title: string; supportingLobby: Lobby };

/** Every division's topics, in order of title: read once per data version and shared by every member's record. */
const voteTopicsMemo = versionMemo<'all', Map<number, PersonVoteTopicRow[]>>({ maxEntries: 1 });

/** Every division's topics, each division's in order of title (kept until the data changes). */
export function voteTopicsByDivision(): ReadonlyMap<number, PersonVoteTopicRow[]> {
  return voteTopicsMemo('all', () =>
    groupBy(
      getDb()
        .select({ divisionId: topicDivisions.divisionId, title: topics.title, supportingLobby: topicDivisions.supportingLobby })
        .from(topicDivisions)
        .innerJoin(topics, eq(topics.id, topicDivisions.topicId))
        .orderBy(asc(topics.title))
        .all(),
      (row) => row.divisionId,
    ),
  );
}

/**
 * The topics each division in the member's record bears on (for the summary at the top of the page), each
 * division's in order of title. From the record and every division's topics (kept until the data changes).
 */
export function listPersonVoteTopics(record: ReadonlyArray<{ divisionId: number }>): PersonVoteTopicRow[] {
  const byDivision = voteTopicsByDivision();
  return record.flatMap((vote) => byDivision.get(vote.divisionId) ?? []);
}
