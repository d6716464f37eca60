import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { createTopic, uniqueWord } from './support/admin-records';

test('an editor links a topic to division 1666, is refused a second link, changes the lobby, and removes and restores the link', async ({ page }) => {
  // Division 1666 is shared by every test file: the topic's title sorts after the seeded "Gaza: immediate
  // ceasefire" (the MP summary names a division's first topic), and the link is removed again at the end.
  const title = `Zebra crossings: ${uniqueWord()}`;
  await signIn(page, 'editor', '/admin/topics');
  const topicId = await createTopic(page, title);

  const linkForm = page.getByRole('form', { name: 'Link a division' });
  await linkForm.getByRole('combobox', { name: 'Division' }).fill('1666');
  await linkForm.getByLabel('Supporting lobby').selectOption('aye');
  await linkForm.getByRole('button', { name: 'Link division' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Division linked.' })).toBeVisible();
  const links = page.getByRole('table', { name: 'Divisions linked to this topic' });
  await expect(links.getByRole('row')).toHaveCount(2);
  await expect(links.getByLabel('Supporting lobby for division 1666')).toHaveValue('aye');

  await page.goto('/divisions/1666');
  await expect(page.getByText(`${title}: voting for (aye) supports it`)).toBeVisible();

  await page.goto(`/admin/topics/${topicId}`);
  const again = page.getByRole('form', { name: 'Link a division' });
  await again.getByRole('combobox', { name: 'Division' }).fill('1666');
  await again.getByLabel('Supporting lobby').selectOption('no');
  await again.getByRole('button', { name: 'Link division' }).click();
  await expect(again.getByRole('combobox', { name: 'Division' })).toHaveAccessibleDescription(
    /This division is already linked to the topic, with “aye” as the supporting lobby/,
  );

  await links.getByLabel('Supporting lobby for division 1666').selectOption('no');
  await links.getByRole('button', { name: 'Change lobby for division 1666' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Supporting lobby changed.' })).toBeVisible();
  await page.goto('/divisions/1666');
  await expect(page.getByText(`${title}: voting against (no) supports it`)).toBeVisible();

  await page.goto(`/admin/topics/${topicId}`);
  await links.getByRole('button', { name: 'Remove link to division 1666' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link removed.' })).toBeVisible();
  await expect(page.getByText('No divisions linked yet.')).toBeVisible();

  const removal = page.getByRole('article').filter({ hasText: 'to division 1666: deleted' }).first();
  await removal.getByRole('link', { name: /Undo change/ }).click();
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was undone' })).toBeVisible();
  await expect(links.getByLabel('Supporting lobby for division 1666')).toHaveValue('no');

  await links.getByRole('button', { name: 'Remove link to division 1666' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link removed.' })).toBeVisible();
});

test('the topic form shows each error beside its field, and names the topic that has a slug', async ({ page }) => {
  await signIn(page, 'editor', '/admin/topics/new');
  const form = page.getByRole('form', { name: 'New topic' });
  await form.getByLabel('Slug (optional)').fill('Not a slug!');
  await form.getByLabel('Description (optional)').fill('Kept after the error.');
  await form.getByRole('button', { name: 'Create topic' }).click();
  await expect(form.getByLabel('Title')).toHaveAccessibleDescription(/Enter the topic’s title/);
  await expect(form.getByLabel('Slug (optional)')).toHaveAccessibleDescription(/Use lower-case letters, digits and single hyphens/);
  await expect(form.getByLabel('Description (optional)')).toHaveValue('Kept after the error.');

  await form.getByLabel('Title').fill(`Ceasefire ${uniqueWord()}`);
  await form.getByLabel('Slug (optional)').fill('gaza-immediate-ceasefire');
  await form.getByRole('button', { name: 'Create topic' }).click();
  await expect(form.getByLabel('Slug (optional)')).toHaveAccessibleDescription(
    /The slug “gaza-immediate-ceasefire” already belongs to the topic “Gaza: immediate ceasefire”/,
  );
  await expect(form.getByLabel('Slug (optional)')).toHaveValue('gaza-immediate-ceasefire');
});
