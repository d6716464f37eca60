import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

// "Edit where you read": a signed-in editor finds an Edit link beside each part of a public page they can change;
// a reader sees none, and no page made for an editor is kept for anyone else.

const editLinks = (page: import('@playwright/test').Page) => page.getByRole('link', { name: /^Edit\b/ });

test('a reader sees no Edit links on a division or an MP page', async ({ page }) => {
  for (const path of ['/divisions/1666', '/mps/3924']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(editLinks(page)).toHaveCount(0);
    expect(await page.locator('a[href^="/admin/"]').count(), path).toBe(0);
  }
});

test('a signed-in editor edits from the division and MP pages they are reading', async ({ page, browser }) => {
  await signIn(page, 'editor', '/admin');

  await page.goto('/divisions/1666');
  await expect(page.getByRole('link', { name: "Edit division 1666's details" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit the whips on division 1666' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit the votes in division 1666' })).toBeVisible();
  // Each of the ten posts left over the vote, and the statements quoted with them.
  const departures = page.getByRole('region', { name: 'Who left their posts over this vote' });
  await expect(departures.getByRole('link', { name: /^Edit the post / })).toHaveCount(10);
  await expect(departures.getByRole('link', { name: /^Edit the statement/ }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Edit the whips on division 1666' }).click();
  await expect(page).toHaveURL(/\/admin\/divisions\/\d+\/whips$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Whips');

  await page.goto('/mps/3924');
  const posts = page.getByRole('region', { name: 'Posts held', exact: true });
  await posts.getByRole('link', { name: 'Edit the post Shadow Minister for Women and Equalities' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit post: Shadow Minister for Women and Equalities');

  await page.goto('/mps/3924');
  await page.getByRole('link', { name: /^Edit Yasmin Qureshi: details/ }).click();
  await expect(page).toHaveURL(/\/admin\/people\/\d+$/);
  await page.goto('/mps/3924');
  await page.getByRole('region', { name: 'What they said' }).getByRole('link', { name: /^Edit the statement/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/stances\/\d+$/);

  // The editor's visits made nothing a reader is then given.
  const reader = await browser.newPage();
  await reader.goto('/divisions/1666');
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(editLinks(reader)).toHaveCount(0);
  await reader.close();
});
