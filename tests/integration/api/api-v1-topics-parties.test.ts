import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getMp } from '@/app/api/v1/mps/[id]/route';
import { GET as getOpenApi } from '@/app/api/v1/openapi.json/route';
import { GET as getParties } from '@/app/api/v1/parties/route';
import { GET as getParty } from '@/app/api/v1/parties/[abbr]/route';
import { GET as getStatements } from '@/app/api/v1/statements/route';
import { GET as getTopics } from '@/app/api/v1/topics/route';
import { GET as getTopic } from '@/app/api/v1/topics/[slug]/route';
import {
  listOf,
  mpDetailSchema,
  partyDetailSchema,
  partySummarySchema,
  statementListItemSchema,
  topicDetailSchema,
  topicSummarySchema,
} from '@/lib/validation/api';
import type { TempDb } from '../support/temp-db';
import { releaseAppDb, useSeededAppDb } from '../support/app-db';

// Topics, parties, statements and an MP's rates in /api/v1, on the seeded record of 15 Nov 2023; every answer is
// checked against the schema the OpenAPI document is made from, so the two cannot drift.

const BASE = 'http://127.0.0.1:3000';
const request = (path: string) => new NextRequest(new URL(path, BASE));
const params = <T extends string>(name: T, value: string) => ({ params: Promise.resolve({ [name]: value } as Record<T, string>) });

async function json(response: Response) {
  return { status: response.status, body: JSON.parse(await response.text()) };
}

describe('/api/v1: topics, parties, statements and rates', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  it('topics: the list and one topic, with every MP in words and snake_case names', async () => {
    const list = await json(await getTopics(request('/api/v1/topics')));
    expect(list.status).toBe(200);
    expect(list.body.data.map((x: { slug: string }) => x.slug)).toEqual(['gaza-immediate-ceasefire']);
    topicSummarySchema.array().parse(list.body.data);
    const one = await json(await getTopic(request('/api/v1/topics/gaza-immediate-ceasefire'), params('slug', 'gaza-immediate-ceasefire') as never));
    const data = topicDetailSchema.parse(one.body.data);
    expect(data.divisions).toEqual([{ id: 1666, date: '2023-11-15', title: expect.any(String), supporting_lobby: 'aye', ayes: 125, noes: 293 }]);
    expect(data.mps).toHaveLength(650);
    expect(data.mps.find((m) => m.id === 3924)).toMatchObject({ support: 1, against: 0, summary: 'Voted in support, in the one vote they cast' });
    expect(data.party_votes.find((p) => p.party?.abbreviation === 'Lab')).toMatchObject({ support: 56, against: 0 });
    expect((await getTopic(request('/api/v1/topics/nope'), params('slug', 'nope') as never)).status).toBe(404);
    expect((await getTopic(request('/api/v1/topics/Bad_Slug'), params('slug', 'Bad_Slug') as never)).status).toBe(400);
  });

  it('parties: the list and Labour, with its whip, rebels, departures and cohesion', async () => {
    const list = await json(await getParties(request('/api/v1/parties')));
    partySummarySchema.array().parse(list.body.data);
    expect(list.body.data.find((p: { abbreviation: string }) => p.abbreviation === 'Lab')).toMatchObject({ name: 'Labour', kind: 'party' });
    const labour = partyDetailSchema.parse((await json(await getParty(request('/api/v1/parties/Lab'), params('abbr', 'Lab') as never))).body.data);
    expect(labour.whips_recorded).toEqual([{ instruction: 'abstain', divisions: 1 }]);
    expect(labour.rebellions).toEqual({ votes: 56, divisions: 1 });
    expect(labour.departures).toHaveLength(10);
    expect(labour.cohesion[0]).toMatchObject({ division_id: 1666, ayes: 56, noes: 0, cohesion: 1, whip: 'abstain', rebels: 56 });
    expect((await getParty(request('/api/v1/parties/Nope'), params('abbr', 'Nope') as never)).status).toBe(404);
  });

  it('statements: by topic and by MP, with their source, and a clear 400 for a filter that names nothing', async () => {
    const byTopic = await json(await getStatements(request('/api/v1/statements?topic=gaza-immediate-ceasefire&per_page=200')));
    listOf(statementListItemSchema).parse(byTopic.body);
    expect(byTopic.body.data.length).toBeGreaterThan(10);
    const qureshi = await json(await getStatements(request('/api/v1/statements?mp=3924')));
    expect(qureshi.body.data.every((s: { mp: { id: number } }) => s.mp.id === 3924)).toBe(true);
    expect(qureshi.body.data.some((s: { quote: string }) => s.quote?.includes('I intend to vote for this motion'))).toBe(true);
    const partyLines = await json(await getStatements(request('/api/v1/statements?party=Lab')));
    expect(partyLines.body.data.every((s: { mp: unknown; party: { abbreviation: string } }) => s.mp === null && s.party.abbreviation === 'Lab')).toBe(true);
    const bad = await json(await getStatements(request('/api/v1/statements?topic=nope')));
    expect(bad).toMatchObject({ status: 400, body: { error: 'There is no topic "nope"' } });
    expect((await getStatements(request('/api/v1/statements?colour=red'))).status).toBe(400);
  });

  it('an MP’s rates, with their party’s medians, in their record', async () => {
    const mp = mpDetailSchema.parse((await json(await getMp(request('/api/v1/mps/3924'), params('id', '3924') as never))).body.data);
    expect(mp.rates).toEqual({
      divisions_held: 1,
      votes_cast: 1,
      attendance: 1,
      whipped_votes: 1,
      rebellions: 1,
      rebellion_rate: 1,
      party_median: { attendance: 0, rebellion_rate: 0, members: expect.any(Number) },
    });
  });

  it('the OpenAPI document describes the new endpoints', async () => {
    const doc = await json(await getOpenApi(request('/api/v1/openapi.json')));
    for (const path of ['/api/v1/topics', '/api/v1/topics/{slug}', '/api/v1/parties', '/api/v1/parties/{abbreviation}', '/api/v1/statements']) {
      expect(doc.body.paths[path], path).toBeDefined();
    }
  });
});
