import type { AppDatabase } from '@/db/connection';

// A made-up House of Commons written straight into a migrated database, for tests that need more rows than the
// one real division: the same seed gives the same rows. Parties of every kind (two whipped parties, a party of
// one, an independent and the Speaker); divisions whose dates do not follow their ids, so "newest first" has to
// come from the dates; whips recorded for most whipped divisions but not all, so rule 4 has to guess some, and
// a free vote and a whip to abstain now and then; rebels, absences, tellers and the odd vote in both lobbies;
// one division with no official id; a topic, a stance and a post for the busiest member.

export type GeneratedCommons = {
  /** Sits for every division, so no member has more votes. */
  busiest: { personId: number; parliamentId: number };
  /** Sits for the later divisions only. */
  newcomer: { personId: number; parliamentId: number };
  divisionIds: number[];
  /** The division with no official id (no address). */
  unaddressedDivisionId: number;
};

type Line = 'aye' | 'no' | 'abstain' | 'free';

/** mulberry32: small, fast and the same everywhere. */
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

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function writeGeneratedCommons(db: AppDatabase, options: { divisions: number; seed?: number }): GeneratedCommons {
  const sqlite = db.$client;
  const next = random(options.seed ?? 1666);
  const chance = (p: number) => next() < p;
  const total = options.divisions;

  return sqlite.transaction((): GeneratedCommons => {
    const insertParty = sqlite.prepare('INSERT INTO parties (name, abbreviation, colour, kind) VALUES (?, ?, ?, ?)');
    const party = (name: string, abbreviation: string, kind: string) => Number(insertParty.run(name, abbreviation, '336699', kind).lastInsertRowid);
    const government = party('Generated Government', 'GGov', 'party');
    const opposition = party('Generated Opposition', 'GOpp', 'party');
    const partyOfOne = party('Generated Party of One', 'GOne', 'party');
    const independent = party('Generated Independent', 'GInd', 'independent');
    const speaker = party('Generated Speaker', 'GSpk', 'speaker');

    const insertPerson = sqlite.prepare('INSERT INTO persons (parliament_id, name, sort_name, slug) VALUES (?, ?, ?, ?)');
    const insertMembership = sqlite.prepare("INSERT INTO memberships (person_id, party_id, start_date) VALUES (?, ?, '2019-12-12')");
    type Member = { personId: number; parliamentId: number; partyId: number; sitsFrom: number };
    const members: Member[] = [];
    const sizes: [number, number][] = [[government, 40], [opposition, 30], [partyOfOne, 1], [independent, 2], [speaker, 1]];
    for (const [partyId, size] of sizes) {
      for (let i = 0; i < size; i += 1) {
        const parliamentId = 90_000 + members.length;
        const name = `Member ${parliamentId}`;
        const personId = Number(insertPerson.run(parliamentId, name, `${parliamentId}, Member`, `member-${parliamentId}`).lastInsertRowid);
        insertMembership.run(personId, partyId);
        // Most sit throughout; some arrive later (a by-election), so they have fewer votes.
        members.push({ personId, parliamentId, partyId, sitsFrom: i % 4 === 3 ? Math.floor(total / (2 + (i % 3))) : 0 });
      }
    }
    const busiest = members.find((m) => m.partyId === opposition)!;
    const newcomer = members.find((m) => m.sitsFrom > 0)!;

    const insertDivision = sqlite.prepare(
      `INSERT INTO divisions (official_id, held_at, date, number, official_title, short_title, aye_count, no_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const updateCounts = sqlite.prepare('UPDATE divisions SET aye_count = ?, no_count = ? WHERE id = ?');
    const insertVote = sqlite.prepare('INSERT INTO votes (division_id, person_id, position, is_teller, proxy_name, party_id) VALUES (?, ?, ?, ?, ?, ?)');
    const insertWhip = sqlite.prepare("INSERT INTO whips (division_id, party_id, instruction, strength, basis) VALUES (?, ?, ?, ?, 'reported')");
    const divisionIds: number[] = [];
    let unaddressedDivisionId = 0;

    for (let index = 0; index < total; index += 1) {
      // Sitting days out of order with the ids; two divisions a day, at 17:00 and 19:00.
      const slot = (index * 7) % total;
      const date = addDays('2020-01-06', Math.floor(slot / 2));
      const heldAt = `${date}T${slot % 2 === 0 ? '17' : '19'}:00:00`;
      const officialId = index === 3 ? null : 500_000 + index;
      const title = `Generated division ${index}`;
      const divisionId = Number(insertDivision.run(officialId, heldAt, date, 1 + (slot % 2), title, index % 5 === 0 ? null : `Short ${index}`, 0, 0).lastInsertRowid);
      if (officialId === null) unaddressedDivisionId = divisionId;
      divisionIds.push(divisionId);

      const governmentLine: Line = chance(0.5) ? 'aye' : 'no';
      const lines = new Map<number, Line>([
        [government, governmentLine],
        [opposition, index % 11 === 0 ? 'free' : index % 13 === 0 ? 'abstain' : governmentLine === 'aye' ? 'no' : 'aye'],
      ]);
      // Recorded for most divisions; rule 4 guesses the rest.
      if (index % 5 !== 0) insertWhip.run(divisionId, government, lines.get(government), 2);
      if (index % 3 !== 0) insertWhip.run(divisionId, opposition, lines.get(opposition), lines.get(opposition) === 'free' ? null : 3);

      let ayes = 0;
      let noes = 0;
      const tellers = { aye: 0, no: 0 };
      for (const member of members) {
        if (index < member.sitsFrom) continue;
        const line = lines.get(member.partyId);
        let position: 'aye' | 'no' | 'both' | 'absent';
        if (member.partyId === speaker || chance(0.1)) position = 'absent';
        else if (line === 'aye' || line === 'no') position = chance(0.06) ? (line === 'aye' ? 'no' : 'aye') : chance(0.01) ? 'both' : line;
        else if (line === 'abstain') position = chance(0.8) ? 'absent' : 'aye';
        else position = chance(0.5) ? 'aye' : 'no';
        let isTeller = false;
        if ((position === 'aye' || position === 'no') && tellers[position] < 2 && line === position) {
          tellers[position] += 1;
          isTeller = true;
        }
        if (!isTeller && (position === 'aye' || position === 'both')) ayes += 1;
        if (!isTeller && (position === 'no' || position === 'both')) noes += 1;
        const proxy = position === 'aye' && chance(0.02) ? 'Member 90001' : null;
        insertVote.run(divisionId, member.personId, position, isTeller ? 1 : 0, proxy, member.partyId);
      }
      updateCounts.run(ayes, noes, divisionId);
    }

    const topic = Number(
      sqlite.prepare("INSERT INTO topics (slug, title) VALUES ('generated-question', 'Generated: a made-up question')").run().lastInsertRowid,
    );
    const insertTopicDivision = sqlite.prepare("INSERT INTO topic_divisions (topic_id, division_id, supporting_lobby) VALUES (?, ?, 'aye')");
    for (const id of [divisionIds[1]!, divisionIds[total - 2]!]) insertTopicDivision.run(topic, id);
    sqlite
      .prepare(
        `INSERT INTO stances (topic_id, person_id, speaker, position, label, quote, stated_on, kind, source_url)
         VALUES (?, ?, ?, 'supports', 'supports the made-up question', 'I support it.', '2020-01-01', 'statement', 'https://example.org/said')`,
      )
      .run(topic, busiest.personId, `Member ${busiest.parliamentId}`);
    sqlite
      .prepare(
        `INSERT INTO posts (person_id, title, kind, side, start_date, end_date, end_reason, ended_over_division_id)
         VALUES (?, 'Shadow Minister for Made-up Affairs', 'shadow_minister', 'opposition', '2019-12-20', '2020-03-01', 'resigned', ?)`,
      )
      .run(busiest.personId, divisionIds[1]);

    return {
      busiest: { personId: busiest.personId, parliamentId: busiest.parliamentId },
      newcomer: { personId: newcomer.personId, parliamentId: newcomer.parliamentId },
      divisionIds,
      unaddressedDivisionId,
    };
  })();
}
