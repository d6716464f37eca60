import { expect, test } from '@playwright/test';

// A download that cannot be made (README: Open data). A person who opens its address in a browser, from a link or typed
// in, gets a page that says what is wrong and links back to the page the download comes from; a program gets the JSON
// error, whatever else it accepts. Through the production server, whose page policy must let the page's styles apply.

test('a download with a bad filter, opened in a browser, is a page that says what is wrong and leads back', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  const response = await page.goto('/rebels.csv?from=31-02-2023&party=Lab');
  expect(response?.status()).toBe(400);
  expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(response?.headers()['cache-control']).toBe('private, no-store');
  await expect(page).toHaveTitle('This download could not be made · Ayes & Noes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This download could not be made');
  await expect(page.getByRole('listitem')).toHaveText('The start date must be a real date, like 2023-11-15.');
  // Its inline styles apply (the page policy allows them) and nothing was refused.
  await expect(page.locator('body > header')).toHaveCSS('background-color', 'rgb(29, 58, 95)');
  expect(refusals).toEqual([]);

  await page.getByRole('link', { name: 'the rebels with these filters' }).click();
  await expect(page).toHaveURL(/\/rebels\?from=31-02-2023&party=Lab$/);
  await expect(page.getByRole('alert').filter({ hasText: 'The start date must be a real date, like 2023-11-15.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^CSV/ })).toHaveAttribute('href', '/rebels.csv?party=Lab');
});

test('an unknown division’s download, opened in a browser, is a 404 page that leads to the divisions', async ({ page }) => {
  const response = await page.goto('/divisions/99999/votes.csv?party=Lab');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing to download here');
  await expect(page.getByText('There is no division 99999.')).toBeVisible();
  await page.getByRole('link', { name: 'the list of divisions' }).click();
  await expect(page).toHaveURL(/\/divisions$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Divisions');
});

test('a download link saves its file and stays on the page; one whose file cannot be made shows why', async ({ page }) => {
  await page.goto('/rebels?party=Lab');
  const link = page.getByRole('link', { name: /^CSV/ });
  const downloading = page.waitForEvent('download');
  await link.click();
  expect((await downloading).suggestedFilename()).toMatch(/^rebels-.*labour\.csv$/);
  await expect(page).toHaveURL(/\/rebels\?party=Lab$/);

  // As when the record changed after the page was made: the link now asks for a division that is not held. (The
  // server puts the filters in their clean order first.)
  await link.evaluate((a: HTMLAnchorElement) => {
    a.href = '/rebels.csv?party=Lab&division=9999';
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This download could not be made');
  await expect(page.getByRole('link', { name: 'the rebels with these filters' })).toHaveAttribute('href', '/rebels?division=9999&party=Lab');
});

test('a program gets the error in JSON, whatever else it accepts', async ({ request }) => {
  const addresses = ['/rebels.csv?from=31-02-2023', '/rebels.json?from=31-02-2023', '/divisions.csv?from=soon', '/divisions/1666/votes.json?vote=maybe'];
  for (const url of addresses) {
    for (const accept of ['application/json', 'text/csv', '*/*', 'application/json, text/html']) {
      const response = await request.get(url, { headers: { accept } });
      expect(response.status(), `${url} ${accept}`).toBe(400);
      expect(response.headers()['content-type'], `${url} ${accept}`).toBe('application/json; charset=utf-8');
      expect((await response.json()).error, `${url} ${accept}`).toBe('These filters are not valid.');
    }
  }
});
