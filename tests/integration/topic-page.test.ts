import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTopics, loadTopicPage } from '@/db/queries/topic-page';
import { divisions, topicDivisions, topics } from '@/db/schema';
import { importDivisionFiles } from '@/lib/import/run-division-files';
import { releaseAppDb, useSeededAppDb } from './support/app-db';
import type { TempDb } from './support/temp-db';

// A topic's page on the seeded record (division 1666, where voting aye supports an immediate ceasefire) and on a
// topic an editor links to two divisions of the fixtures as well, so that MPs have several votes to sum up. The
// expected counts are read from the official records (the seed's file and tests/fixtures/parliaments).

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/parliaments');
type Member = { MemberId: number; PartyAbbreviation: string | null };
type Record = { Ayes: Member[]; Noes: Member[]; AyeTellers: Member[]; NoTellers: Member[] };
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record;
const ayes = (r: Record) => new Set([...r.Ayes, ...r.AyeTellers].map((m) => m.MemberId));
const noes = (r: Record) => new Set([...r.Noes, ...r.NoTellers].map((m) => m.MemberId));

describe('topic pages', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
    importDivisionFiles(t.db, [1720, 2105].map((id) => path.join(FIXTURES, `division-${id}.json`)));
  });
  afterAll(() => releaseAppDb(t));

  it('lists the topics with how many divisions each links', () => {
    expect(listTopics()).toEqual([expect.objectContaining({ slug: 'gaza-immediate-ceasefire', title: 'Gaza: immediate ceasefire', divisions: 1 })]);
  });

  it('sums up division 1666 party by party and MP by MP, as the official record has it', () => {
    const page = loadTopicPage('gaza-immediate-ceasefire')!;
    expect(page.divisions.map((d) => [d.officialId, d.supportingLobby])).toEqual([[1666, 'aye']]);
    const party = (abbreviation: string) => page.partyVotes.find((p) => page.parties.find((x) => x.id === p.partyId)?.abbreviation === abbreviation)!;
    expect(party('Lab').count).toMatchObject({ support: 56, against: 0 });
    expect(party('Con').count.support).toBe(0);
    const qureshi = page.members.find((m) => m.parliamentId === 3924)!;
    expect(qureshi).toMatchObject({ stance: 'one-support', summary: 'Voted in support, in the one vote they cast' });
    const starmer = page.members.find((m) => m.name === 'Keir Starmer')!;
    expect(starmer).toMatchObject({ stance: 'none', summary: 'Did not vote on it' });
    // Every MP of the day is listed once.
    expect(page.members).toHaveLength(650);
    // What Yasmin Qureshi said before the vote, beside what she did.
    const words = page.words.find((w) => w.parliamentId === 3924)!;
    expect(words.words.verdicts.map((v) => [v.verdict, v.position])).toEqual([['kept', 'aye']]);
    expect(page.partyLines.length).toBeGreaterThan(0);
  });

  it('with three divisions, sums up each MP by the wording rules and counts that match the records', () => {
    const topic = t.db.insert(topics).values({ slug: 'test-three-votes', title: 'Three votes' }).returning({ id: topics.id }).get();
    const idOf = (officialId: number) => t.db.select({ id: divisions.id }).from(divisions).where(eq(divisions.officialId, officialId)).get()!.id;
    // Aye supports in 1666 and 1720, no supports in 2105.
    t.db.insert(topicDivisions).values([
      { topicId: topic.id, divisionId: idOf(1666), supportingLobby: 'aye' },
      { topicId: topic.id, divisionId: idOf(1720), supportingLobby: 'aye' },
      { topicId: topic.id, divisionId: idOf(2105), supportingLobby: 'no' },
    ]).run();
    const records = [
      { record: read(path.join(process.cwd(), 'data/commons-2023-11-15/commonsvotes-division-1666.json')), lobby: 'aye' },
      { record: read(path.join(FIXTURES, 'division-1720.json')), lobby: 'aye' },
      { record: read(path.join(FIXTURES, 'division-2105.json')), lobby: 'no' },
    ] as const;
    const expected = (memberId: number) => {
      let support = 0;
      let against = 0;
      for (const { record, lobby } of records) {
        const inAye = ayes(record).has(memberId);
        const inNo = noes(record).has(memberId);
        if (inAye === inNo) continue;
        if ((inAye && lobby === 'aye') || (inNo && lobby === 'no')) support += 1;
        else against += 1;
      }
      return { support, against };
    };
    const page = loadTopicPage('test-three-votes')!;
    expect(page.divisions.map((d) => d.officialId)).toEqual([1666, 1720, 2105]);
    let checked = 0;
    for (const m of page.members) {
      if (m.parliamentId === null) continue;
      expect(m.count, m.name).toMatchObject(expected(m.parliamentId));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(900);
    // The rules are used in earnest: MPs who always, mostly or sometimes supported, who never did, with one vote.
    const stances = new Set(page.members.map((m) => m.stance));
    expect([...stances].sort()).toEqual(expect.arrayContaining(['always-against', 'always-support', 'mixed', 'one-against', 'one-support']));
  });

  it('has no page for a slug no topic has', () => {
    expect(loadTopicPage('no-such-topic')).toBeNull();
  });
});
