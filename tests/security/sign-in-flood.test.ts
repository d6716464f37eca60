// Issue 11, item 2: the lockout must hold when attempts arrive all at once. Each attempt is counted before its
// password is checked, in one synchronous transaction, so that at most five passwords are ever checked for an
// address however many requests race; a client address has its own limit across every address it tries; and
// the counters of addresses and clients nobody will see again do not pile up.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { count } from 'drizzle-orm';
import {
  CLIENT_WINDOW_MINUTES,
  countSignInAttempt,
  LOCK_MINUTES,
  MAX_CLIENT_ATTEMPTS,
  MAX_LOGIN_FAILURES,
  MAX_TRACKED_ROWS,
} from '@/db/mutations/login-failures';
import { loginClientAttempts, loginFailures } from '@/db/schema';
import { clientBucket } from '@/lib/auth/client-address';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import {
  callAction,
  createSignedInAccount,
  forgetAppConnections,
  pointAppAtTempDb,
  redirectTarget,
  TEST_PASSWORD,
  type CallOutcome,
} from '../integration/support/app-session';
import { createTempDb, type TempDb } from '../integration/support/temp-db';
import { setClientAddress, setRequestCookie } from './support/next-request';

vi.mock('next/headers', () => import('./support/next-request'));

function form(email: string, password: string): FormData {
  const f = new FormData();
  f.set('email', email);
  f.set('password', password);
  f.set('next', '/admin/changes');
  return f;
}

const signedIn = (o: CallOutcome) => redirectTarget(o) === '/admin/changes';
const message = (o: CallOutcome) => (o.threw ? null : ((o.value as FormState).message ?? null));

describe('sign-in attempts sent at once', () => {
  let t: TempDb;
  let signIn: typeof import('@/app/login/actions').signIn;
  let passwordChecks: MockInstance;
  /** How many times Better Auth checked a password for this address. */
  const checksFor = (email: string) =>
    passwordChecks.mock.calls.filter(([request]) => (request as { body: { email: string } }).body.email === email).length;

  beforeAll(async () => {
    t = createTempDb();
    pointAppAtTempDb(t);
    const server = await import('@/lib/auth/server');
    passwordChecks = vi.spyOn(server.getAuth().api, 'signInEmail');
    ({ signIn } = await import('@/app/login/actions'));
    setRequestCookie(null);
  });

  afterAll(() => {
    passwordChecks.mockRestore();
    setClientAddress(null);
    forgetAppConnections();
    t.close();
  });

  it.each([20, 100])('checks at most five passwords of %i, and the right one sent last does not get in', async (n) => {
    const { email } = await createSignedInAccount(`race-${n}@security.test`, 'editor');
    passwordChecks.mockClear();
    // Each race from its own address, so that only the address's lock is measured.
    setClientAddress(`192.0.2.${n}`);
    const passwords = [...Array.from({ length: n - 1 }, (_, i) => `wrong-password-${i}`), TEST_PASSWORD];
    const outcomes = await Promise.all(passwords.map((p) => callAction(signIn, [IDLE, form(email, p)])));

    expect(checksFor(email)).toBeLessThanOrEqual(MAX_LOGIN_FAILURES);
    expect(outcomes.filter(signedIn)).toHaveLength(0);
    expect(outcomes.filter((o) => o.threw && !signedIn(o))).toEqual([]);
    expect(outcomes.filter((o) => message(o)?.startsWith('Too many failed attempts for this address'))).toHaveLength(n - MAX_LOGIN_FAILURES);

    // The lock holds against the right password afterwards too, without checking it.
    passwordChecks.mockClear();
    const again = await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)]);
    expect(message(again)).toBe(`Too many failed attempts for this address. Try again in ${LOCK_MINUTES} minutes.`);
    expect(checksFor(email)).toBe(0);
  });

  it('lets the right password in when it races with fewer wrong ones than the limit, and clears the count', async () => {
    const { email } = await createSignedInAccount('race-few@security.test', 'editor');
    passwordChecks.mockClear();
    setClientAddress('192.0.2.200');
    const passwords = ['wrong-1', 'wrong-2', TEST_PASSWORD, 'wrong-3'];
    const outcomes = await Promise.all(passwords.map((p) => callAction(signIn, [IDLE, form(email, p)])));
    expect(outcomes.filter(signedIn)).toHaveLength(1);
    expect(checksFor(email)).toBe(4);
  });

  it('refuses a client address over its limit, for any address and even with the right password', async () => {
    const { email } = await createSignedInAccount('sprayed@security.test', 'editor');
    setClientAddress('198.51.100.7');
    const spray = Array.from({ length: MAX_CLIENT_ATTEMPTS }, (_, i) => `nobody-${i}@security.test`);
    const outcomes = await Promise.all(spray.map((e) => callAction(signIn, [IDLE, form(e, 'a-guessed-password')])));
    expect(outcomes.every((o) => !o.threw && (o.value as FormState).fieldErrors?.password?.[0] === 'The email address or password is not right.')).toBe(true);

    passwordChecks.mockClear();
    const refused = await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)]);
    expect(message(refused)).toBe(`Too many sign-in attempts from your network. Try again in ${CLIENT_WINDOW_MINUTES} minutes.`);
    expect(passwordChecks).not.toHaveBeenCalled();

    // Another address is not held up by it.
    setClientAddress('198.51.100.8');
    expect(signedIn(await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)]))).toBe(true);
  });

  it('counts a flood sent at once against the client too', async () => {
    setClientAddress('198.51.100.9');
    passwordChecks.mockClear();
    const spray = Array.from({ length: 60 }, (_, i) => `flood-${i}@security.test`);
    await Promise.all(spray.map((e) => callAction(signIn, [IDLE, form(e, 'a-guessed-password')])));
    expect(passwordChecks.mock.calls.length).toBeLessThanOrEqual(MAX_CLIENT_ATTEMPTS);
  });

  it('counts requests without a client address in one shared bucket', async () => {
    const { email } = await createSignedInAccount('no-address@security.test', 'editor');
    setClientAddress(null);
    for (let i = 0; i < MAX_CLIENT_ATTEMPTS; i++) await callAction(signIn, [IDLE, form(`anon-${i}@security.test`, 'a-guessed-password')]);
    expect(t.db.select().from(loginClientAttempts).all().find((r) => r.client === 'unknown')?.attempts).toBe(MAX_CLIENT_ATTEMPTS);
    expect(message(await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)]))).toMatch(/^Too many sign-in attempts from your network/);
    setClientAddress('203.0.113.50');
    expect(signedIn(await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)]))).toBe(true);
  });

  it('does not count successful sign-ins against their client', async () => {
    const { email } = await createSignedInAccount('often@security.test', 'editor');
    setClientAddress('203.0.113.60');
    for (let i = 0; i < MAX_CLIENT_ATTEMPTS + 5; i++) {
      expect(signedIn(await callAction(signIn, [IDLE, form(email, TEST_PASSWORD)])), `sign-in ${i + 1}`).toBe(true);
    }
  });
});

