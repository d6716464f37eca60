// Issue 11, item 1: where the sign-in form (and undo's returnTo) may send an editor afterwards. Browsers drop
// tab, CR and LF from a Location and read a backslash as a slash, so "/\t/evil.example" and "/\evil.example"
// lead to another host; CR, LF or NUL in a Location header make the server fail with a 500.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/forms/form-state';
import { safeNextPath } from '@/lib/auth/safe-next';
import {
  callAction,
  createSignedInAccount,
  forgetAppConnections,
  pointAppAtTempDb,
  redirectTarget,
  TEST_PASSWORD,
} from '../integration/support/app-session';
import { createTempDb, type TempDb } from '../integration/support/temp-db';
import { setRequestCookie } from './support/next-request';

vi.mock('next/headers', () => import('./support/next-request'));

/** The values a `next` field or a returnTo can carry (already decoded from the query string). */
const ATTACKS: Array<[string, string]> = [
  ['a tab after the first slash', '/\t/evil.example'],
  ['a tab before the slashes', '\t//evil.example'],
  ['a carriage return', '/\r/evil.example'],
  ['a line feed', '/\n/evil.example'],
  ['a header injected with CR LF', '/admin\r\nSet-Cookie: a=b'],
  ['a NUL', '/\0/evil.example'],
  ['a NUL inside a path', '/admin\0'],
  ['a DEL', '/\x7f/evil.example'],
  ['a C1 control (NEL)', '/\u0085/evil.example'],
  ['a backslash after the slash', '/\\evil.example'],
  ['two backslashes', '\\\\evil.example'],
  ['slash, backslash, slash', '/\\/evil.example'],
  ['a backslash later on', '/admin\\..\\..\\evil'],
  ['two slashes', '//evil.example'],
  ['three slashes', '///evil.example'],
  ['a space', '/ /evil.example'],
  ['a leading space', ' //evil.example'],
  ['a no-break space', '/\u00a0/evil.example'],
  ['a line separator', '/\u2028/evil.example'],
  ['an absolute URL', 'https://evil.example/admin'],
  ['a scheme-relative URL with a scheme', 'http:/evil.example'],
  ['javascript:', 'javascript:alert(1)'],
  ['a relative path', 'admin'],
  ['dot segments that climb to two slashes', '/admin/../..//evil.example'],
  // Percent-encoded forms reach the browser still encoded, so it stays on this site; they are refused all the
  // same, so that no proxy or framework that decodes a path once can turn them into the attacks above.
  ['an encoded tab', '/%09/evil.example'],
  ['an encoded CR LF', '/admin%0d%0aSet-Cookie:%20a=b'],
  ['an encoded NUL', '/%00/evil.example'],
  ['an encoded backslash', '/%5Cevil.example'],
  ['encoded slashes', '/%2F%2Fevil.example'],
  ['encoded dot segments', '/admin/%2e%2e/%2e%2e//evil.example'],
  ['the empty string', ''],
];

const PATHS_ON_THIS_SITE = ['/admin', '/admin/changes', '/admin/people/3?tab=posts#posts', '/admin/people?q=John%20Smith', '/mps/yasmin-qureshi', '/'];

describe('safeNextPath', () => {
  it.each(ATTACKS)('falls back for %s', (_label, next) => {
    expect(safeNextPath(next)).toBe('/admin');
    expect(safeNextPath(next, '/admin/changes')).toBe('/admin/changes');
  });

  it.each(PATHS_ON_THIS_SITE)('keeps the path %s', (next) => {
    expect(safeNextPath(next)).toBe(next);
  });

  it('falls back when there is nothing', () => {
    expect(safeNextPath(null)).toBe('/admin');
    expect(safeNextPath(undefined)).toBe('/admin');
  });

  it('never returns anything that resolves to another host or leaves a control character', () => {
    for (const [, next] of ATTACKS) {
      const target = safeNextPath(next);
      expect(new URL(target, 'https://ayes.example').origin).toBe('https://ayes.example');
      expect(target).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\\s]/);
    }
  });
});

describe('signing in with an attacker’s next', () => {
  let t: TempDb;
  let email: string;
  let signIn: typeof import('@/app/login/actions').signIn;

  beforeAll(async () => {
    t = createTempDb();
    pointAppAtTempDb(t);
    ({ email } = await createSignedInAccount('redirect@security.test', 'editor'));
    ({ signIn } = await import('@/app/login/actions'));
    setRequestCookie(null);
  });

  afterAll(() => {
    forgetAppConnections();
    t.close();
  });

  function form(next: string): FormData {
    const f = new FormData();
    f.set('email', email);
    f.set('password', TEST_PASSWORD);
    f.set('next', next);
    return f;
  }

  it.each(ATTACKS)('goes to /admin for %s, without failing', async (_label, next) => {
    const outcome = await callAction(signIn, [IDLE, form(next)]);
    expect(outcome.threw && outcome.digest?.startsWith('NEXT_REDIRECT'), String(outcome.threw ? outcome.error : 'returned')).toBe(true);
    expect(redirectTarget(outcome)).toBe('/admin');
  });

  it('still goes back to the page it came from', async () => {
    expect(redirectTarget(await callAction(signIn, [IDLE, form('/admin/people?q=John%20Smith')]))).toBe('/admin/people?q=John%20Smith');
  });
});
