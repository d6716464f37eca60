import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDivisionPage } from '@/db/queries/division-detail';
import { listPartiesWithMembers, loadPartyPage } from '@/db/queries/party-page';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import { lobbySearchesOf, recordStatements } from './support/statement-log';
import type { TempDb } from './support/temp-db';

// Party pages over the seed (1666: Labour whipped to abstain, 56 of its MPs voted aye, ten frontbenchers left over it)
// and three divisions of the fixtures. Rebels are checked against each division's own page.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');

describe('party pages', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
    importDivisionFiles(t.db, [1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
  });
  afterAll(() => releaseAppDb(t));

  it('lists parties largest first, without the Speaker', () => {
    const parties = listPartiesWithMembers();
    expect(parties[0]?.abbreviation).toMatch(/^(Lab|Con)$/);
    expect(parties.some((p) => p.kind === 'speaker')).toBe(false);
  });

  it('Labour: its rebels and rebellions as the division pages count them, its departures and its cohesion', () => {
    const page = loadPartyPage('lab')!;
    expect(page.party.abbreviation).toBe('Lab');
    let rebels = 0;
    let divisionsWithRebels = 0;
    for (const id of [1586, 1666, 1720, 2105]) {
      const n = loadDivisionPage(id)!.view.members.filter((m) => m.verdict === 'rebelled' && m.party?.abbreviation === 'Lab').length;
      rebels += n;
      if (n > 0) divisionsWithRebels += 1;
    }
    expect(page.rebellions).toEqual({ votes: rebels, divisions: divisionsWithRebels });
    // Most rebellions first, at most 20; each counted as the division pages count them.
    expect(page.topRebels.length).toBeGreaterThan(0);
    expect(page.topRebels.length).toBeLessThanOrEqual(20);
    const counts = page.topRebels.map((r) => r.rebellions);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(page.topRebels.reduce((sum, r) => sum + r.rebellions, 0)).toBeLessThanOrEqual(rebels);
    expect(page.departures.filter((d) => d.officialId === 1666)).toHaveLength(10);
    const on1666 = page.cohesion.find((c) => c.officialId === 1666)!;
    // 56 ayes, no noes: all of those who voted were in one lobby.
    expect(on1666).toMatchObject({ ayes: 56, noes: 0, cohesion: 1, whip: 'abstain', rebels: 56 });
    expect(page.cohesion.map((c) => c.officialId)).toEqual([2105, 1720, 1666, 1586]);
    expect(page.whipsRecorded).toContainEqual({ instruction: 'abstain', count: 1 });
    expect(page.overTime.map((y) => y.year)).toEqual(['2025', '2024', '2023']);
  });

  it("finds a party's most frequent rebels from the index of each lobby's members alone", () => {
    const { statements } = recordStatements(t.db, () => loadPartyPage('lab'));
    const searches = lobbySearchesOf(t.db, statements);
    expect(searches).toHaveLength(1);
    expect(searches[0]).toBe('SEARCH v USING COVERING INDEX votes_division_party_idx (division_id=? AND party_id=? AND position=?)');
  });

  it('has no page for an unknown abbreviation or the Speaker', () => {
    expect(loadPartyPage('Nope')).toBeNull();
    expect(loadPartyPage('Spk')).toBeNull();
  });
});
