// The sign-in lockout (db/mutations/login-failures.ts) on a fake clock: five failures in a row lock an
// address for fifteen minutes, however its spelling varies; the lock runs out; a success clears the count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLoginFailures, countSignInAttempt, LOCK_MINUTES, lockedUntil, MAX_LOGIN_FAILURES } from '@/db/mutations/login-failures';
import { createTempDb, type TempDb } from './support/temp-db';

const START = new Date('2025-03-01T09:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('locking an address after repeated failed sign-ins', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
    t.close();
  });

  // Each attempt is counted before its password is checked; these are the ones that then turn out wrong.
  const fail = (email = 'sam@example.org') => countSignInAttempt(t.db, { email, client: '192.0.2.1' });
  const advance = (ms: number) => vi.setSystemTime(new Date(Date.now() + ms));

  it('locks for 15 minutes on the fifth failure in a row, not before', () => {
    expect([MAX_LOGIN_FAILURES, LOCK_MINUTES]).toEqual([5, 15]);
    for (let i = 1; i < 5; i++) {
      fail();
      advance(minutes(1));
      expect(lockedUntil(t.db, 'sam@example.org'), `after ${i} failures`).toBeNull();
    }
    fail();
    const fifth = Date.now();
    expect(lockedUntil(t.db, 'sam@example.org')?.getTime()).toBe(fifth + minutes(15));
  });

  it('stays locked until the 15 minutes are up, then unlocks by itself', () => {
    for (let i = 0; i < 5; i++) fail();
    advance(minutes(15) - 1000);
    expect(lockedUntil(t.db, 'sam@example.org')).not.toBeNull();
    advance(1000);
    expect(lockedUntil(t.db, 'sam@example.org')).toBeNull();
  });

  it('starts counting again after a lock runs out, rather than locking at the next failure', () => {
    for (let i = 0; i < 5; i++) fail();
    advance(minutes(16));
    fail();
    expect(lockedUntil(t.db, 'sam@example.org')).toBeNull();
    for (let i = 0; i < 4; i++) fail();
    expect(lockedUntil(t.db, 'sam@example.org')).not.toBeNull();
  });

  it('counts an address however it is typed, and only that address', () => {
    ['Sam@Example.org', ' sam@example.org', 'SAM@EXAMPLE.ORG', 'sam@example.org ', 'sam@Example.ORG'].forEach((email) => fail(email));
    expect(lockedUntil(t.db, 'sam@example.org')).not.toBeNull();
    expect(lockedUntil(t.db, 'SAM@example.org')).not.toBeNull();
    expect(lockedUntil(t.db, 'someone.else@example.org')).toBeNull();
  });

  it('forgets the failures after a successful sign-in', () => {
    for (let i = 0; i < 4; i++) fail();
    clearLoginFailures(t.db, 'Sam@example.org');
    fail();
    expect(lockedUntil(t.db, 'sam@example.org')).toBeNull();
  });
});
