import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { seriousViolations } from './support/axe';

// axe-core on the admin pages for divisions, votes and whips, including forms showing errors. Reads only.

test('the admin pages for divisions, votes and whips have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin/divisions?q=1666');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: /immediate ceasefire/ }).click();
  await expect(page.getByRole('form', { name: 'Edit division' })).toBeVisible();
  expect(await seriousViolations(page), 'details').toEqual([]);
  const details = new URL(page.url()).pathname;

  await page.goto(`${details}/votes?party=Lab&vote=aye`);
  await expect(page.getByRole('table', { name: /How each member voted: 56 members of Labour who voted for \(aye\)/ })).toBeVisible();
  expect(await seriousViolations(page), 'votes').toEqual([]);

  await page.goto(`${details}/votes/csv`);
  await page.getByLabel('Votes (CSV)').fill('member_id,vote\n3924,maybe');
  await page.getByRole('button', { name: 'Save votes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The CSV has' })).toBeVisible();
  expect(await seriousViolations(page), 'csv').toEqual([]);

  await page.goto(`${details}/whips`);
  await page.getByRole('button', { name: 'Save whip' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /There (is a problem|are problems)/ })).toBeVisible();
  expect(await seriousViolations(page), 'whips').toEqual([]);

  for (const path of ['/admin/divisions/new', '/admin/divisions/upload']) {
    await page.goto(path);
    await page.getByRole('button', { name: /^(Create division|Upload and load the division)$/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: /problem|not loaded/ })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
