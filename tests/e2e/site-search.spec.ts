import { expect, test } from '@playwright/test';

// The header's search box, as a constituent or campaigner uses it, on the seeded record of 15 Nov 2023.

const headerSearch = async (page: import('@playwright/test').Page, text: string) => {
  const search = page.getByRole('search', { name: 'Site search' });
  await search.getByLabel('Search MPs, constituencies, postcodes, divisions and topics').fill(text);
  await search.getByRole('button', { name: 'Search' }).click();
};

test('“ceasefire” finds the division and its topic, in their sections, and says how many', async ({ page }) => {
  await page.goto('/');
  await headerSearch(page, 'ceasefire');
  await expect(page).toHaveURL(/\/search\?q=ceasefire$/);
  await expect(page.getByRole('status')).toHaveText('2 results for “ceasefire”.');
  const divisions = page.getByRole('region', { name: 'Divisions (1)' });
  await expect(divisions.getByRole('link', { name: /immediate ceasefire/ })).toHaveAttribute('href', '/divisions/1666');
  await expect(divisions).toContainText('Division 1666, 15 Nov 2023: ayes 125, noes 293');
  await expect(page.getByRole('region', { name: 'Topics (1)' }).getByRole('link', { name: 'Gaza: immediate ceasefire' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^MPs/ })).toHaveCount(0);
});

test('“Bolton SE” is Bolton South East, not Boston and Skegness: it goes straight to the seat’s MPs', async ({ page }) => {
  await page.goto('/');
  await headerSearch(page, 'Bolton SE');
  await expect(page).toHaveURL(/\/mps\?q=Bolton(\+|%20)South(\+|%20)East$/);
  await expect(page.getByRole('table', { name: 'MPs matching your search' }).getByRole('link')).toHaveText(['Yasmin Qureshi']);
});

test('“bolton” lists the MPs and the seats in their sections; a seat leads to its MPs', async ({ page }) => {
  await page.goto('/search?q=bolton');
  await expect(page.getByRole('region', { name: 'MPs (3)' }).getByRole('link', { name: 'Yasmin Qureshi' })).toBeVisible();
  // The shortest names first (more of each is what was typed), the seat of the 2024 boundaries too.
  const seats = page.getByRole('region', { name: 'Constituencies (4)' });
  await expect(seats.getByRole('link')).toHaveText(['Bolton West', 'Bolton North East', 'Bolton South East', 'Bolton South and Walkden']);
  await seats.getByRole('link', { name: 'Bolton South East' }).click();
  await expect(page).toHaveURL(/\/mps\?q=Bolton(\+|%20)South(\+|%20)East$/);
  await expect(page.getByRole('table', { name: 'MPs matching your search' }).getByRole('link')).toHaveText(['Yasmin Qureshi']);
});

test('a query that names one thing goes straight to its page: a division number, a date, an MP with a title', async ({ page }) => {
  await page.goto('/');
  await headerSearch(page, '1666');
  await expect(page).toHaveURL(/\/divisions\/1666$/);
  await headerSearch(page, '15/11/2023');
  await expect(page).toHaveURL(/\/divisions\/1666$/);
  await headerSearch(page, 'Ms Yasmin Qureshi');
  await expect(page).toHaveURL(/\/mps\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yasmin Qureshi');
});

test('a postcode goes to the MPs page, and nonsense says nothing was found and where to look', async ({ page }) => {
  await page.goto('/search?q=zzqxv');
  await expect(page.getByRole('status')).toHaveText('Nothing found for “zzqxv”.');
  await expect(page.getByRole('link', { name: 'all divisions' })).toBeVisible();
  const response = await page.request.get('/search?q=BL3+5AA', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/mps?q=BL3+5AA');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page’s own form works, and keeps what was typed', async ({ page }) => {
    await page.goto('/search?q=qureshi+bolton');
    const form = page.getByRole('search', { name: 'Search the site' });
    await expect(form.getByLabel('MPs, constituencies, divisions or topics')).toHaveValue('qureshi bolton');
    await expect(page.getByRole('region', { name: /^MPs/ }).getByRole('link', { name: 'Yasmin Qureshi' })).toBeVisible();
    await form.getByLabel('MPs, constituencies, divisions or topics').fill('ceasfire');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=ceasfire$/);
    await expect(page.getByRole('region', { name: 'Divisions (1)' }).getByRole('link')).toHaveAttribute('href', '/divisions/1666');
  });
});
