import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctVote } from '@/db/mutations/vote-corrections';
import { undoRevision } from '@/db/mutations/records';
import { getDivisionByOfficialId } from '@/db/queries/division-detail';
import { loadMemberPage } from '@/db/queries/member-page';
import { loadRates } from '@/db/queries/member-rates';
import { median } from '@/lib/view/median';
import { parties, persons, revisions } from '@/db/schema';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import { lobbySearchesOf, recordStatements } from './support/statement-log';
import type { TempDb } from './support/temp-db';

// Attendance and rebellion rates on MP pages, with their party's median. Every MP's figures, kept from stored counts
// and whips judged party by party, must equal what their own page judges vote by vote (the on-read rules), after
// import, an editor's correction and its undo; and the seed's figures are checked against the official record.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
const actor = { id: 'u1', label: 'editor@example.org' };

describe('attendance and rebellion rates', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
    importDivisionFiles(t.db, [1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
  });
  afterAll(() => releaseAppDb(t));

  const everyoneAgreesWithTheirPage = () => {
    const rates = loadRates();
    const all = t.db.select({ id: persons.id, parliamentId: persons.parliamentId }).from(persons).all();
    let checked = 0;
    for (const person of all) {
      if (person.parliamentId === null) continue;
      const page = loadMemberPage(person.parliamentId, 1);
      if (!page) continue;
      const own = rates.byPerson.get(person.id);
      const record = page.record.rows();
      const listed = record.filter((v) => v.officialId !== null);
      expect(own, `${person.parliamentId}`).toEqual({
        divisionsHeld: page.record.length,
        votesCast: record.filter((v) => v.position !== 'absent').length,
        whippedVotes: page.history.whippedVotes,
        rebellions: page.history.rebellions,
      });
      expect(listed.length).toBe(page.record.length);
      checked += 1;
    }
    return checked;
  };

  it('equal, for every MP, the counts their own page judges vote by vote', () => {
    expect(everyoneAgreesWithTheirPage()).toBeGreaterThan(1000);
  });

  it('give Yasmin Qureshi 4 divisions held on the record of 15 Nov 2023 and the fixtures, and Labour its medians', () => {
    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!;
    const mine = loadRates().byPerson.get(qureshi.id)!;
    // Listed in all four records (she sat through the three Parliaments' divisions held here).
    expect(mine.divisionsHeld).toBe(4);
    // On 1666 she voted aye against Labour's whip to abstain: one rebellion at least.
    expect(mine.rebellions).toBeGreaterThanOrEqual(1);
    const labour = t.db.select({ id: parties.id }).from(parties).where(eq(parties.abbreviation, 'Lab')).get()!;
    const medians = loadRates().medians.get(labour.id)!;
    expect(medians.members).toBeGreaterThan(300);
    expect(medians.attendance).not.toBeNull();
    expect(medians.rebellionRate).toBe(0);
  });

  it('follow an editor’s correction and its undo', () => {
    const qureshi = t.db.select({ id: persons.id }).from(persons).where(eq(persons.parliamentId, 3924)).get()!;
    const before = loadRates().byPerson.get(qureshi.id)!;
    const divisionId = getDivisionByOfficialId(1666)!.id;
    t.db.transaction((tx) => correctVote(tx, divisionId, qureshi.id, { position: 'absent', isTeller: false, proxyName: null }, { actor }));
    const after = loadRates().byPerson.get(qureshi.id)!;
    expect(after).toMatchObject({ divisionsHeld: before.divisionsHeld, votesCast: before.votesCast - 1, rebellions: before.rebellions - 1 });
    everyoneAgreesWithTheirPage();
    const latest = t.db.select({ id: revisions.id }).from(revisions).orderBy(revisions.id).all().at(-1)!;
    undoRevision(t.db, latest.id, { actor });
    expect(loadRates().byPerson.get(qureshi.id)).toEqual(before);
  });

  it("count every MP's rebellions from the index of each lobby's members alone, with no table lookup a vote", () => {
    const { statements } = recordStatements(t.db, () => loadRates());
    const searches = lobbySearchesOf(t.db, statements);
    expect(searches).toHaveLength(2);
    for (const detail of searches) expect(detail).toMatch(/^SEARCH v USING COVERING INDEX votes_division_party_idx \(division_id=\? AND party_id=\?/);
  });

  it('a median is the middle figure, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([0.5])).toBe(0.5);
    expect(median([0.9, 0.1, 0.5])).toBe(0.5);
    expect(median([0.1, 0.2, 0.3, 0.4])).toBeCloseTo(0.25);
    expect(fs.existsSync(FIXTURES)).toBe(true);
  });
});
