import fs from 'node:fs';
import path from 'node:path';
import type { FakeParliament } from './fake-parliament';

// The two official APIs as the fake plays them, from records the tests hold (and may change mid-test).

type DivisionRecord = Record<string, unknown> & { DivisionId: number; Date: string };

/**
 * GET /data/divisions.json/search (paged with queryParameters.skip/take, filtered by start and end date,
 * member lists empty as the real API returns them) and GET /data/division/{id}.json.
 */
export function serveCommonsVotes(fake: FakeParliament, records: Map<number, DivisionRecord>): void {
  fake.on('/data/divisions.json/search', (url) => {
    const q = url.searchParams;
    const from = q.get('queryParameters.startDate') ?? '0000';
    const to = q.get('queryParameters.endDate') ?? '9999';
    const skip = Number(q.get('queryParameters.skip') ?? 0);
    const take = Number(q.get('queryParameters.take') ?? 25);
    const found = [...records.values()]
      .filter((r) => r.Date.slice(0, 10) >= from && r.Date.slice(0, 10) <= to)
      .sort((a, b) => b.Date.localeCompare(a.Date) || b.DivisionId - a.DivisionId);
    const page = found.slice(skip, skip + take).map((r) => ({ ...r, AyeTellers: [], NoTellers: [], Ayes: [], Noes: [], NoVoteRecorded: [] }));
    return { body: page };
  });
  fake.on(/^\/data\/division\/\d+\.json$/, (url) => {
    const id = Number(/(\d+)\.json$/.exec(url.pathname)?.[1]);
    const record = records.get(id);
    return record ? { body: record } : { status: 404, body: { message: 'Division not found' } };
  });
}

export type MemberFixture = { history: Record<string, unknown> & { value: Record<string, unknown> & { id: number } }; biography: Record<string, unknown> };

/**
 * GET /api/Members/Search (current Commons members, paged with skip/take), GET /api/Members/History?ids=…
 * (repeated ids) and GET /api/Members/{id}/Biography.
 */
export function serveMembers(fake: FakeParliament, members: Map<number, MemberFixture>): void {
  fake.on('/api/Members/Search', (url) => {
    const skip = Number(url.searchParams.get('skip') ?? 0);
    const take = Math.min(20, Number(url.searchParams.get('take') ?? 20));
    const all = [...members.values()];
    const items = all.slice(skip, skip + take).map((m) => {
      const name = (m.history.value as { nameHistory?: { nameDisplayAs?: string }[] }).nameHistory?.at(-1)?.nameDisplayAs ?? null;
      return { value: { id: m.history.value.id, nameDisplayAs: name }, links: [] };
    });
    return { body: { items, totalResults: all.length, resultContext: null, skip, take, links: [] } };
  });
  fake.on('/api/Members/History', (url) => {
    const ids = url.searchParams.getAll('ids').flatMap((v) => v.split(',')).map(Number);
    return { body: ids.flatMap((id) => (members.has(id) ? [members.get(id)?.history] : [])) };
  });
  fake.on(/^\/api\/Members\/\d+\/Biography$/, (url) => {
    const id = Number(/Members\/(\d+)\//.exec(url.pathname)?.[1]);
    const member = members.get(id);
    return member ? { body: member.biography } : { status: 404, body: { status: 404, title: 'Not Found' } };
  });
}

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/api');

/** A member's recorded (constructed) History item and Biography from tests/fixtures/api. */
export function readMemberFixture(id: number): MemberFixture {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
  const strip = <T extends Record<string, unknown>>(o: T): T => {
    const { _origin: _, ...rest } = o;
    void _;
    return rest as T;
  };
  return {
    history: strip(read(`members-api-history-${id}.json`)) as MemberFixture['history'],
    biography: strip(read(`members-api-biography-${id}.json`)),
  };
}
