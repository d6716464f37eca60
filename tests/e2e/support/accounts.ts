import type { Page } from '@playwright/test';

/** Made by the test server's start command on its fresh database; never used outside the browser tests. */
export const E2E_PASSWORD = 'e2e-only-password-not-secret';

export const E2E_ACCOUNTS = [
  { email: 'admin@e2e.test', role: 'admin' },
  { email: 'editor@e2e.test', role: 'editor' },
  // Only for the lockout test, so that locking it never gets in the way of other tests.
  { email: 'lockout@e2e.test', role: 'editor' },
] as const;

export type E2eRole = 'admin' | 'editor';

/** Signs in through the real form. */
export async function signIn(page: Page, role: E2eRole, next = '/admin'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(`${role}@e2e.test`);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0], { timeout: 20_000 });
}
