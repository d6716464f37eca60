import type Database from 'better-sqlite3';
import type { AppDatabase } from '@/db/connection';
import { forgetKeptViews } from '@/db/version-memo';

export type LoggedStatement = { sql: string; params: unknown[] };

const METHODS = ['run', 'get', 'all', 'iterate'] as const;
type Method = (typeof METHODS)[number];
type StatementMethods = Pick<Database.Statement, Method>;

/**
 * Runs `load` and records every statement the driver executes meanwhile on `db`'s connection, with its SQL and bound
 * parameters: each call of run, get, all or iterate on better-sqlite3's Statement, which is where every Drizzle
 * query ends up (the data version read on a connection of its own, db/data-version.ts, is not a query of the data).
 * Views kept until the data changes (db/version-memo.ts) are forgotten first, so that what is counted is the reads
 * of a view made afresh. The methods are restored afterwards, even when `load` throws.
 */
export function recordStatements<T>(db: AppDatabase, load: () => T): { result: T; statements: LoggedStatement[] } {
  forgetKeptViews();
  const prototype = (db.$client.prepare('select 1').constructor as { prototype: StatementMethods }).prototype;
  const originals = new Map(METHODS.map((method) => [method, prototype[method]]));
  const statements: LoggedStatement[] = [];
  for (const method of METHODS) {
    const original = originals.get(method)! as (this: Database.Statement, ...params: unknown[]) => unknown;
    (prototype as Record<Method, unknown>)[method] = function (this: Database.Statement, ...params: unknown[]) {
      if (this.database === db.$client) statements.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  try {
    return { result: load(), statements };
  } finally {
    for (const [method, original] of originals) (prototype as Record<Method, unknown>)[method] = original;
  }
}

/** The tables, by name or alias, that a statement reads: `"votes" "mine"` (or `votes as v`) reads votes as "mine". */
function namesOf(sql: string, tables: ReadonlyArray<string>): Set<string> {
  const names = new Set<string>(tables);
  const keyword = /^(on|using|where|inner|left|cross|join|natural|group|order|limit|union)$/i;
  for (const table of tables) {
    for (const match of sql.matchAll(new RegExp(`["\`]?\\b${table}\\b["\`]?\\s+(?:as\\s+)?["\`]?(\\w+)["\`]?`, 'gi'))) {
      if (!keyword.test(match[1]!)) names.add(match[1]!);
    }
  }
  return names;
}

export type PlanLine = { sql: string; detail: string };

/**
 * The lines of SQLite's query plan for each statement, run with its own parameters, that read the whole of one of
 * `tables` (a `SCAN` of the table or of an index on it, under its name or an alias) rather than searching an index.
 */
export function fullScansOf(db: AppDatabase, statements: ReadonlyArray<LoggedStatement>, tables: ReadonlyArray<string>): PlanLine[] {
  const found: PlanLine[] = [];
  for (const { sql, params } of statements) {
    const names = namesOf(sql, tables);
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    for (const { detail } of plan) {
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
      if (scanned && names.has(scanned)) found.push({ sql, detail });
    }
  }
  return found;
}

/**
 * How each statement that joins a list of lobbies (`json_each`) to the votes finds the votes: the plan's line for
 * the votes, by their alias `v`, run with the statement's own parameters.
 */
export function lobbySearchesOf(db: AppDatabase, statements: ReadonlyArray<LoggedStatement>): string[] {
  return statements
    .filter(({ sql }) => /json_each/i.test(sql) && /\bvotes\b/i.test(sql))
    .flatMap(({ sql, params }) =>
      (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).filter((d) => /^(SEARCH|SCAN) v\b/.test(d)),
    );
}
