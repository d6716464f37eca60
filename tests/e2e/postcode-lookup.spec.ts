import { expect, test } from '@playwright/test';
import { SLOW_POSTCODE, startFakePostcodeService, type FakePostcodeService } from '../support/fake-postcode-service';

// The site looks postcodes up on a fake service at E2E_PORT + 1000 (playwright.config.ts), started here.
// Each test uses its own postcode, since the site caches answers.

const fakePort = Number(process.env.E2E_PORT ?? 3200) + 1000;
let fake: FakePostcodeService | null = null;

test.beforeAll(async () => {
  fake = await startFakePostcodeService(fakePort);
});
test.afterAll(async () => {
  await fake?.close();
});

async function searchFromHome(page: import('@playwright/test').Page, text: string) {
  await page.goto('/');
  const search = page.getByRole('search', { name: 'Find your MP' });
  await search.getByLabel('MP name, constituency or postcode').fill(text);
  await search.getByRole('button', { name: 'Search' }).click();
}

test('found: a postcode in a seat we hold lists its MP', async ({ page }) => {
  await searchFromHome(page, 'e8 1dy');
  await expect(page.getByText('E8 1DY is in Hackney North and Stoke Newington.')).toBeVisible();
  const results = page.getByRole('table', { name: 'MPs matching your search' });
  await expect(results.getByRole('link', { name: 'Diane Abbott' })).toBeVisible();
  await expect(results.getByRole('row')).toHaveCount(2);
});

test('found, a seat of the 2024 boundaries with no MP recorded yet: says so', async ({ page }) => {
  await searchFromHome(page, 'BL3 6RA');
  await expect(page.getByText('BL3 6RA is in Bolton South and Walkden.')).toBeVisible();
  await expect(page.getByText(/No MP for this seat is recorded yet/)).toBeVisible();
});

test('a seat of boundaries we do not hold: says so and offers the nearest seats by name, from both boundary sets', async ({ page }) => {
  await searchFromHome(page, 'BL1 1AA');
  await expect(page.getByText(/BL1 1AA is in Bolton Central and Farnworth, according to the postcode service\. We hold no seat of that name/)).toBeVisible();
  const nearest = page.getByRole('list', { name: 'Nearest matches by name:' });
  await expect(nearest.getByRole('link', { name: 'Bolton South and Walkden' })).toBeVisible();
  await nearest.getByRole('link', { name: 'Bolton South East' }).click();
  await expect(page).toHaveURL(/\/mps\?q=Bolton\+South\+East|\/mps\?q=Bolton%20South%20East/);
  await expect(page.getByRole('table', { name: 'MPs matching your search' }).getByRole('link', { name: 'Yasmin Qureshi' })).toBeVisible();
});

test('not found: a postcode the service does not know, and one that is not a postcode', async ({ page }) => {
  await searchFromHome(page, 'ZZ9 9ZZ');
  await expect(page.getByText('The postcode service knows no constituency for ZZ9 9ZZ.', { exact: false })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Search by constituency' })).toBeVisible();

  await searchFromHome(page, 'BL3 5A');
  await expect(page.getByText('“BL3 5A” is not a complete UK postcode.', { exact: false })).toBeVisible();
});

test('service down: a service that never answers, then none at all, both end in plain words and a constituency search', async ({ page }) => {
  const started = Date.now();
  await searchFromHome(page, SLOW_POSTCODE);
  await expect(page.getByText('We could not reach the postcode service just now')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(10_000);

  await fake?.close();
  fake = null;
  await searchFromHome(page, 'E8 2AA');
  await expect(page.getByText('We could not reach the postcode service just now')).toBeVisible();
  const constituency = page.getByRole('search', { name: 'Search by constituency' });
  await constituency.getByLabel('Constituency name').fill('Bolton South East');
  await constituency.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table', { name: 'MPs matching your search' }).getByRole('link', { name: 'Yasmin Qureshi' })).toBeVisible();
});
