// The reads behind the other pages the benchmark measures (npm run bench): the home page, the divisions list,
// the MP search and the rebels explorer. Each makes a fixed handful of queries, whatever the number of
// divisions, and none scans the votes or whips tables. The MP and division pages are in page-loads.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMemberList } from '@/app/mps/member-list';
import { getFeaturedDivision, listDivisions, listDivisionTotalsFacts } from '@/db/queries/divisions';
import { loadRebelList } from '@/db/queries/rebels';
import { writeGeneratedCommons, type GeneratedCommons } from './support/generated-commons';
import { fullScansOf, recordStatements, type LoggedStatement } from './support/statement-log';
import { createTempDb, type TempDb } from './support/temp-db';

const BIG_TABLES = ['votes', 'whips'];

async function recordAsync<T>(t: TempDb, load: () => Promise<T>) {
  // loadMemberList is async (a postcode asks a service); a name search makes every query before its first await.
  let pending!: Promise<T>;
  const { statements } = recordStatements(t.db, () => {
    pending = load();
  });
  return { result: await pending, statements };
}

// Big enough that a page's divisions are a small part of the record, as they are in real use: for a list
// covering most of a small table, scanning it is the planner's right choice.
for (const divisions of [600, 1200]) {
  describe(`on a generated Commons of ${divisions} divisions`, () => {
    let t: TempDb;
    let commons: GeneratedCommons;
    const reads = new Map<string, { count: number; statements: LoggedStatement[] }>();

    beforeAll(async () => {
      t = createTempDb();
      commons = writeGeneratedCommons(t.db, { divisions });
      (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb = t.db;

      const home = recordStatements(t.db, () => {
        const featured = getFeaturedDivision();
        return featured ? listDivisionTotalsFacts([featured]) : null;
      });
      expect(home.result).not.toBeNull();
      reads.set('home', { count: home.statements.length, statements: home.statements });

      const list = recordStatements(t.db, () => {
        const { items } = listDivisions({ limit: 50, offset: 0 });
        return listDivisionTotalsFacts(items);
      });
      reads.set('divisions list', { count: list.statements.length, statements: list.statements });

      const search = await recordAsync(t, () => loadMemberList({ q: 'Member' }));
      expect(search.result.members.length).toBeGreaterThan(0);
      reads.set('search', { count: search.statements.length, statements: search.statements });

      const rebels = recordStatements(t.db, () => loadRebelList({}));
      expect(rebels.result.issues).toEqual([]);
      reads.set('rebels', { count: rebels.statements.length, statements: rebels.statements });

      const filtered = recordStatements(t.db, () => loadRebelList({ party: 'GOpp', role: 'backbench', vote: 'aye' }));
      expect(filtered.result.issues).toEqual([]);
      reads.set('rebels, three filters', { count: filtered.statements.length, statements: filtered.statements });
    });

    afterAll(() => {
      delete (globalThis as { ayesAndNoesDb?: unknown }).ayesAndNoesDb;
      t.close();
    });

    it('each page makes a fixed handful of queries', () => {
      for (const [page, { count }] of reads) expect(count, page).toBeLessThan(12);
    });

    /** How the explorer's rebellion tallies find the votes: the plan of its one tally statement. */
    const tallyPlan = () => {
      const tallies = reads.get('rebels')!.statements.filter((s) => /sum\(lobby\.rebellions\)/.test(s.sql));
      expect(tallies).toHaveLength(1);
      const { sql, params } = tallies[0]!;
      return (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join('\n');
    };
    const expectLobbyByLobby = (plan: string) => {
      expect(plan).toMatch(/SEARCH v USING COVERING INDEX votes_division_party_idx \(division_id=\? AND party_id=\? AND position=\?\)/);
      expect(plan).not.toMatch(/votes_person_idx/);
    };

    it("the explorer finds its rebels' votes lobby by lobby, not in each rebel's whole record", () => {
      expectLobbyByLobby(tallyPlan());
    });

    it('no hot query scans the votes or whips tables, before or after ANALYZE', () => {
      const statements = [...reads.values()].flatMap((r) => r.statements);
      expect(statements.filter((s) => /"?\b(votes|whips)\b"?/.test(s.sql)).length).toBeGreaterThanOrEqual(5);
      expect(fullScansOf(t.db, statements, BIG_TABLES)).toEqual([]);
      t.db.$client.exec('ANALYZE');
      expect(fullScansOf(t.db, statements, BIG_TABLES)).toEqual([]);
    });

    it("and after ANALYZE the explorer still finds its rebels' votes lobby by lobby", () => {
      t.db.$client.exec('ANALYZE');
      expectLobbyByLobby(tallyPlan());
    });

    it('and the counts do not grow with the record', () => {
      expect(commons.divisionIds.length).toBe(divisions);
      // Compared across the two sizes below.
      counts.set(divisions, Object.fromEntries([...reads].map(([page, r]) => [page, r.count])));
    });
  });
}

const counts = new Map<number, Record<string, number>>();

describe('the query counts', () => {
  it('are the same for 600 divisions and for 1,200', () => {
    expect(counts.get(1200)).toEqual(counts.get(600));
  });
});
