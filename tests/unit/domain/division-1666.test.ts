// The rules of DOMAIN.md applied to the real record of Commons division 1666 (15 Nov 2023, SNP amendment (h),
// immediate ceasefire in Gaza). Every expected figure comes from DOMAIN.md's worked example or from
// data/commons-2023-11-15/README.md and its CSVs, never from the code under test.
import { describe, expect, it } from 'vitest';
import {
  analyseDivision,
  compareCounts,
  countNamesRecorded,
  inferWhip,
  judgeSaidVsDid,
  leftOverDivision,
  payrollStatusOnDate,
  periodCovers,
  suggestsDeparture,
  type AssessedVote,
  type Lobby,
  type StancePosition,
} from '@/lib/domain';
import { loadRecord1666, postFromDepartureRow, readCsv } from '../support/record-1666';

const record = loadRecord1666();
const analysis = analyseDivision(record.voteFacts, record.parties, record.recordedWhips);
const assessedById = new Map<number, AssessedVote>(analysis.votes.map((v) => [v.personId, v]));

function member(id: number) {
  const m = record.byId.get(id);
  if (!m) throw new Error(`member ${id} is not in division 1666`);
  return m;
}
function assessed(id: number): AssessedVote {
  const v = assessedById.get(id);
  if (!v) throw new Error(`member ${id} was not assessed`);
  return v;
}
function partyResult(key: string) {
  const r = analysis.parties.get(record.partyId(key));
  if (!r) throw new Error(`no result for party ${key}`);
  return r;
}
/** Non-teller votes and teller votes in one lobby, by party on the day. */
function breakdown(lobby: 'aye' | 'no') {
  const names: Record<string, number> = {};
  const tellers: Record<string, number> = {};
  for (const m of record.members) {
    if (m.vote.position !== lobby) continue;
    const into = m.vote.isTeller ? tellers : names;
    into[m.partyKey] = (into[m.partyKey] ?? 0) + 1;
  }
  return { names, tellers };
}

const LABOUR_DEPARTED_ON_THE_DAY = [3924, 4671, 4828, 4370, 4873, 4777, 4409, 1516, 4651, 4753];
const IMRAN_HUSSAIN = 4394;

describe('division 1666: the record as read', () => {
  it('is division 1666 of 15 Nov 2023, number 3 on the day', () => {
    expect(record.division.DivisionId).toBe(1666);
    expect(record.date).toBe('2023-11-15');
    expect(record.division.Number).toBe(3);
  });

  it('lists 650 distinct members, each in exactly one list', () => {
    expect(record.members).toHaveLength(650);
    const total =
      record.division.Ayes.length +
      record.division.Noes.length +
      record.division.AyeTellers.length +
      record.division.NoTellers.length +
      record.division.NoVoteRecorded.length;
    expect(total).toBe(650);
  });

  it('agrees with members.csv on who sat and for which party on the day (rule 2)', () => {
    expect(record.csv.members).toHaveLength(650);
    for (const row of record.csv.members) {
      const m = member(Number(row.parliament_member_id));
      expect(m.partyName, row.name).toBe(row.party);
    }
  });
});

