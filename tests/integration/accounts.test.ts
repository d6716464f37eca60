// The admin's account actions, called as a signed-in admin against a temp database with real Better Auth
// sessions: what each one does, what it refuses, and that a password never comes back to the browser.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { revisions, sessions, users } from '@/db/schema';
import { IDLE, type FormState } from '@/lib/forms/form-state';
import {
  callAction,
  createSignedInAccount,
  forgetAppConnections,
  redirectTarget,
  signInCookie,
  TEST_PASSWORD,
  pointAppAtTempDb,
  type TestAccount,
} from './support/app-session';
import { setRequestCookie } from './support/next-request';
import { createTempDb, type TempDb } from './support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));

let t: TempDb;
let admin: TestAccount;
let editor: TestAccount;
let actions: typeof import('@/app/admin/accounts/actions');
let server: typeof import('@/lib/auth/server');

const NEW_PASSWORD = 'a-brand-new-password';

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** The signed-in editor for a cookie, through the same check every admin page and action makes. */
async function editorFor(cookie: string) {
  setRequestCookie(cookie);
  return server.getEditor();
}

const sessionCount = (userId: string) => t.db.select().from(sessions).where(eq(sessions.userId, userId)).all().length;

beforeAll(async () => {
  t = createTempDb();
  pointAppAtTempDb(t);
  actions = await import('@/app/admin/accounts/actions');
  server = await import('@/lib/auth/server');
  admin = await createSignedInAccount('admin@accounts.test', 'admin');
  editor = await createSignedInAccount('editor@accounts.test', 'editor');
});

afterAll(() => {
  setRequestCookie(null);
  forgetAppConnections();
  t.close();
});

describe('creating an account', () => {
  it('creates it with its role and first password, and records who did it', async () => {
    setRequestCookie(admin.cookie);
    const outcome = await callAction(actions.createAccount, [
      IDLE,
      form({ email: ' New.Editor@Accounts.test ', name: 'New Editor', role: 'editor', password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }),
    ]);
    const created = t.db.select().from(users).where(eq(users.email, 'new.editor@accounts.test')).get()!;
    expect(redirectTarget(outcome)).toBe(`/admin/accounts/${created.id}?done=created`);
    expect(created).toMatchObject({ name: 'New Editor', role: 'editor', banned: false });
    expect((await editorFor(await signInCookie('new.editor@accounts.test')))?.email).toBe('new.editor@accounts.test');
    const revision = t.db.select().from(revisions).where(eq(revisions.recordId, created.id)).get()!;
    expect(revision).toMatchObject({ tableName: 'users', action: 'create', actorLabel: admin.email });
    expect(JSON.stringify(revision)).not.toContain(TEST_PASSWORD);
  });

  it('refuses a duplicate email, in any case, with a clear message beside the field', async () => {
    setRequestCookie(admin.cookie);
    const outcome = await callAction(actions.createAccount, [
      IDLE,
      form({ email: editor.email.toUpperCase(), name: 'Again', role: 'editor', password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }),
    ]);
    expect(outcome.threw).toBe(false);
    const state = (outcome as { value: FormState }).value;
    expect(state.fieldErrors?.email).toEqual(['An account with this email address already exists.']);
    expect(state.values).toMatchObject({ email: 'EDITOR@ACCOUNTS.TEST', name: 'Again', role: 'editor' });
  });

  it('refuses a short or mistyped password and never sends a password back', async () => {
    setRequestCookie(admin.cookie);
    const short = await callAction(actions.createAccount, [
      IDLE,
      form({ email: 'short@accounts.test', name: 'Short', role: 'admin', password: 'eleven-char', confirmPassword: 'eleven-char' }),
    ]);
    const state = (short as { value: FormState }).value;
    expect(state.fieldErrors?.password).toEqual(['Use at least 12 characters']);
    expect(state.values).toEqual({ email: 'short@accounts.test', name: 'Short', role: 'admin' });
    expect(JSON.stringify(state)).not.toContain('eleven-char');

    const mismatch = await callAction(actions.createAccount, [
      IDLE,
      form({ email: 'typo@accounts.test', name: 'Typo', role: 'editor', password: TEST_PASSWORD, confirmPassword: `${TEST_PASSWORD}x` }),
    ]);
    expect((mismatch as { value: FormState }).value.fieldErrors?.confirmPassword).toEqual(['The two passwords are not the same']);
    expect(JSON.stringify(mismatch)).not.toContain(TEST_PASSWORD);
    expect(t.db.select().from(users).where(eq(users.email, 'typo@accounts.test')).get()).toBeUndefined();
  });
});

