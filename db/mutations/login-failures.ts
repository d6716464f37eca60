import { eq } from 'drizzle-orm';
import type { Db } from '../connection';
import { loginFailures } from '../schema';

/** After this many failed sign-ins in a row, the address is locked. */
export const MAX_LOGIN_FAILURES = 5;
export const LOCK_MINUTES = 15;

const normalise = (email: string) => email.trim().toLowerCase();

/** When the address is locked, the time it unlocks; otherwise null. */
export function lockedUntil(db: Db, email: string, now = new Date()): Date | null {
  const row = db.select().from(loginFailures).where(eq(loginFailures.email, normalise(email))).get();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failed sign-in; locks the address once the count reaches MAX_LOGIN_FAILURES. */
export function recordLoginFailure(db: Db, email: string, now = new Date()): void {
  const key = normalise(email);
  const row = db.select().from(loginFailures).where(eq(loginFailures.email, key)).get();
  // A lock that has run out starts the count again.
  const previous = row && !(row.lockedUntil && row.lockedUntil <= now) ? row.failures : 0;
  const failures = previous + 1;
  const locked = failures >= MAX_LOGIN_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  db.insert(loginFailures)
    .values({ email: key, failures, lastFailureAt: now, lockedUntil: locked })
    .onConflictDoUpdate({ target: loginFailures.email, set: { failures, lastFailureAt: now, lockedUntil: locked } })
    .run();
}

export function clearLoginFailures(db: Db, email: string): void {
  db.delete(loginFailures).where(eq(loginFailures.email, normalise(email))).run();
}
