import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript, the members filter still gives the 56 Labour ayes', async ({ page }) => {
  await page.goto('/divisions/1666');
  const form = page.getByRole('form', { name: 'Filter members' });
  await form.getByLabel('Party').selectOption('Lab');
  await form.getByLabel('Vote').selectOption('aye');
  await form.getByRole('button', { name: 'Show members' }).click();

  await expect(page).toHaveURL(/\/divisions\/1666\?party=Lab&vote=aye#members$/);
  await expect(page.getByRole('status').filter({ hasText: 'members' })).toHaveText('56 members (Labour, voted for)');
  const rows = page.getByRole('table', { name: /How every member voted \(Labour, voted for\)/ }).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(56);
});

test('without JavaScript, the header search finds an MP', async ({ page }) => {
  await page.goto('/divisions');
  const search = page.getByRole('search', { name: 'Site search' });
  await search.getByLabel('Search MPs, constituencies, postcodes, divisions and topics').fill('qureshi');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=qureshi$/);
  await expect(page.getByRole('region', { name: /^MPs/ }).getByRole('link', { name: 'Yasmin Qureshi' })).toBeVisible();
});
