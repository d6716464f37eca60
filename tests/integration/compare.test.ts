import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareMps } from '@/db/queries/compare';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

// Comparing MPs over the seed (1666) and three divisions of the fixtures, with the answer read from the official
// records: in which divisions both voted, and whether the same way.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
type Member = { MemberId: number };
type Record = { Ayes: Member[]; Noes: Member[]; AyeTellers: Member[]; NoTellers: Member[] };
const files = [
  path.join(process.cwd(), 'data/commons-2023-11-15/commonsvotes-division-1666.json'),
  ...[1586, 1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)),
];
const records = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Record);
const way = (r: Record, id: number) => {
  const aye = [...r.Ayes, ...r.AyeTellers].some((m) => m.MemberId === id);
  const no = [...r.Noes, ...r.NoTellers].some((m) => m.MemberId === id);
  return aye && no ? 'both' : aye ? 'aye' : no ? 'no' : null;
};

describe('comparing MPs', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
    importDivisionFiles(t.db, files.slice(1));
  });
  afterAll(() => releaseAppDb(t));

  it('counts the divisions both voted in and those they voted alike in, as the records have it', () => {
    const compared = compareMps(['3924', 'Keir Starmer']);
    const [qureshi, starmer] = compared.mps;
    expect(qureshi?.name).toBe('Yasmin Qureshi');
    expect(starmer?.name).toBe('Keir Starmer');
    let together = 0;
    let alike = 0;
    for (const r of records) {
      const a = way(r, qureshi!.parliamentId!);
      const b = way(r, starmer!.parliamentId!);
      if (!a || !b) continue;
      together += 1;
      if (a === b) alike += 1;
    }
    expect(together).toBeGreaterThan(0);
    expect(compared).toMatchObject({ together, alike });
    expect(compared.differed).toHaveLength(together - alike);
  });

  it('names what it could not find beside what was typed, and needs two MPs', () => {
    const compared = compareMps(['Yasmin Qureshi', 'zzqxv', '9999999']);
    expect(compared.unknown).toEqual([
      { input: 'zzqxv', message: 'No MP matches “zzqxv”' },
      { input: '9999999', message: 'No MP has the member id 9999999' },
    ]);
    expect(compared).toMatchObject({ together: 0, alike: 0, differed: [] });
  });

  it('keeps to one topic’s divisions when asked, and pairs every two of up to four MPs', () => {
    const onTopic = compareMps(['Yasmin Qureshi', 'Keir Starmer'], 'gaza-immediate-ceasefire');
    expect(onTopic.topic?.slug).toBe('gaza-immediate-ceasefire');
    // Keir Starmer did not vote on 1666: no division of the topic in which both voted.
    expect(onTopic.together).toBe(0);
    const four = compareMps(['Yasmin Qureshi', 'Keir Starmer', 'Bolton West', '3924']);
    expect(four.mps).toHaveLength(3);
    expect(four.pairs).toHaveLength(3);
  });
});
