import { expect, test } from '@playwright/test';
import { E2E_PASSWORD } from './support/accounts';
import { startServerWithoutSiteUrl } from './support/server-without-site-url';

// The production server started with PORT set and SITE_URL unset, reached by its address and by another name: the
// JSON API links to the address it was reached by (as the pages do, tests/e2e/feeds.spec.ts), each address's answer
// kept apart; an editor signs in there and stays there; and a sign-in form posted from another origin is refused.

const port = Number(process.env.E2E_PORT ?? 3200) + 7;
const byAddress = `http://127.0.0.1:${port}`;
const byName = `http://localhost:${port}`;
const SESSION_COOKIE = 'better-auth.session_token';

let server: Awaited<ReturnType<typeof startServerWithoutSiteUrl>> | undefined;
test.beforeAll(async () => {
  server = await startServerWithoutSiteUrl(port);
});
test.afterAll(() => server?.stop());

test('the API links to the address it was reached by, and keeps each address’s answer apart', async ({ request }) => {
  const read = async (url: string) => {
    const answer = await request.get(url);
    expect(answer.status(), url).toBe(200);
    return { headers: answer.headers(), body: await answer.json() };
  };
  const named = await read(`${byName}/api/v1/divisions/1666`);
  expect(named.body.data.url).toBe(`${byName}/api/v1/divisions/1666`);
  expect(named.body.data.links).toEqual({ votes: `${byName}/api/v1/divisions/1666/votes`, html: `${byName}/divisions/1666` });
  expect(named.headers['cache-control']).toMatch(/^public, /);

  const addressed = await read(`${byAddress}/api/v1/divisions/1666`);
  expect(addressed.body.data.url).toBe(`${byAddress}/api/v1/divisions/1666`);
  expect(addressed.headers.etag).not.toBe(named.headers.etag);

  // Kept by the page cache for that address alone.
  const again = await read(`${byName}/api/v1/divisions/1666`);
  expect(again.headers['x-cache']).toBe('HIT');
  expect(again.body.data.url).toBe(`${byName}/api/v1/divisions/1666`);

  expect((await read(`${byName}/api/v1/mps?per_page=5`)).body.paging.next).toBe(`${byName}/api/v1/mps?per_page=5&page=2`);
  expect((await read(`${byName}/api/v1/openapi.json`)).body.servers).toEqual([{ url: byName }]);
  expect((await read(`${byName}/api/v1/popolo.json`)).body.meta.source).toBe(byName);
  expect((await read(`${byAddress}/api/v1/popolo.json`)).body.meta.source).toBe(byAddress);
});

test('an editor signs in at the address they reached the site by, and stays on it', async ({ page, context }) => {
  for (const origin of [byName, byAddress]) {
    await page.goto(`${origin}/login?next=${encodeURIComponent('/admin')}`);
    await page.getByLabel('Email address').fill('editor@e2e.test');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/admin`, { timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    // The cookie belongs to that address; without SITE_URL it is not marked Secure (README: Security).
    const cookie = (await context.cookies(origin)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ domain: new URL(origin).hostname, httpOnly: true, sameSite: 'Lax', secure: false });
  }
});

test('a sign-in form posted to the site from another origin signs nobody in', async ({ browser, request }) => {
  // The site's own form, as another origin (the same server by its other name) would copy it, posted without
  // JavaScript: the browser names the page's origin, which is not the address the form is posted to.
  const form = await (await request.get(`${byName}/login?next=%2Fadmin`)).text();
  const copied = form.replace('aria-label="Sign in" action=""', `aria-label="Sign in" action="${byName}/login?next=%2Fadmin"`);
  expect(copied).toContain(`action="${byName}/login?next=%2Fadmin"`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route(`${byAddress}/elsewhere`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: copied }));
    await page.goto(`${byAddress}/elsewhere`);
    await page.getByLabel('Email address').fill('editor@e2e.test');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(`${byName}/login`)),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(posted.request().headers().origin).toBe(byAddress);
    expect(posted.status()).toBeGreaterThanOrEqual(400);
    expect((await context.cookies(byName)).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  } finally {
    await context.close();
  }
});
