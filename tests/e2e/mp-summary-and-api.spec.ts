import { expect, test } from '@playwright/test';

test('the MP page opens with a plain-English summary', async ({ page }) => {
  await page.goto('/mps/3924');
  const summary = page.getByRole('region', { name: 'In short' });
  await expect(summary).toContainText(
    'On 15 Nov 2023 Yasmin Qureshi voted for an immediate ceasefire in Gaza, defying the Labour whip to abstain, and resigned as Shadow Minister for Women and Equalities to do so.',
  );
  const history = page.getByRole('region', { name: 'Against the whip' });
  await expect(history.getByRole('link', { name: /ceasefire/ })).toHaveAttribute('href', '/divisions/1666');
  await page.goto('/mps/172');
  await expect(page.getByRole('region', { name: 'In short' })).toContainText(
    'On 15 Nov 2023 Diane Abbott voted for an immediate ceasefire in Gaza, with no party whip to follow.',
  );
});

test('the address that lists every vote against the whip is kept, and needs no link when there are few', async ({ page }) => {
  // A record of more than ten rebellions lists the ten most recent with a link to the rest (tests/unit/view/rebellion-history.test.ts).
  expect((await page.goto('/mps/3924?rebellions=all'))?.status()).toBe(200);
  await expect(page).toHaveURL(/\/mps\/3924\?rebellions=all$/);
  const history = page.getByRole('region', { name: 'Against the whip' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('link', { name: /^Show (all|only)/ })).toHaveCount(0);
  // One page for search engines, whichever list is open.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/mps\/3924$/);
  await page.goto('/mps/yasmin-qureshi?rebellions=all');
  await expect(page).toHaveURL(/\/mps\/3924\?rebellions=all$/);
});

test('the votes table shows one page of votes; with a single vote there is nothing to page through', async ({ page }) => {
  await page.goto('/mps/3924');
  const votes = page.getByRole('region', { name: 'Votes', exact: true });
  const rows = votes.getByRole('table', { name: 'Recorded votes, newest first' }).locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Defied the Labour whip to abstain.');
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', '/divisions/1666');
  await expect(votes.getByRole('navigation', { name: 'Pages of votes' })).toHaveCount(0);
  await expect(votes.getByRole('link', { name: /Older votes|Newer votes/ })).toHaveCount(0);

  // The first page by number is the page itself; a page past the last one is not found; a slug keeps the page asked for.
  expect((await page.goto('/mps/3924?page=1'))?.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Votes', exact: true }).locator('tbody').getByRole('row')).toHaveCount(1);
  const past = await page.goto('/mps/3924?page=2');
  expect(past?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/mps/yasmin-qureshi?page=1');
  await expect(page).toHaveURL(/\/mps\/3924$/);
});

test('the MP list downloads as CSV and JSON with the filters shown', async ({ page }) => {
  await page.goto('/mps?q=bolton&party=Con');
  await expect(page.getByRole('status')).toContainText('2 MPs found for “bolton” in Conservative');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mps-conservative-matching-bolton.csv');
  const text = await (await page.request.get('/mps/export.csv?q=bolton&party=Con')).text();
  expect(text.trim().split('\r\n')).toHaveLength(3);
  const json = await (await page.request.get('/mps/export.json?q=bolton&party=Con')).json();
  expect(json.mps.map((m: { constituency: string }) => m.constituency).sort()).toEqual(['Bolton North East', 'Bolton West']);
});

test('the JSON API answers with cache headers, 400s and 404s through the real server', async ({ request }) => {
  const list = await request.get('/api/v1/divisions');
  expect(list.status()).toBe(200);
  // The production server's own (scripts/lib/http-cache.mjs): shared caches may keep it, browsers ask again.
  expect(list.headers()['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60');
  expect((await list.json()).data[0].id).toBe(1666);

  const bad = await request.get('/api/v1/divisions?per_page=500');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('per_page must be 200 or less');
  expect((await request.get('/api/v1/mps/1')).status()).toBe(404);

  const openapi = await request.get('/api/v1/openapi.json');
  expect(Object.keys((await openapi.json()).paths)).toContain('/api/v1/mps/{id}');
  const popolo = await request.get('/api/v1/popolo.json');
  expect(popolo.headers()['etag']).toBeTruthy();
});

test('the API page lists every endpoint', async ({ page }) => {
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1, name: 'Open data and API' })).toBeVisible();
  const endpoints = page.getByRole('table', { name: 'API endpoints' });
  for (const path of ['/api/v1/divisions', '/api/v1/divisions/{id}/votes', '/api/v1/mps/{id}', '/api/v1/rebels', '/api/v1/popolo.json']) {
    await expect(endpoints.getByText(`GET ${path}`, { exact: true })).toBeVisible();
  }
});
