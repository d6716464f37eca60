import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

// The admin area from the outside: anonymous visitors are sent to sign in (or get 401 from the API), and an
// editor who is not an admin gets the 403 page for accounts.

test.describe('an anonymous visitor', () => {
  for (const path of ['/admin', '/admin/accounts', '/admin/changes']) {
    test(`is sent from ${path} to the sign-in page`, async ({ page, request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? '', 'http://localhost').pathname).toBe('/login');

      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === '/login' && (url.searchParams.get('next') ?? '').startsWith('/admin'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    });
  }

  test('gets 401 from the admin lookup API', async ({ request }) => {
    const response = await request.get('/admin/api/lookup?kind=person&q=qureshi');
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in as an editor.' });
  });
});

test('an editor gets the 403 page for accounts, and no link to them', async ({ page }) => {
  await signIn(page, 'editor', '/admin');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Changes' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
  for (const path of ['/admin/accounts', '/admin/accounts/new']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot do that');
  }
});
