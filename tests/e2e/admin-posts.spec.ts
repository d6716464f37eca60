import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

// Yasmin Qureshi's post: edit how it ended, see the public page change at once, then undo it.
test('an editor edits a post’s end reason, the MP page shows it at once, and the change is undone', async ({ page }) => {
  await page.goto('/mps/3924');
  await expect(page.getByRole('region', { name: 'Posts held', exact: true })).toContainText('resigned 15 Nov 2023');

  await signIn(page, 'editor', '/admin/people');
  await page.goto('/admin/posts/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit post: Shadow Minister for Women and Equalities');
  const form = page.getByRole('form', { name: 'Edit post' });
  await form.getByLabel('How it ended', { exact: true }).selectOption('sacked');
  await form.getByLabel('Why you are making this change (optional)').fill('Checking the undo');
  await form.getByRole('button', { name: 'Save post' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.goto('/mps/3924');
  await expect(page.getByRole('region', { name: 'Posts held', exact: true })).toContainText('sacked 15 Nov 2023');

  await page.goto('/admin/posts/2');
  const change = page.getByRole('article').filter({ hasText: 'how it ended: resigned → sacked' }).first();
  await expect(change).toContainText('Reason: Checking the undo');
  await change.getByRole('link', { name: /Undo change/ }).click();
  await expect(page.getByText(/This will put back the earlier values? of the post of Yasmin Qureshi/)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was undone' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Edit post' }).getByLabel('How it ended', { exact: true })).toHaveValue('resigned');

  await page.goto('/mps/3924');
  await expect(page.getByRole('region', { name: 'Posts held', exact: true })).toContainText('resigned 15 Nov 2023');
});

test('the post form shows each error beside its field and keeps what was typed', async ({ page }) => {
  await signIn(page, 'editor', '/admin/posts/new');
  const form = page.getByRole('form', { name: 'New post' });
  await form.getByLabel('Title of the post').fill('Shadow Minister for Testing');
  await form.getByLabel('Started (optional)').fill('2023-11-20');
  await form.getByLabel('Ended', { exact: true }).fill('2023-11-10');
  await form.getByLabel('Sources').fill('not a web address');
  await form.getByRole('button', { name: 'Create post' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  // Each message is tied to its own field (aria-describedby), as well as listed at the top.
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveAccessibleDescription(/Choose the person who held the post/);
  await expect(form.getByLabel('Ended', { exact: true })).toHaveAccessibleDescription(/The post cannot end before it starts/);
  await expect(form.getByLabel('Sources')).toHaveAccessibleDescription(/Line 1 does not start with a web address/);
  await expect(form.getByLabel('Kind')).toHaveAccessibleDescription(/Choose the kind of post/);
  await expect(form.getByLabel('Title of the post')).not.toHaveAttribute('aria-invalid');
  await expect(form.getByLabel('Title of the post')).toHaveValue('Shadow Minister for Testing');
  await expect(form.getByLabel('Sources')).toHaveValue('not a web address');
});
