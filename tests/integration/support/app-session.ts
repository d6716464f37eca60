// Runs the app's server code (actions, lib/auth/server) against a temp database with real Better Auth
// accounts and sessions. Call pointAppAtTempDb() before the first app module that reads the configuration
// is imported: the configuration is read once.
import { sql } from 'drizzle-orm';
import type { AppDatabase } from '@/db/connection';
import type { TempDb } from './temp-db';

export const TEST_PASSWORD = 'integration-test-password';

type AppGlobals = { ayesAndNoesDb?: AppDatabase; ayesAndNoesAuth?: unknown };
const appGlobals = globalThis as unknown as AppGlobals;

/** Points the app at the temp database and sets what `next build` would (experimental.authInterrupts). */
export function pointAppAtTempDb(t: TempDb): void {
  process.env.DATABASE_PATH = t.file;
  process.env.AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';
  process.env.SITE_URL = 'http://127.0.0.1:3000';
  // next.config.js turns on unauthorized()/forbidden() with experimental.authInterrupts, which sets this.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
  forgetAppConnections();
}

/** Closes the app's own connection (getDb) and forgets the auth service built on it. */
export function forgetAppConnections(): void {
  appGlobals.ayesAndNoesDb?.$client.close();
  delete appGlobals.ayesAndNoesDb;
  delete appGlobals.ayesAndNoesAuth;
}

export type TestAccount = { id: string; email: string; cookie: string };

/** Creates an account through Better Auth (as the command line does) and signs it in. */
export async function createSignedInAccount(email: string, role: 'admin' | 'editor'): Promise<TestAccount> {
  const { getAuth } = await import('@/lib/auth/server');
  const auth = getAuth();
  const { user } = await auth.api.createUser({ body: { email, name: email.split('@')[0]!, role, password: TEST_PASSWORD } });
  return { id: user.id, email, cookie: await signInCookie(email) };
}

/** Signs in with the test password and returns the session cookie as a browser would send it back. */
export async function signInCookie(email: string, password = TEST_PASSWORD): Promise<string> {
  const { getAuth } = await import('@/lib/auth/server');
  const { headers } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
  const token = /better-auth\.session_token=([^;]+)/.exec(headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`Signing in ${email} set no session cookie`);
  return `better-auth.session_token=${token}`;
}

/**
 * What a call may not change: SQLite's data_version moves whenever another connection (here, the app's)
 * commits anything, and the row counts say what changed when it does.
 */
export function databaseFingerprint(db: AppDatabase): { dataVersion: number; rows: Record<string, number> } {
  const tables = db
    .all<{ name: string }>(sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`)
    .map((t) => t.name);
  const rows = Object.fromEntries(tables.map((t) => [t, db.get<{ n: number }>(sql.raw(`select count(*) as n from "${t}"`)).n]));
  return { dataVersion: db.$client.pragma('data_version', { simple: true }) as number, rows };
}

export type CallOutcome = { threw: false; value: unknown } | { threw: true; digest: string | undefined; error: unknown };

/** Calls a server action and reports whether it returned or threw, and Next's digest if it threw one. */
export async function callAction(action: (...args: never[]) => unknown, args: unknown[]): Promise<CallOutcome> {
  try {
    return { threw: false, value: await (action as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    const digest = (error as { digest?: unknown })?.digest;
    return { threw: true, digest: typeof digest === 'string' ? digest : undefined, error };
  }
}

export const isLoginRedirect = (o: CallOutcome) =>
  o.threw && !!o.digest && ((o.digest.startsWith('NEXT_REDIRECT') && o.digest.includes('/login')) || o.digest === 'NEXT_HTTP_ERROR_FALLBACK;401');
export const isForbidden = (o: CallOutcome) => o.threw && o.digest === 'NEXT_HTTP_ERROR_FALLBACK;403';

/** The path a redirect sends to, from its digest ("NEXT_REDIRECT;replace;/login?next=…;307;"). */
export function redirectTarget(o: CallOutcome): string | null {
  if (!o.threw || !o.digest?.startsWith('NEXT_REDIRECT')) return null;
  return o.digest.split(';').slice(2, -2).join(';');
}
