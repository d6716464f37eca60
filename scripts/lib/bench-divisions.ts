// Realistic Commons Votes API division records for the import benchmark: the 650 members seated on
// 15 Nov 2023 (from the real record of division 1666), voting along party lines with absences, tellers,
// proxies, a few rebels and the odd member in both lobbies. Deterministic (seeded), so runs compare.
import fs from 'node:fs';
import path from 'node:path';

type Member = Record<string, unknown> & { MemberId: number; Name: string; PartyAbbreviation: string | null; Party: string | null };
type Lobby = 'aye' | 'no' | 'absent';

const GOVERNMENT = new Set(['Con']);
const NEVER_VOTE = new Set(['SF', 'Spk', null]);

/** A small seeded PRNG (mulberry32): the same files on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readMembers(divisionFile: string): Member[] {
  const record = JSON.parse(fs.readFileSync(divisionFile, 'utf8')) as Record<string, Member[]>;
  const lists = ['AyeTellers', 'NoTellers', 'Ayes', 'Noes', 'NoVoteRecorded'];
  const byId = new Map<number, Member>();
  for (const list of lists) for (const m of record[list] ?? []) if (!byId.has(m.MemberId)) byId.set(m.MemberId, { ...m, ProxyName: null });
  return [...byId.values()].sort((a, b) => a.MemberId - b.MemberId);
}

/** How each party's members vote in one division: the government one way, the opposition parties their own way. */
function partyLines(next: () => number): (abbreviation: string | null) => Lobby {
  const governmentSide: Lobby = next() < 0.6 ? 'aye' : 'no';
  const other: Lobby = governmentSide === 'aye' ? 'no' : 'aye';
  const lines = new Map<string | null, Lobby>();
  lines.set('Con', governmentSide);
  lines.set('DUP', next() < 0.7 ? governmentSide : next() < 0.5 ? other : 'absent');
  lines.set('Lab', next() < 0.85 ? other : next() < 0.5 ? 'absent' : governmentSide);
  for (const p of ['SNP', 'LD', 'PC', 'SDLP', 'Alba', 'Green', 'APNI', 'Ind', 'Reclaim']) {
    lines.set(p, next() < 0.8 ? (lines.get('Lab') === 'absent' ? other : (lines.get('Lab') as Lobby)) : next() < 0.5 ? governmentSide : 'absent');
  }
  return (abbreviation) => (NEVER_VOTE.has(abbreviation) ? 'absent' : (lines.get(abbreviation) ?? other));
}

/** One division record in the shape of GET /data/division/{id}.json. */
export function makeDivision(members: Member[], index: number): Record<string, unknown> {
  const next = random(1000 + index);
  const line = partyLines(next);
  const ayes: Member[] = [];
  const noes: Member[] = [];
  const absent: Member[] = [];
  const voting: Member[] = [];

  for (const member of members) {
    let lobby = line(member.PartyAbbreviation);
    if (lobby !== 'absent' && next() < (GOVERNMENT.has(member.PartyAbbreviation ?? '') ? 0.1 : 0.14)) lobby = 'absent';
    if (lobby !== 'absent' && next() < 0.008) lobby = lobby === 'aye' ? 'no' : 'aye'; // a rebel
    if (lobby === 'absent') {
      absent.push(member);
      continue;
    }
    voting.push(member);
    (lobby === 'aye' ? ayes : noes).push(member);
    if (next() < 0.001) (lobby === 'aye' ? noes : ayes).push(member); // both lobbies: a recorded abstention
  }

  // Proxies: a colleague of the same party casts the vote.
  const withProxies = (list: Member[]) =>
    list.map((m) => {
      if (next() >= 0.02) return m;
      const colleague = voting.find((c) => c.PartyAbbreviation === m.PartyAbbreviation && c.MemberId !== m.MemberId);
      return colleague ? { ...m, ProxyName: colleague.Name } : m;
    });

  // Two tellers a side, from the largest party in each lobby, taken out of the lobby lists.
  const takeTellers = (list: Member[]): Member[] => {
    const counts = new Map<string | null, number>();
    for (const m of list) counts.set(m.PartyAbbreviation, (counts.get(m.PartyAbbreviation) ?? 0) + 1);
    const party = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const tellers: Member[] = [];
    for (let i = list.length - 1; i >= 0 && tellers.length < 2; i -= 1) {
      const m = list[i] as Member;
      if (m.PartyAbbreviation === party && !noes.includes(m) !== !ayes.includes(m)) {
        tellers.push(m);
        list.splice(i, 1);
      }
    }
    return tellers;
  };
  const ayeTellers = takeTellers(ayes);
  const noTellers = takeTellers(noes);

  const day = new Date(Date.UTC(2023, 10, 20) + Math.floor(index / 6) * 86_400_000).toISOString().slice(0, 10);
  const minute = 14 + (index % 6) * 17;
  const time = `${String(16 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
  // Now and then Parliament's names recorded differ by one from the tellers' count (as in division 1666).
  const slip = index % 47 === 0 ? 1 : 0;
  return {
    DivisionId: 200_000 + index,
    Date: `${day}T${time}`,
    PublicationUpdated: `${day}T${time.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, '0'))}`,
    Number: (index % 6) + 1,
    IsDeferred: false,
    EVELType: '',
    EVELCountry: '',
    Title: `Benchmark Bill: Division ${index + 1}`,
    AyeCount: ayes.length - slip,
    NoCount: noes.length,
    DoubleMajorityAyeCount: null,
    DoubleMajorityNoCount: null,
    AyeTellers: ayeTellers,
    NoTellers: noTellers,
    Ayes: withProxies(ayes),
    Noes: withProxies(noes),
    FriendlyDescription: null,
    FriendlyTitle: null,
    NoVoteRecorded: absent,
    RemoteVotingStart: null,
    RemoteVotingEnd: null,
  };
}

/** Writes `count` division files into `dir`; returns their paths. */
export function writeBenchDivisions(sourceDivisionFile: string, dir: string, count: number): string[] {
  const members = readMembers(sourceDivisionFile);
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = path.join(dir, `division-${String(i).padStart(4, '0')}.json`);
    fs.writeFileSync(file, JSON.stringify(makeDivision(members, i)));
    files.push(file);
  }
  return files;
}