describe('client addresses', () => {
  it('are kept as given for IPv4, and by their /64 network for IPv6', () => {
    expect(clientBucket('203.0.113.5')).toBe('203.0.113.5');
    expect(clientBucket('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(clientBucket('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:0DB8:0001:0002:ffff::1')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('::1')).toBe('0:0:0:0::/64');
  });

  it('fall back to the shared bucket when missing or not an address', () => {
    for (const value of [null, undefined, '', 'not an address', '1.2.3.4, 5.6.7.8', '999.1.1.1']) expect(clientBucket(value)).toBe('unknown');
  });
});

describe('the counters of strangers', () => {
  let t: TempDb;
  const START = new Date('2025-03-01T09:00:00Z');
  const rows = () => ({
    addresses: t.db.select({ n: count() }).from(loginFailures).get()!.n,
    clients: t.db.select({ n: count() }).from(loginClientAttempts).get()!.n,
  });

  beforeEach(() => {
    t = createTempDb();
  });
  afterEach(() => t.close());

  it('run out after the window', () => {
    for (let i = 0; i < 50; i++) countSignInAttempt(t.db, { email: `stranger-${i}@example.org`, client: `10.0.${i}.1` }, START);
    // One address locked: kept until its lock runs out.
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) countSignInAttempt(t.db, { email: 'locked@example.org', client: '10.1.0.1' }, START);
    expect(rows()).toEqual({ addresses: 51, clients: 51 });

    const later = new Date(START.getTime() + (Math.max(LOCK_MINUTES, CLIENT_WINDOW_MINUTES) + 1) * 60_000);
    countSignInAttempt(t.db, { email: 'newcomer@example.org', client: '10.2.0.1' }, later);
    expect(rows()).toEqual({ addresses: 1, clients: 1 });
  });

  it('keep a lock until it runs out, even past the window', () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) countSignInAttempt(t.db, { email: 'locked@example.org', client: `10.3.0.${i}` }, START);
    const almost = new Date(START.getTime() + LOCK_MINUTES * 60_000 - 1000);
    expect(countSignInAttempt(t.db, { email: 'locked@example.org', client: '10.4.0.1' }, almost)).toMatchObject({ allowed: false, refusedFor: 'address' });
  });

  it(`never grow past ${MAX_TRACKED_ROWS} rows a table, dropping the oldest`, () => {
    const total = MAX_TRACKED_ROWS + 50;
    for (let i = 0; i < total; i++) {
      // 50 ms apart, all within the window: only the cap can keep the tables small.
      const at = new Date(START.getTime() + i * 50);
      countSignInAttempt(t.db, { email: `stranger-${i}@example.org`, client: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }, at);
    }
    expect(rows()).toEqual({ addresses: MAX_TRACKED_ROWS, clients: MAX_TRACKED_ROWS });
    const kept = t.db.select({ email: loginFailures.email }).from(loginFailures).all().map((r) => r.email);
    expect(kept).not.toContain('stranger-0@example.org');
    expect(kept).toContain(`stranger-${total - 1}@example.org`);
  });
});
