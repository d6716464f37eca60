import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDivisionByOfficialId, listDivisionTopics, loadDivisionView } from '@/db/queries/division-detail';
import { divisionIntroOf } from '@/lib/view/division-intro';
import { memberRowsOf } from '@/lib/view/member-rows';
import { partyTableOf } from '@/lib/view/party-table';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// A division page's opening, party table and members travel to the browser as data drawn by client components
// (components/division/division-header.tsx, party-breakdown-table.tsx): what they are given, worded on the server
// from division 1666's view, is what the page shows, and nothing the page does not draw.

describe('the division page’s opening and party table, as data', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  const load = () => {
    const division = getDivisionByOfficialId(1666)!;
    return { division, topics: listDivisionTopics(division.id), view: loadDivisionView(division).view };
  };

  it('words the opening: dates, the official count against the names, rebels and departures', () => {
    const { division, topics, view } = load();
    const intro = divisionIntroOf(division, topics, view);
    expect(intro).toMatchObject({ officialId: 1666, date: '15 Nov 2023', rebels: 56, departed: 10 });
    expect(intro.votedOn).toMatch(/^Wednesday, 15 November 2023 at \d\d:\d\d$/);
    expect(intro.title).toContain('immediate ceasefire');
    expect(intro.result).toMatchObject({ ayeCount: 125, noCount: 293, countCheck: { differs: true, recorded: { noes: 294 } } });
    // Plain data, as it travels: nothing is lost in the page's payload.
    expect(JSON.parse(JSON.stringify(intro))).toEqual(intro);
  });

  it('gives the party table its rows, totals, count sentences, Chair and whip notes, and no more', () => {
    const { view } = load();
    const table = partyTableOf(view.partyRows, view.lobbies, view.chair);
    const labour = table.rows.find((r) => r.party.abbreviation === 'Lab')!;
    expect(labour).toMatchObject({ instruction: 'Abstain', rebels: 56, ayes: 56, noes: 0 });
    expect(labour.basis).toContain('reported');
    for (const key of ['rebels', 'ayes', 'noes', 'both', 'absent'] as const) {
      expect(table.totals[key]).toBe(table.rows.reduce((sum, r) => sum + r[key], 0));
    }
    expect(table.counts).toHaveLength(2);
    expect(table.counts[1]).toMatch(/^Noes: 293 \(the official count\)\./);
    expect(table.chair).toMatch(/Lindsay Hoyle \(Speaker\)/);
    expect(table.notes.map((n) => n.party.abbreviation)).toContain('Lab');
    // A party's badge travels as its name, abbreviation and colour only.
    expect(Object.keys(labour.party).sort()).toEqual(['abbreviation', 'colour', 'name']);
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  it('gives the members table each party once, and each row only the notes it has', () => {
    const { view } = load();
    const { rows, parties } = memberRowsOf(view.members);
    expect(rows).toHaveLength(650);
    expect(new Set(parties.map((p) => p.abbreviation)).size).toBe(parties.length);
    const qureshi = rows.find((r) => r.name === 'Yasmin Qureshi')!;
    expect(parties[qureshi.party]?.abbreviation).toBe('Lab');
    expect(qureshi).toMatchObject({ vote: 'aye', verdict: 'Defied the whip', rebel: true, payroll: 'f' });
    expect(rows.filter((r) => r.teller)).toHaveLength(4);
    // A row without notes carries none of their keys.
    const plain = rows.find((r) => !r.rebel && !r.teller && !r.proxy && r.verdict !== null)!;
    expect(Object.keys(plain)).not.toContain('teller');
    expect(Object.keys(plain)).not.toContain('proxy');
  });
});