describe('division 1666: rule 1, effective votes and counts', () => {
  it('shows official counts of 125 / 293 while the names recorded are 125 / 294, and flags it', () => {
    const official = { ayes: record.division.AyeCount, noes: record.division.NoCount };
    expect(official).toEqual({ ayes: 125, noes: 293 });
    const recorded = countNamesRecorded(record.members.map((m) => m.vote));
    expect(recorded).toEqual({ ayes: 125, noes: 294 });
    const check = compareCounts(official, recorded);
    expect(check.differs).toBe(true);
    expect(check.official).toEqual({ ayes: 125, noes: 293 });
    expect(check.recorded).toEqual({ ayes: 125, noes: 294 });
  });

  it('agrees with divisions.csv on the official count and the names recorded', () => {
    const rows = readCsv('divisions.csv');
    expect(rows).toHaveLength(1);
    const row = rows[0];
    const recorded = countNamesRecorded(record.members.map((m) => m.vote));
    expect(recorded.ayes).toBe(Number(row?.aye_names_recorded));
    expect(recorded.noes).toBe(Number(row?.no_names_recorded));
    expect(Number(row?.no_count_official)).toBe(293);
  });

  it('has two tellers a side, each counted as voting on the side they told for', () => {
    const tellers = record.members.filter((m) => m.vote.isTeller);
    expect(tellers.map((t) => [t.name, t.vote.position]).sort()).toEqual([
      ['Gavin Newlands', 'aye'],
      ['Kirsty Blackman', 'aye'],
      ['Mike Wood', 'no'],
      ['Robert Largan', 'no'],
    ]);
  });

  it('counts tellers as having voted: 127 aye and 296 no in all', () => {
    expect(record.members.filter((m) => m.vote.position === 'aye')).toHaveLength(125 + 2);
    expect(record.members.filter((m) => m.vote.position === 'no')).toHaveLength(294 + 2);
    expect(record.members.filter((m) => m.vote.position === 'both')).toHaveLength(0);
  });

  it('has 227 members absent, exactly those under NoVoteRecorded', () => {
    const absent = record.members.filter((m) => m.vote.position === 'absent');
    expect(absent).toHaveLength(227);
    expect(absent.every((m) => m.inNoVoteRecorded)).toBe(true);
    expect(absent.every((m) => !m.vote.isTeller)).toBe(true);
  });

  it('has 11 votes cast by proxy, each still a recorded vote', () => {
    const proxied = record.members.filter((m) => m.proxyName !== null);
    expect(proxied).toHaveLength(11);
    expect(proxied.every((m) => m.vote.position === 'aye' || m.vote.position === 'no')).toBe(true);
    expect(proxied.some((m) => m.proxyName === 'Marion Fellows')).toBe(true);
  });

  it('breaks the ayes down by party on the day as the README does', () => {
    const { names, tellers } = breakdown('aye');
    expect(names).toEqual({ Lab: 56, SNP: 38, LD: 15, Ind: 7, PC: 3, Alba: 2, SDLP: 2, Green: 1, APNI: 1 });
    expect(tellers).toEqual({ SNP: 2 });
  });

  it('breaks the noes down by party on the day as the README does', () => {
    const { names, tellers } = breakdown('no');
    expect(names).toEqual({ Con: 288, DUP: 4, Ind: 2 });
    expect(tellers).toEqual({ Con: 2 });
  });
});

