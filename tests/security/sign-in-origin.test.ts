// Signing in from another site must be refused, whatever address this site is reached by. Better Auth checks a sign-in's
// Origin against its trusted origins wherever it is handed the Request (its HTTP handler, exercised here on a real
// SQLite file with a real account). With SITE_URL set that is SITE_URL alone, as ever. Without it, a site reached as
// localhost:3610 must accept a sign-in from its own pages there: the trusted origin is then also the address the
// production server worked out for that request (x-ayes-origin, scripts/lib/origin.mjs), never "any origin".
// (The site's own form is a server action, which Next.js refuses when its Origin is not the request's host: the
// browser tests sign in at another address, tests/e2e/site-address.spec.ts.)
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORIGIN_HEADER } from '@/scripts/lib/origin.mjs';
import { forgetAppConnections, pointAppAtTempDb, TEST_PASSWORD } from '../integration/support/app-session';
import { createTempDb, type TempDb } from '../integration/support/temp-db';

vi.mock('next/headers', () => import('./support/next-request'));

const EMAIL = 'editor@origin.test';
const HERE = 'http://localhost:3610';
let client = 0;

/** A sign-in posted to Better Auth's handler as a browser would from a page at `origin`. */
function signInFrom(origin: string, handed: string | null): Request {
  client += 1;
  return new Request(`${HERE}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin,
      'sec-fetch-site': origin === HERE ? 'same-origin' : 'cross-site',
      'sec-fetch-mode': 'cors',
      'sec-fetch-dest': 'empty',
      // A client address of its own each time: Better Auth's limit on sign-ins (5 a minute) is not what is tested.
      'x-ayes-client-ip': `203.0.113.${client}`,
      ...(handed === null ? {} : { [ORIGIN_HEADER]: handed }),
    },
    body: JSON.stringify({ email: EMAIL, password: TEST_PASSWORD }),
  });
}

async function outcome(request: Request) {
  const { getAuth } = await import('@/lib/auth/server');
  const response = await getAuth().handler(request);
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  return { status: response.status, code: body?.code, session: /better-auth\.session_token=/.test(response.headers.get('set-cookie') ?? '') };
}

let t: TempDb;
const siteUrlBefore = process.env.SITE_URL;
beforeAll(async () => {
  t = createTempDb();
  pointAppAtTempDb(t);
  const { getAuth } = await import('@/lib/auth/server');
  await getAuth().api.createUser({ body: { email: EMAIL, name: 'Editor', role: 'editor', password: TEST_PASSWORD } });
});
afterAll(() => {
  forgetAppConnections();
  t.close();
  if (siteUrlBefore === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrlBefore;
});

/** The app's modules afresh (the configuration is read once), with SITE_URL as given. */
function configure(siteUrl: string | undefined) {
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  forgetAppConnections();
  vi.resetModules();
}

describe('without SITE_URL', () => {
  beforeAll(() => configure(undefined));

  it('signs in from a page at the address the request came by', async () => {
    expect(await outcome(signInFrom(HERE, HERE))).toEqual({ status: 200, code: undefined, session: true });
    expect(await outcome(signInFrom('https://ayes.example.org', 'https://ayes.example.org'))).toMatchObject({ status: 200, session: true });
  });

  it('refuses a sign-in posted from another site', async () => {
    expect(await outcome(signInFrom('https://evil.example', HERE))).toEqual({ status: 403, code: 'INVALID_ORIGIN', session: false });
    expect(await outcome(signInFrom('http://localhost:3611', HERE))).toMatchObject({ status: 403, session: false });
  });

  it('trusts no origin the production server did not hand over: a request without it, or with something else', async () => {
    expect(await outcome(signInFrom(HERE, null))).toMatchObject({ status: 403, code: 'INVALID_ORIGIN', session: false });
    for (const forged of ['*', 'https://*', 'javascript:alert(1)//', `${HERE}/path`, `${HERE}, https://evil.example`]) {
      expect(await outcome(signInFrom(HERE, forged)), forged).toMatchObject({ status: 403, session: false });
    }
  });
});

describe('with SITE_URL set', () => {
  beforeAll(() => configure('https://votes.example.org'));

  it('trusts SITE_URL only, whatever address the request came by', async () => {
    expect(await outcome(signInFrom('https://votes.example.org', 'https://votes.example.org'))).toMatchObject({ status: 200, session: true });
    expect(await outcome(signInFrom(HERE, HERE))).toMatchObject({ status: 403, code: 'INVALID_ORIGIN', session: false });
  });
});
