// Sessions: the cookie Better Auth sets is httpOnly, SameSite=Lax and lasts a week; the session behind it
// expires after a week (on a fake clock); signing out ends it on the server, not just in the browser; and
// the sign-in form locks an address after five wrong passwords, even when the sixth is right.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginFailures, sessions } from '@/db/schema';
import { SESSION_SECONDS } from '@/lib/auth/auth';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import {
  callAction,
  createSignedInAccount,
  forgetAppConnections,
  redirectTarget,
  TEST_PASSWORD,
  pointAppAtTempDb,
  type TestAccount,
} from './support/app-session';
import { setRequestCookie } from './support/next-request';
import { createTempDb, type TempDb } from './support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));

let t: TempDb;
let editor: TestAccount;
let server: typeof import('@/lib/auth/server');

beforeAll(async () => {
  t = createTempDb();
  pointAppAtTempDb(t);
  server = await import('@/lib/auth/server');
  editor = await createSignedInAccount('editor@sessions.test', 'editor');
});

afterEach(() => vi.useRealTimers());

afterAll(() => {
  setRequestCookie(null);
  forgetAppConnections();
  t.close();
});

async function editorFor(cookie: string | null) {
  setRequestCookie(cookie);
  return server.getEditor();
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, for the whole site, and lasts seven days', async () => {
    const { headers } = await server
      .getAuth()
      .api.signInEmail({ body: { email: editor.email, password: TEST_PASSWORD }, returnHeaders: true });
    const cookie = (headers.get('set-cookie') ?? '').split(/,(?=\s*[\w.-]+=)/).find((c) => c.trim().startsWith('better-auth.session_token='))!;
    const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
    expect(SESSION_SECONDS).toBe(7 * 24 * 60 * 60);
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', `max-age=${SESSION_SECONDS}`]));
  });
});

describe('a session', () => {
  it('expires seven days after sign-in when it is not used', async () => {
    const { cookie, id } = await createSignedInAccount('week@sessions.test', 'editor');
    const row = t.db.select().from(sessions).where(eq(sessions.userId, id)).get()!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(SESSION_SECONDS * 1000, -4);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(row.expiresAt.getTime() + 60_000));
    expect(await editorFor(cookie)).toBeNull();
  });

  it('is renewed for another week, at most once a day, while it is used', async () => {
    const { cookie, id } = await createSignedInAccount('daily@sessions.test', 'editor');
    const expiresAt = () => t.db.select().from(sessions).where(eq(sessions.userId, id)).get()!.expiresAt.getTime();
    const first = expiresAt();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 60 * 60_000));
    expect((await editorFor(cookie))?.id).toBe(id);
    expect(expiresAt()).toBe(first);
    const later = Date.now() + 2 * 24 * 60 * 60_000;
    vi.setSystemTime(new Date(later));
    expect((await editorFor(cookie))?.id).toBe(id);
    expect(expiresAt()).toBeCloseTo(later + SESSION_SECONDS * 1000, -4);
  });

  it('ends on the server when its editor signs out: the old cookie no longer works', async () => {
    const { cookie } = await createSignedInAccount('leaving@sessions.test', 'editor');
    const { signOut } = await import('@/app/admin/actions');
    setRequestCookie(cookie);
    expect(redirectTarget(await callAction(signOut, []))).toBe('/login');
    expect(await editorFor(cookie)).toBeNull();
  });
});

describe('the sign-in form', () => {
  it('locks an address after five wrong passwords, even against the right one', async () => {
    const { email } = await createSignedInAccount('lockout@sessions.test', 'editor');
    const { signIn } = await import('@/app/login/actions');
    setRequestCookie(null);
    for (let i = 1; i <= 5; i++) {
      const outcome = await callAction(signIn, [IDLE, form({ email, password: `wrong-password-${i}` })]);
      const state = (outcome as { value: FormState }).value;
      expect(state.fieldErrors?.password).toEqual(['The email address or password is not right.']);
      expect(state.values?.password ?? '').toBe('');
    }
    expect(t.db.select().from(loginFailures).where(eq(loginFailures.email, email)).get()?.failures).toBe(5);
    const locked = await callAction(signIn, [IDLE, form({ email, password: TEST_PASSWORD })]);
    expect((locked as { value: FormState }).value.message).toBe('Too many failed attempts for this address. Try again in 15 minutes.');
  });

  it('clears the count when the right password comes before the fifth failure', async () => {
    const { email } = await createSignedInAccount('forgetful@sessions.test', 'editor');
    const { signIn } = await import('@/app/login/actions');
    setRequestCookie(null);
    for (let i = 0; i < 4; i++) await callAction(signIn, [IDLE, form({ email, password: 'not-the-password' })]);
    const outcome = await callAction(signIn, [IDLE, form({ email, password: TEST_PASSWORD, next: '/admin/changes' })]);
    expect(redirectTarget(outcome)).toBe('/admin/changes');
    expect(t.db.select().from(loginFailures).where(eq(loginFailures.email, email)).get()).toBeUndefined();
  });
});
