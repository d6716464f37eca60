import { expect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, signIn } from './support/accounts';

const SESSION_COOKIE = 'better-auth.session_token';
const WEEK_SECONDS = 7 * 24 * 60 * 60;

test('the session cookie is httpOnly, SameSite=Lax, out of reach of scripts, and lasts a week', async ({ page, context }) => {
  await signIn(page, 'editor', '/admin');
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  const lifetime = cookie!.expires - Date.now() / 1000;
  expect(lifetime).toBeGreaterThan(WEEK_SECONDS - 600);
  expect(lifetime).toBeLessThanOrEqual(WEEK_SECONDS + 60);
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
});

test('signing out ends the session on the server, not only in this browser', async ({ page, context, browser, baseURL }) => {
  await signIn(page, 'editor', '/admin');
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  await page.goto('/admin');
  await expect(page).toHaveURL((url) => url.pathname === '/login');

  // The cookie as it was before signing out, replayed from another browser, no longer signs anyone in.
  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies([cookie]);
    const other = await replay.newPage();
    await other.goto('/admin');
    await expect(other).toHaveURL((url) => url.pathname === '/login');
  } finally {
    await replay.close();
  }
});

async function tryPassword(page: Page, password: string) {
  await page.getByLabel('Email address').fill('lockout@e2e.test');
  await page.getByLabel('Password').fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

test('five wrong passwords lock the address for 15 minutes, even against the right one', async ({ page }) => {
  await page.goto('/login');
  for (let i = 1; i <= 5; i++) {
    await tryPassword(page, `wrong-password-${i}`);
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/The email address or password is not right/);
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
  await tryPassword(page, E2E_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: 'Too many failed attempts for this address. Try again in 15 minutes.' })).toBeVisible();
  await page.goto('/admin');
  await expect(page).toHaveURL((url) => url.pathname === '/login');
});

test('signing in through the form never leads to another host, however `next` is disguised', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const next of ['/\t/evil.example', '/\\evil.example', '//evil.example', '/%09/evil.example', 'https://evil.example/admin', '/admin\r\nX: y']) {
    await page.context().clearCookies();
    const response = await page.goto(`/login?next=${encodeURIComponent(next)}`);
    expect(response?.status(), next).toBe(200);
    await page.getByLabel('Email address').fill('editor@e2e.test');
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 20_000 });
    expect(new URL(page.url()).origin, next).toBe(origin);
  }
});