describe('division 1666: rules 3 and 4, rebellion against the whip', () => {
  it('reads the recorded whips from whips.csv as the seed does', () => {
    expect(partyResult('Lab').whip).toEqual({ instruction: 'abstain', basis: 'reported', origin: 'recorded', strength: 3 });
    expect(partyResult('SNP').whip).toEqual({ instruction: 'aye', basis: 'reported', origin: 'recorded', strength: null });
    // An editor's inference, with how the party voted beside it: 290 of 290 who voted, 58 did not.
    expect(partyResult('Con').whip).toEqual({
      instruction: 'no',
      basis: 'inferred',
      origin: 'recorded',
      strength: null,
      evidence: { onSide: 290, voted: 290, seated: 348 },
    });
    // DUP ('unknown') and Sinn Féin ('n/a') rows are not whips.
    expect(record.recordedWhips.has(record.partyId('DUP'))).toBe(false);
    expect(record.recordedWhips.has(record.partyId('SF'))).toBe(false);
    expect(record.recordedWhips.size).toBe(9);
  });

  it('finds 56 Labour rebels against the recorded whip to abstain', () => {
    const labour = partyResult('Lab');
    expect(labour.whip?.origin).toBe('recorded');
    expect(labour.whip?.basis).toBe('reported');
    expect(labour.rebels).toBe(56);
    const rebels = analysis.votes.filter((v) => v.partyId === record.partyId('Lab') && v.assessment.verdict === 'rebelled');
    expect(rebels).toHaveLength(56);
    expect(rebels.every((v) => v.position === 'aye' && v.assessment.whip?.instruction === 'abstain')).toBe(true);
  });

  it('infers no Labour whip (56 of 197 voted), and a majority-based tracker would find no Labour rebels', () => {
    const labour = partyResult('Lab');
    expect(labour.tally).toEqual({ ayes: 56, noes: 0, both: 0, absent: 141 });
    expect(labour.guess).toEqual({ instruction: null, reason: 'few_voted', evidence: { onSide: 56, voted: 56, seated: 197 } });
    // What trackers that guess the whip from the majority would measure against: aye, so none of the 56 rebelled.
    expect(labour.majorityWhip).toEqual({ instruction: 'aye', basis: 'inferred', origin: 'computed', strength: null });
    expect(labour.rebelsAgainstMajority).toBe(0);
  });

  it('says every absent Labour member did not vote, neither rebelling nor credited with obeying', () => {
    const absentLabour = analysis.votes.filter((v) => v.partyId === record.partyId('Lab') && v.position === 'absent');
    expect(absentLabour).toHaveLength(141);
    expect(absentLabour.every((v) => v.assessment.verdict === 'did_not_vote')).toBe(true);
    expect(absentLabour.every((v) => v.againstMajority.verdict === 'did_not_vote')).toBe(true);
  });

  it('finds no Conservative rebels', () => {
    const con = partyResult('Con');
    expect(con.rebels).toBe(0);
    expect(con.rebelsAgainstMajority).toBe(0);
    expect(con.tally).toEqual({ ayes: 0, noes: 290, both: 0, absent: 58 });
  });

  it('finds no rebels in any party other than Labour', () => {
    for (const [partyId, result] of analysis.parties) {
      if (partyId === record.partyId('Lab')) continue;
      expect(result.rebels, record.parties.find((p) => p.id === partyId)?.key).toBe(0);
    }
  });

  it('gives the DUP, with no recorded whip and a 4–0 vote by half its 8 MPs, a computed whip of no, with its figures', () => {
    const dup = partyResult('DUP');
    expect(dup.tally).toEqual({ ayes: 0, noes: 4, both: 0, absent: 4 });
    expect(dup.whip).toEqual({
      instruction: 'no',
      basis: 'inferred',
      origin: 'computed',
      strength: null,
      evidence: { onSide: 4, voted: 4, seated: 8 },
    });
    expect(dup.rebels).toBe(0);
  });

  it('gives independents, the Speaker and the Deputy Speakers no whip and no verdict', () => {
    for (const key of ['Ind', 'Spk', 'Deputy Speaker']) {
      const result = partyResult(key);
      expect(result.whip, key).toBeNull();
      expect(result.majorityWhip, key).toBeNull();
      const votes = analysis.votes.filter((v) => v.partyId === record.partyId(key));
      expect(votes.length, key).toBeGreaterThan(0);
      expect(votes.every((v) => v.assessment.verdict === null && v.againstMajority.verdict === null), key).toBe(true);
    }
    expect(partyResult('Ind').tally).toEqual({ ayes: 7, noes: 2, both: 0, absent: 9 });
    expect(partyResult('Deputy Speaker').tally).toEqual({ ayes: 0, noes: 0, both: 0, absent: 3 });
    expect(partyResult('Spk').tally).toEqual({ ayes: 0, noes: 0, both: 0, absent: 1 });
  });

  it('gives single-MP parties no computed guess; Green and Alliance are measured against the editor-recorded whip', () => {
    for (const key of ['Green', 'APNI']) {
      const result = partyResult(key);
      expect(result.tally, key).toEqual({ ayes: 1, noes: 0, both: 0, absent: 0 });
      expect(inferWhip('party', result.tally), key).toBeNull();
      expect(result.guess.reason, key).toBe('one_member');
      expect(result.majorityWhip, key).toBeNull();
      // An editor's inference, shown with how the party voted.
      expect(result.whip, key).toEqual({
        instruction: 'aye',
        basis: 'inferred',
        origin: 'recorded',
        strength: null,
        evidence: { onSide: 1, voted: 1, seated: 1 },
      });
    }
    // The Reclaim Party (Andrew Bridgen, one MP, no whips.csv row) gets nothing at all.
    const reclaim = partyResult('Reclaim');
    expect(reclaim.whip).toBeNull();
    expect(reclaim.majorityWhip).toBeNull();
  });

  it("gives Sinn Féin (7 MPs, none voting, 'n/a' in whips.csv) no whip", () => {
    const sf = partyResult('SF');
    expect(sf.tally).toEqual({ ayes: 0, noes: 0, both: 0, absent: 7 });
    expect(sf.whip).toBeNull();
  });

  it('counts the three SNP members with no vote recorded as not voting, not rebelling', () => {
    const snp = partyResult('SNP');
    expect(snp.tally).toEqual({ ayes: 40, noes: 0, both: 0, absent: 3 });
    const absent = analysis.votes.filter((v) => v.partyId === record.partyId('SNP') && v.position === 'absent');
    expect(absent).toHaveLength(3);
    expect(absent.every((v) => v.assessment.verdict === 'did_not_vote')).toBe(true);
  });

  it('treats Diane Abbott and Jeremy Corbyn as Independents on the day: they voted aye and are not rebels', () => {
    for (const id of [172, 185]) {
      const m = member(id);
      expect(m.partyKey, m.name).toBe('Ind');
      expect(m.vote.position, m.name).toBe('aye');
      expect(assessed(id).assessment.verdict, m.name).toBeNull();
    }
  });
});

