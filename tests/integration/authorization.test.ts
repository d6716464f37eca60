// Every server action and every mutating route checks the session itself (STYLE.md, habit 4). This test
// finds them all on its own, so that a new one is covered the day it is added: it scans app/ for modules whose
// first statement is 'use server' and for route.ts files, imports each, and calls every export, first as
// an anonymous visitor, then (for account management) as a signed-in editor. Sessions are real Better Auth
// sessions in a temp database; only the request's headers are supplied by the test.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { IDLE } from '@/lib/forms/form-state';
import {
  callAction,
  createSignedInAccount,
  databaseFingerprint,
  forgetAppConnections,
  isForbidden,
  isLoginRedirect,
  redirectTarget,
  pointAppAtTempDb,
  type CallOutcome,
} from './support/app-session';
import { setRequestCookie } from './support/next-request';
import { createTempDb } from './support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));

const ROOT = process.cwd();

/**
 * The only action an anonymous visitor may call: signing in is how they stop being anonymous. It is still
 * called below: with a wrong password it signs nobody in and writes only the attempt that counts towards
 * the lockout, for its address and for its client.
 */
const OPEN_TO_ANONYMOUS = new Map([
  ['app/login/actions.ts#signIn', ['login_client_attempts', 'login_failures']],
  // A reader's report (tests/integration/reader-reports.test.ts): the intruder's form has no report in it, so nothing.
  ['app/report/actions.ts#sendReport', []],
]);
/** Account management: an editor who calls any of these gets 403. */
const ADMIN_ONLY_DIRS = ['app/admin/accounts/'];
const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function listSourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listSourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** True when the module's first statement, after comments, is the 'use server' directive. */
function isServerActionModule(source: string): boolean {
  const body = source.replace(/^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/, '');
  return /^(['"])use server\1/.test(body);
}

const appFiles = listSourceFiles('app');
const sources = new Map(appFiles.map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')]));
const actionFiles = appFiles.filter((f) => isServerActionModule(sources.get(f)!));
const routeFiles = appFiles.filter((f) => /(^|\/)route\.tsx?$/.test(f));
// A 'use server' directive inside a function makes an action this test cannot import: keep actions in modules.
const inlineActionFiles = appFiles.filter((f) => !actionFiles.includes(f) && /^\s*(['"])use server\1;?\s*$/m.test(sources.get(f)!));

// The app reads its configuration once: point it at a fresh database before any app module loads.
const temp = createTempDb();
pointAppAtTempDb(temp);

type Action = (...args: never[]) => unknown;
const actions: Array<{ file: string; name: string; fn: Action; key: string }> = [];
for (const file of actionFiles) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function') actions.push({ file, name, fn: value as Action, key: `${file}#${name}` });
  }
}
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const handlers: Array<{ file: string; method: string; fn: Handler; url: string }> = [];
for (const file of routeFiles) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  const isAdminRoute = file.startsWith('app/admin/');
  const route = file.replace(/^app/, '').replace(/\/route\.tsx?$/, '').replace(/\[\.{0,3}[^\]]+\]/g, '1').replace(/\/\([^)]+\)/g, '');
  for (const [method, value] of Object.entries(mod)) {
    if (typeof value !== 'function' || !(MUTATING_METHODS.includes(method) || (isAdminRoute && method === 'GET'))) continue;
    handlers.push({ file, method, fn: value as Handler, url: `http://127.0.0.1:3000${route}?kind=person&q=ab` });
  }
}

const admin = await createSignedInAccount('admin@authorization.test', 'admin');
const editor = await createSignedInAccount('editor@authorization.test', 'editor');

/**
 * A form an intruder would send: every field an action might read, aimed at the most damage (the editor
 * making themselves admin, a new admin account, a password reset, undoing the first change).
 */
function intruderForm(): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    id: '1',
    userId: editor.id,
    role: 'admin',
    email: 'intruder@example.org',
    name: 'Intruder',
    password: 'intruder-password-123',
    confirmPassword: 'intruder-password-123',
    reason: 'intrusion',
    revisionId: '1',
    version: '',
  };
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/** Arguments in the shapes actions take: (formData), (previousState, formData), or bound values first. */
function argumentsFor(fn: Action): unknown[] {
  const count = Math.max(fn.length, 1);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? intruderForm() : IDLE));
}

function describeOutcome(o: CallOutcome): string {
  if (!o.threw) return `returned ${JSON.stringify(o.value)?.slice(0, 200)}`;
  return o.digest ? `threw ${o.digest}` : `threw ${String(o.error)}`;
}

afterAll(() => {
  setRequestCookie(null);
  forgetAppConnections();
  temp.close();
});

