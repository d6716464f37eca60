import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { createPerson, uniqueMemberId, uniqueWord } from './support/admin-records';

test('an editor adds a person, finds them by name and member id, deletes them and undoes the deletion', async ({ page }) => {
  const surname = uniqueWord();
  const memberId = uniqueMemberId();
  await signIn(page, 'editor', '/admin/people');
  const id = await createPerson(page, { name: `Ada ${surname}`, parliamentId: memberId });

  // The sort name and slug were made from the name.
  const form = page.getByRole('form', { name: 'Edit person' });
  await expect(form.getByLabel('Sort name (optional)')).toHaveValue(`${surname}, Ada`);
  await expect(form.getByLabel('Slug (optional)')).toHaveValue(`ada-${surname.toLowerCase()}`);
  await expect(page.getByRole('link', { name: `Public page for Ada ${surname}` })).toHaveAttribute('href', `/mps/${memberId}`);
  await expect(page.getByRole('link', { name: 'Add a post' })).toHaveAttribute('href', `/admin/posts/new?person=${id}`);

  for (const q of [surname.toLowerCase(), String(memberId)]) {
    await page.goto('/admin/people');
    const search = page.getByRole('search', { name: 'Search people' });
    await search.getByLabel('Name or Parliament member id').fill(q);
    await search.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status')).toContainText('1 person matches');
    await expect(page.getByRole('link', { name: `Ada ${surname}` })).toHaveAttribute('href', `/admin/people/${id}`);
  }

  await page.goto(`/mps/${memberId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Ada ${surname}` })).toBeVisible();

  await page.goto(`/admin/people/${id}`);
  await page.getByRole('region', { name: 'Delete this person' }).getByRole('link', { name: 'Delete person…' }).click();
  await expect(page.getByText(`This will delete the person Ada ${surname}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted person' })).toBeVisible();
  expect((await page.goto(`/mps/${memberId}`))?.status()).toBe(404);

  await page.goto(`/admin/people/${id}`);
  await page.getByRole('article').filter({ hasText: `Person Ada ${surname}: deleted` }).getByRole('link', { name: /Undo change/ }).click();
  await expect(page.getByText(`This will put back the person Ada ${surname}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was undone' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit person: Ada ${surname}`);
});

test('the person form shows each error beside its field, keeps the input, and names who has a member id', async ({ page }) => {
  await signIn(page, 'editor', '/admin/people/new');
  const form = page.getByRole('form', { name: 'New person' });
  await form.getByLabel('Parliament member id (optional)').fill('3924');
  await form.getByLabel('TheyWorkForYou id (optional)').fill('twelve');
  await form.getByLabel('Slug (optional)').fill('Not a slug');
  await form.getByRole('button', { name: 'Create person' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(form.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(/Enter the person’s name/);
  await expect(form.getByLabel('TheyWorkForYou id (optional)')).toHaveAccessibleDescription(/Enter the TheyWorkForYou id as a whole number/);
  await expect(form.getByLabel('Slug (optional)')).toHaveAccessibleDescription(/Use lower-case letters, digits and single hyphens/);
  await expect(form.getByLabel('TheyWorkForYou id (optional)')).toHaveValue('twelve');
  await expect(form.getByLabel('Parliament member id (optional)')).not.toHaveAttribute('aria-invalid');

  // With the form's own rules met, the database's: member id 3924 is Yasmin Qureshi's.
  await form.getByLabel('Name', { exact: true }).fill(`Bea ${uniqueWord()}`);
  await form.getByLabel('TheyWorkForYou id (optional)').fill('');
  await form.getByLabel('Slug (optional)').fill('');
  await form.getByRole('button', { name: 'Create person' }).click();
  await expect(form.getByLabel('Parliament member id (optional)')).toHaveAccessibleDescription(/Member id 3924 already belongs to Yasmin Qureshi/);
  await expect(form.getByLabel('Parliament member id (optional)')).toHaveValue('3924');
});

test('a person with recorded votes cannot be deleted, and the page says to move their votes first', async ({ page }) => {
  await signIn(page, 'editor', '/admin/people?q=3924');
  await page.getByRole('link', { name: 'Yasmin Qureshi' }).click();
  const deletion = page.getByRole('region', { name: 'Delete this person' });
  // 1 vote in the seed, more while another test holds a copy of division 1666.
  await expect(deletion).toContainText(/This person cannot be deleted yet\. They have \d+ recorded votes?: remove or move their votes first/);
  await expect(deletion.getByRole('link', { name: /Delete person/ })).toHaveCount(0);
  // Her post is listed with a link to edit it.
  await expect(page.getByRole('region', { name: 'Posts' }).getByRole('link', { name: 'Shadow Minister for Women and Equalities' })).toBeVisible();
});