describe('division 1666: rules 5 and 6, posts and departures', () => {
  const posts = record.csv.departures.map(postFromDepartureRow);
  const onTheDay = posts.filter((p) => p.endDate === '2023-11-15');
  const hussainPost = posts.find((p) => p.memberId === IMRAN_HUSSAIN);

  it('lists the ten who left on 15 Nov 2023 and Imran Hussain', () => {
    expect(posts).toHaveLength(11);
    expect(onTheDay.map((p) => p.memberId).sort()).toEqual([...LABOUR_DEPARTED_ON_THE_DAY].sort());
    expect(hussainPost?.endDate).toBe('2023-11-07');
  });

  it('has all ten voting aye, each a Labour rebel against the recorded whip', () => {
    for (const id of LABOUR_DEPARTED_ON_THE_DAY) {
      const m = member(id);
      expect(m.partyKey, m.name).toBe('Lab');
      expect(m.vote).toEqual({ position: 'aye', isTeller: false });
      expect(assessed(id).assessment.verdict, m.name).toBe('rebelled');
      expect(assessed(id).assessment.whip?.origin, m.name).toBe('recorded');
    }
  });

  it('has Imran Hussain, who resigned on 7 Nov, still Labour on the day, voting aye: a rebel too', () => {
    const m = member(IMRAN_HUSSAIN);
    expect(m.partyKey).toBe('Lab');
    expect(m.vote).toEqual({ position: 'aye', isTeller: false });
    expect(assessed(IMRAN_HUSSAIN).assessment.verdict).toBe('rebelled');
  });

  it('treats a post ending on the division day as covering it: eight on the front bench, two PPSs on the payroll', () => {
    for (const post of onTheDay) {
      expect(periodCovers(post, record.division.Date), String(post.memberId)).toBe(true);
      const expected = post.memberId === 4651 || post.memberId === 4753 ? 'pps' : 'frontbench';
      expect(payrollStatusOnDate([post], record.date), String(post.memberId)).toBe(expected);
    }
    expect(onTheDay.filter((p) => payrollStatusOnDate([p], record.date) === 'frontbench')).toHaveLength(8);
  });

  it("does not count Imran Hussain's post (ended 7 Nov) as held on the day", () => {
    expect(hussainPost).toBeDefined();
    if (!hussainPost) return;
    expect(periodCovers(hussainPost, record.date)).toBe(false);
    // No other post of his is recorded and his posts are not known: "no post recorded", never "backbench".
    expect(payrollStatusOnDate([hussainPost], record.date)).toBe('not_recorded');
    expect(payrollStatusOnDate([hussainPost], record.date, { postsKnown: 'official', postsKnownOn: '2025-01-01' })).toBe('backbench');
  });

  it('suggests linking each of the ten departures to the division, and not Imran Hussain’s', () => {
    for (const post of onTheDay) {
      const rebelled = assessed(post.memberId).assessment.verdict === 'rebelled';
      expect(suggestsDeparture(post, record.date, rebelled), String(post.memberId)).toBe(true);
    }
    if (!hussainPost) throw new Error('no Imran Hussain row');
    expect(suggestsDeparture(hussainPost, record.date, assessed(IMRAN_HUSSAIN).assessment.verdict === 'rebelled')).toBe(false);
  });

  it('stops suggesting once an editor links the post, which then counts as left over the division', () => {
    for (const post of onTheDay) {
      const linked = { ...post, endedOverDivisionId: 1666 };
      expect(suggestsDeparture(linked, record.date, true)).toBe(false);
      expect(leftOverDivision(linked, 1666)).toBe(true);
      expect(leftOverDivision(linked, 1667)).toBe(false);
    }
  });
});

describe('division 1666: rule 7, said vs did', () => {
  // The topic "Gaza: immediate ceasefire" links division 1666 with aye as the supporting lobby: the amendment
  // calls for "an immediate ceasefire".
  const supportingLobby: Lobby = 'aye';
  const cases: Array<{ id: number; labelIncludes: string; stance: StancePosition; expected: ReturnType<typeof judgeSaidVsDid> }> = [
    { id: 3924, labelIncludes: 'will vote for SNP amendment', stance: 'supports', expected: 'kept' }, // Yasmin Qureshi
    { id: 4398, labelIncludes: 'opposed SNP amendment', stance: 'opposes', expected: 'kept' }, // Chris Green
    { id: 4138, labelIncludes: 'wants a ceasefire but abstained', stance: 'mixed', expected: null }, // Rushanara Ali
    { id: 4824, labelIncludes: 'supports immediate ceasefire', stance: 'supports', expected: 'did_not_vote' }, // Kim Johnson
  ];

  it.each(cases)('member $id ($stance) → $expected', ({ id, labelIncludes, stance, expected }) => {
    const row = record.csv.stances.find((s) => Number(s.parliament_member_id) === id && s.position?.includes(labelIncludes));
    expect(row, `stances.csv row for ${id}`).toBeDefined();
    expect(judgeSaidVsDid(stance, supportingLobby, member(id).vote.position)).toBe(expected);
  });

  it('has Yasmin Qureshi’s quote beside an aye vote', () => {
    const quotes = record.csv.stances.filter((s) => s.parliament_member_id === '3924').map((s) => s.quote);
    expect(quotes).toContain('I intend to vote for this motion.');
    expect(member(3924).vote.position).toBe('aye');
  });
});
