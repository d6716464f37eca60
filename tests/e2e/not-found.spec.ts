import { expect, test } from '@playwright/test';

// Every section answers an address that names nothing with 404 and the one not-found page (app/not-found.tsx), which
// says how each section's addresses are made and offers the site search; the API answers in JSON. An address that
// does not decode is a 400 (scripts/lib/bad-request.mjs): a page for a browser, JSON for the API.

const NOT_FOUND = [
  '/divisions/999999',
  '/divisions/not-a-number',
  '/divisions/abc',
  '/divisions/1666/nope',
  '/mps/99999999',
  '/mps/1',
  '/mps/no-such-person',
  '/topics/nope',
  '/parties/nope',
  '/no-such-section',
];

for (const path of NOT_FOUND) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · Ayes & Noes');
  });
}

test('the not-found page says how every section’s addresses are made, and searches the site', async ({ page }) => {
  await page.goto('/topics/nope');
  const addresses = page.getByRole('region', { name: 'How addresses are made' });
  for (const [example, list] of [
    ['/mps/3924', 'All MPs'],
    ['/divisions/1666', 'All divisions'],
    ['/topics/gaza-immediate-ceasefire', 'All topics'],
    ['/parties/Lab', 'All parties'],
  ] as const) {
    await expect(addresses.getByRole('link', { name: example, exact: true })).toHaveAttribute('href', example);
    await expect(addresses.getByRole('link', { name: list, exact: true })).toBeVisible();
  }
  await expect(addresses.getByRole('link', { name: 'the API page' })).toHaveAttribute('href', '/api');

  const search = page.getByRole('search', { name: 'Search the site' });
  await search.getByLabel('Search MPs, constituencies, postcodes, divisions and topics').fill('ceasefire');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=ceasefire$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Its examples are real pages.
  await page.goto('/topics/nope');
  await addresses.getByRole('link', { name: '/topics/gaza-immediate-ceasefire' }).click();
  await expect(page).toHaveURL(/\/topics\/gaza-immediate-ceasefire$/);
});

test('an embed of a division or MP we do not hold answers 404', async ({ request }) => {
  for (const path of ['/embed/divisions/999999', '/embed/mps/1', '/embed/nope']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('an address under the API that names nothing answers 404 in JSON', async ({ request }) => {
  for (const path of ['/api/v1/nope', '/api/v1/divisions/1666/nope', '/api/nope', '/api/v1/divisions/999999', '/api/v1/topics/nope']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toBe('application/json; charset=utf-8');
    expect((await response.json()).error, path).toEqual(expect.any(String));
  }
});

test('an address that does not decode answers a browser 400 with a page that links to it without the bad part', async ({ page }) => {
  const response = await page.goto('/divisions/%ff');
  expect(response?.status()).toBe(400);
  await expect(page).toHaveTitle('Bad request · Ayes & Noes');
  await expect(page.getByRole('heading', { level: 1, name: 'That address is not valid' })).toBeVisible();
  await page.getByRole('link', { name: '/divisions', exact: true }).click();
  await expect(page).toHaveURL(/\/divisions$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an address under the API that does not decode answers 400 in JSON', async ({ request }) => {
  const response = await request.get('/api/v1/mps/%ff');
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect((await response.json()).error).toMatch(/not a valid path/);
});
