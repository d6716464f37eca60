import { expect, test } from '@playwright/test';

test('the home page answers 200 and names the site', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Ayes & Noes/);
});
