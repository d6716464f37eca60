import { expect, test } from '@playwright/test';

for (const path of ['/divisions/999999', '/divisions/not-a-number', '/mps/99999999', '/mps/no-such-person']) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Ayes & Noes');
  });
}
