import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../connection';
import { loginClientAttempts, loginFailures } from '../schema';

// Sign-in attempts are counted BEFORE the password is checked, in one synchronous transaction that reads and
// increments together: checked afterwards, twenty requests sent at once all passed the check while the
// password hashing awaited, and nineteen wrong passwords were tried against a limit of five.

/** After this many attempts in a row without a success, the address is locked. */
export const MAX_LOGIN_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Attempts one client address may make in a window, over every email address it tries. */
export const MAX_CLIENT_ATTEMPTS = 20;
export const CLIENT_WINDOW_MINUTES = 15;
/** Addresses and clients nobody will see again must not fill the disk: past this, the oldest rows go. */
export const MAX_TRACKED_ROWS = 10_000;

const minutes = (n: number) => n * 60_000;
const normalise = (email: string) => email.trim().toLowerCase();

export type SignInCounter = { email: string; client: string };
export type SignInAttempt = { allowed: true } | { allowed: false; refusedFor: 'address' | 'client'; until: Date };

/** When the address is locked, the time it unlocks; otherwise null. */
export function lockedUntil(db: Db, email: string, now = new Date()): Date | null {
  const row = db.select().from(loginFailures).where(eq(loginFailures.email, normalise(email))).get();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one sign-in attempt against its email address and its client, and says whether its password may be
 * checked. An attempt over either limit is refused and counted nowhere: its password must not be checked,
 * even when it is the right one. The fifth attempt in a row locks the address (a success clears it).
 */
export function countSignInAttempt(db: Db, { email, client }: SignInCounter, now = new Date()): SignInAttempt {
  const key = normalise(email);
  // IMMEDIATE takes the write lock before reading, so that other processes serialise here too.
  return db.transaction(
    (tx): SignInAttempt => {
      forgetExpired(tx, now);
      const address = tx.select().from(loginFailures).where(eq(loginFailures.email, key)).get();
      if (address?.lockedUntil && address.lockedUntil > now) return { allowed: false, refusedFor: 'address', until: address.lockedUntil };

      const counter = tx.select().from(loginClientAttempts).where(eq(loginClientAttempts.client, client)).get();
      const windowEnds = counter ? new Date(counter.windowStartedAt.getTime() + minutes(CLIENT_WINDOW_MINUTES)) : now;
      const inWindow = windowEnds > now;
      if (counter && inWindow && counter.attempts >= MAX_CLIENT_ATTEMPTS) return { allowed: false, refusedFor: 'client', until: windowEnds };

      // A lock that has run out, or a count left idle for as long as a lock, starts again.
      const isStale =
        !address || address.lockedUntil !== null || address.lastFailureAt.getTime() <= now.getTime() - minutes(LOCK_MINUTES);
      const failures = isStale ? 1 : address.failures + 1;
      const locked = failures >= MAX_LOGIN_FAILURES ? new Date(now.getTime() + minutes(LOCK_MINUTES)) : null;
      tx.insert(loginFailures)
        .values({ email: key, failures, lastFailureAt: now, lockedUntil: locked })
        .onConflictDoUpdate({ target: loginFailures.email, set: { failures, lastFailureAt: now, lockedUntil: locked } })
        .run();

      const attempts = counter && inWindow ? counter.attempts + 1 : 1;
      const windowStartedAt = counter && inWindow ? counter.windowStartedAt : now;
      tx.insert(loginClientAttempts)
        .values({ client, attempts, windowStartedAt, lastAttemptAt: now })
        .onConflictDoUpdate({ target: loginClientAttempts.client, set: { attempts, windowStartedAt, lastAttemptAt: now } })
        .run();

      keepAtMost(tx, MAX_TRACKED_ROWS);
      return { allowed: true };
    },
    { behavior: 'immediate' },
  );
}

/**
 * A successful sign-in clears its address's count and gives its client back the attempt it used, so that
 * editors signing in often (or many behind one address) never lock themselves out, while a client's failures
 * still count.
 */
export function recordSignInSuccess(db: Db, { email, client }: SignInCounter): void {
  db.transaction((tx) => {
    clearLoginFailures(tx, email);
    tx.update(loginClientAttempts)
      .set({ attempts: sql`${loginClientAttempts.attempts} - 1` })
      .where(and(eq(loginClientAttempts.client, client), gt(loginClientAttempts.attempts, 0)))
      .run();
  });
}

export function clearLoginFailures(db: Db, email: string): void {
  db.delete(loginFailures).where(eq(loginFailures.email, normalise(email))).run();
}

/** Rows whose window has passed (and whose lock, if any, has run out) say nothing any more. */
function forgetExpired(db: Db, now: Date): void {
  const lockCutoff = new Date(now.getTime() - minutes(LOCK_MINUTES));
  db.delete(loginFailures)
    .where(and(lte(loginFailures.lastFailureAt, lockCutoff), or(isNull(loginFailures.lockedUntil), lte(loginFailures.lockedUntil, now))))
    .run();
  db.delete(loginClientAttempts)
    .where(lte(loginClientAttempts.windowStartedAt, new Date(now.getTime() - minutes(CLIENT_WINDOW_MINUTES))))
    .run();
}

/**
 * A flood of made-up addresses or clients within one window is bounded by dropping the rows least recently
 * tried, locked addresses last.
 */
function keepAtMost(db: Db, max: number): void {
  const excessAddresses = db.select({ n: count() }).from(loginFailures).get()!.n - max;
  if (excessAddresses > 0) {
    // Live locks go last: expired ones were forgotten above, so a lock still held is one that matters.
    const oldest = db
      .select({ email: loginFailures.email })
      .from(loginFailures)
      .orderBy(asc(sql`${loginFailures.lockedUntil} is not null`), asc(loginFailures.lastFailureAt))
      .limit(excessAddresses);
    db.delete(loginFailures).where(inArray(loginFailures.email, oldest)).run();
  }
  const excessClients = db.select({ n: count() }).from(loginClientAttempts).get()!.n - max;
  if (excessClients > 0) {
    const oldest = db
      .select({ client: loginClientAttempts.client })
      .from(loginClientAttempts)
      .orderBy(asc(loginClientAttempts.lastAttemptAt))
      .limit(excessClients);
    db.delete(loginClientAttempts).where(inArray(loginClientAttempts.client, oldest)).run();
  }
}
