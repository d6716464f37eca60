import { expect, type Page } from '@playwright/test';

// Records a test makes for itself through the admin forms, with names and ids no other test uses: the
// browser tests share one database.

/** Letters only, so that a name made from it has a predictable slug and sort name. */
export function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = '';
  for (let i = 0; i < 7; i++) word += letters[Math.floor(Math.random() * letters.length)];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A Parliament member id far above any real one (they are in the thousands). */
export function uniqueMemberId(): number {
  return 8_000_000 + Math.floor(Math.random() * 1_000_000);
}

/**
 * Deletes a division a test uploaded (a copy of 1666 under an official id of its own, titled `title`) through its
 * confirmation page, if it is held: before a test, in case an earlier run stopped half way, and after it, so that no
 * other test finds a second vote for the same members.
 */
export async function deleteTestDivision(page: Page, officialId: number, title: RegExp): Promise<void> {
  await page.goto(`/admin/divisions?q=${officialId}`);
  const link = page.getByRole('link', { name: title });
  if ((await link.count()) === 0) return;
  await link.click();
  await page.getByRole('link', { name: 'Delete division…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete this division?');
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Division deleted' })).toBeVisible();
}

/** Creates a person through the form; returns their admin id. The page must be signed in. */
export async function createPerson(page: Page, person: { name: string; parliamentId?: number }): Promise<number> {
  await page.goto('/admin/people/new');
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  if (person.parliamentId) await form.getByLabel('Parliament member id (optional)').fill(String(person.parliamentId));
  await form.getByRole('button', { name: 'Create person' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  return Number(/\/admin\/people\/(\d+)/.exec(page.url())?.[1]);
}

/** Creates a topic through the form; returns its id. */
export async function createTopic(page: Page, title: string): Promise<number> {
  await page.goto('/admin/topics/new');
  const form = page.getByRole('form', { name: 'New topic' });
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Create topic' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  return Number(/\/admin\/topics\/(\d+)/.exec(page.url())?.[1]);
}
