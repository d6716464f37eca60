import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The division finder at /divisions, on the seeded record (division 1666): the filters are in the address, the form
// works without JavaScript, and the downloads hold what the page lists.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('finds 1666 by title word and by Labour rebels, with the filters in the address and kept in the form', async ({ page }) => {
    await page.goto('/divisions');
    const form = page.getByRole('form', { name: 'Find divisions' });
    await form.getByLabel('Words in the title').fill('ceasefire');
    await form.getByLabel('Rebels from the party').selectOption('Lab');
    await form.getByLabel('after which an MP left a post').check();
    await form.getByRole('button', { name: 'Find divisions' }).click();
    // The empty fields are dropped from the address.
    await expect(page).toHaveURL(/\/divisions\?q=ceasefire&party=Lab&departures=yes$/);
    await expect(page.getByRole('status')).toHaveText(
      '1 division with “ceasefire” in the title, where Labour MPs defied the whip, after which an MP left a post.',
    );
    const row = page.getByRole('table', { name: 'Divisions, newest first' }).getByRole('row', { name: /immediate ceasefire/ });
    await expect(row).toContainText('56 Lab');
    await expect(form.getByLabel('Words in the title')).toHaveValue('ceasefire');
    await expect(form.getByLabel('after which an MP left a post')).toBeChecked();
    await expect(page.getByRole('link', { name: /CSV/ })).toHaveAttribute('href', '/divisions.csv?q=ceasefire&party=Lab&departures=yes');
  });

  test('a bad date is named beside its field, what was typed is kept, and the other filters still apply', async ({ page }) => {
    await page.goto('/divisions?from=2024-01-01&to=2023-01-01&result=noes');
    const to = page.getByLabel('Held to (date)');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The end date must be on or after the start date.')).toBeVisible();
    await expect(to).toHaveValue('2023-01-01');
    await expect(page.getByRole('status')).toHaveText('0 divisions held from 1 Jan 2024, won by the noes.');
    await expect(page.getByText('No divisions match these filters.')).toBeVisible();
  });
});

test('the finder with an error and its results has no serious accessibility violations', async ({ page }) => {
  for (const path of ['/divisions?q=ceasefire&rebels=yes', '/divisions?from=2024-01-01&to=2023-01-01']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), path).toEqual([]);
  }
});

test('the CSV download holds the divisions the page lists', async ({ request }) => {
  const response = await request.get('/divisions.csv?q=ceasefire');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="divisions-titled-ceasefire.csv"');
  const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^1666,2023-11-15,/);
});