describe('managing an account', () => {
  it('resets a password: the old one stops working and the account is signed out everywhere', async () => {
    const other = await createSignedInAccount('reset@accounts.test', 'editor');
    const secondBrowser = await signInCookie(other.email);
    expect(sessionCount(other.id)).toBe(2);
    setRequestCookie(admin.cookie);
    const outcome = await callAction(actions.resetPassword, [IDLE, form({ userId: other.id, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })]);
    expect(redirectTarget(outcome)).toBe(`/admin/accounts/${other.id}?done=password`);
    expect(sessionCount(other.id)).toBe(0);
    expect(await editorFor(other.cookie)).toBeNull();
    expect(await editorFor(secondBrowser)).toBeNull();
    await expect(signInCookie(other.email)).rejects.toThrow();
    expect((await editorFor(await signInCookie(other.email, NEW_PASSWORD)))?.id).toBe(other.id);
  });

  it('disables an account: its sessions end and it cannot sign in; enabling lets it back', async () => {
    const other = await createSignedInAccount('disable@accounts.test', 'editor');
    setRequestCookie(admin.cookie);
    const disabled = await callAction(actions.disableAccount, [IDLE, form({ userId: other.id, reason: 'Left the project' })]);
    expect(redirectTarget(disabled)).toBe(`/admin/accounts/${other.id}?done=disabled`);
    expect(sessionCount(other.id)).toBe(0);
    expect(await editorFor(other.cookie)).toBeNull();
    await expect(signInCookie(other.email)).rejects.toMatchObject({ body: { code: 'BANNED_USER' } });

    setRequestCookie(admin.cookie);
    const enabled = await callAction(actions.enableAccount, [IDLE, form({ userId: other.id })]);
    expect(redirectTarget(enabled)).toBe(`/admin/accounts/${other.id}?done=enabled`);
    expect((await editorFor(await signInCookie(other.email)))?.id).toBe(other.id);
    const history = t.db.select().from(revisions).where(eq(revisions.recordId, other.id)).all();
    expect(history.map((r) => [r.after?.disabled, r.reason])).toEqual([
      [true, 'Left the project'],
      [false, null],
    ]);
  });

  it('changes a role, which applies on the account’s next request', async () => {
    const other = await createSignedInAccount('promote@accounts.test', 'editor');
    setRequestCookie(admin.cookie);
    await callAction(actions.changeRole, [IDLE, form({ userId: other.id, role: 'admin' })]);
    expect((await editorFor(other.cookie))?.role).toBe('admin');
    setRequestCookie(admin.cookie);
    await callAction(actions.changeRole, [IDLE, form({ userId: other.id, role: 'editor' })]);
    expect((await editorFor(other.cookie))?.role).toBe('editor');
  });

  it('will not let an admin disable or demote themselves, and says why', async () => {
    setRequestCookie(admin.cookie);
    const demote = await callAction(actions.changeRole, [IDLE, form({ userId: admin.id, role: 'editor' })]);
    expect((demote as { value: FormState }).value.message).toMatch(/You cannot change your own role/);
    const disable = await callAction(actions.disableAccount, [IDLE, form({ userId: admin.id })]);
    expect((disable as { value: FormState }).value.message).toMatch(/You cannot disable your own account/);
    expect(await editorFor(admin.cookie)).toMatchObject({ id: admin.id, role: 'admin' });
  });

  it('keeps the admin signed in when they reset their own password, and signs out their other browsers', async () => {
    const otherBrowser = await signInCookie(admin.email);
    setRequestCookie(admin.cookie);
    await callAction(actions.resetPassword, [IDLE, form({ userId: admin.id, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })]);
    expect(await editorFor(otherBrowser)).toBeNull();
    expect((await editorFor(admin.cookie))?.id).toBe(admin.id);
  });

  it('says so when the account has gone', async () => {
    setRequestCookie(admin.cookie);
    const outcome = await callAction(actions.disableAccount, [IDLE, form({ userId: 'no-such-account' })]);
    expect((outcome as { value: FormState }).value.message).toBe('This account no longer exists.');
  });
});