describe('finding the server actions and routes', () => {
  it('finds the action modules it must check, and no inline actions', () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining(['app/admin/actions.ts', 'app/admin/accounts/actions.ts', 'app/admin/changes/actions.ts', 'app/login/actions.ts']),
    );
    expect(actions.map((a) => a.key)).toEqual(expect.arrayContaining(['app/login/actions.ts#signIn', 'app/admin/accounts/actions.ts#createAccount']));
    expect(handlers.map((h) => `${h.method} ${h.file}`)).toContain('GET app/admin/api/lookup/route.ts');
    expect(inlineActionFiles, 'put server actions in a module whose first line is "use server"').toEqual([]);
  });

  it('recognises the directive only as the first statement', () => {
    expect(isServerActionModule("// why\n/* more */\n'use server';\nexport async function a() {}")).toBe(true);
    expect(isServerActionModule('"use server"\n')).toBe(true);
    expect(isServerActionModule("import x from 'y';\n'use server';")).toBe(false);
    expect(isServerActionModule("'use client';")).toBe(false);
  });

  it('every allowed-anonymous entry still exists', () => {
    for (const key of OPEN_TO_ANONYMOUS.keys()) expect(actions.map((a) => a.key)).toContain(key);
  });
});

describe('an anonymous visitor', () => {
  it.each(actions.map((a) => [a.key, a] as const))('%s refuses them before touching the database', async (key, { fn }) => {
    setRequestCookie(null);
    const before = databaseFingerprint(temp.db);
    const outcome = await callAction(fn, argumentsFor(fn));
    const after = databaseFingerprint(temp.db);
    const mayWrite = OPEN_TO_ANONYMOUS.get(key);
    if (mayWrite) {
      expect(outcome.threw ? undefined : outcome.value, describeOutcome(outcome)).toMatchObject({ status: 'invalid' });
      const changed = Object.keys(after.rows).filter((t) => after.rows[t] !== before.rows[t]);
      expect(changed).toEqual(mayWrite);
      return;
    }
    expect(isLoginRedirect(outcome), `${key} ${describeOutcome(outcome)}: it must start with requireEditor() or requireAdmin()`).toBe(true);
    expect(after, `${key} wrote to the database`).toEqual(before);
  });

  it.each(handlers.map((h) => [`${h.method} ${h.file}`, h] as const))('%s answers 401 without touching the database', async (_, h) => {
    setRequestCookie(null);
    const before = databaseFingerprint(temp.db);
    let outcome: CallOutcome;
    try {
      const response = await h.fn(new NextRequest(h.url, { method: h.method }), { params: Promise.resolve({}) });
      outcome = { threw: false, value: response.status };
    } catch (error) {
      outcome = { threw: true, digest: (error as { digest?: string }).digest, error };
    }
    expect(isLoginRedirect(outcome) || (!outcome.threw && outcome.value === 401), describeOutcome(outcome)).toBe(true);
    expect(databaseFingerprint(temp.db)).toEqual(before);
  });
});

describe('a signed-in editor', () => {
  const accountActions = actions.filter((a) => ADMIN_ONLY_DIRS.some((dir) => a.file.startsWith(dir)));

  it('is refused by the account actions, which exist', () => {
    expect(accountActions.map((a) => a.name)).toEqual(
      expect.arrayContaining(['createAccount', 'changeRole', 'resetPassword', 'disableAccount', 'enableAccount']),
    );
  });

  it.each(accountActions.map((a) => [a.key, a] as const))('%s gets 403 and changes nothing', async (key, { fn }) => {
    setRequestCookie(editor.cookie);
    const before = databaseFingerprint(temp.db);
    const outcome = await callAction(fn, argumentsFor(fn));
    expect(isForbidden(outcome), `${key} ${describeOutcome(outcome)}: it must start with requireAdmin()`).toBe(true);
    expect(databaseFingerprint(temp.db), `${key} wrote to the database`).toEqual(before);
  });

  // The controls: the same calls do get through when the caller may make them, so the refusals above come
  // from the checks and not from the test's set-up.
  it('passes the session check of an editor action', async () => {
    setRequestCookie(editor.cookie);
    const { undoChange } = await import('@/app/admin/changes/actions');
    const outcome = await callAction(undoChange, [new FormData()]);
    expect(redirectTarget(outcome)).toBe('/admin/changes?undo=invalid');
  });

  it('cannot make themselves admin, though an admin can', async () => {
    const { changeRole } = await import('@/app/admin/accounts/actions');
    const { getAccount } = await import('@/db/queries/accounts');
    setRequestCookie(editor.cookie);
    expect(isForbidden(await callAction(changeRole, [IDLE, intruderForm()]))).toBe(true);
    expect(getAccount(editor.id)?.role).toBe('editor');
    setRequestCookie(admin.cookie);
    const outcome = await callAction(changeRole, [IDLE, intruderForm()]);
    expect(redirectTarget(outcome)).toBe(`/admin/accounts/${editor.id}?done=role`);
    expect(getAccount(editor.id)?.role).toBe('admin');
  });
});
