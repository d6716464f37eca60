import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { createPerson, uniqueWord } from './support/admin-records';

const SEAT = 'Ceredigion, 2010–2024 boundaries';

test('a suspended whip: the Independent period is refused while it overlaps, then added once the Labour one ends', async ({ page }) => {
  const name = `Cai ${uniqueWord()}`;
  await signIn(page, 'editor', '/admin/people');
  const personId = await createPerson(page, { name });

  await page.getByRole('link', { name: 'Add a membership' }).click();
  let form = page.getByRole('form', { name: 'New membership' });
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveValue(`${name} (#${personId})`);
  await form.getByLabel('Party').selectOption({ label: 'Labour (Lab)' });
  await form.getByLabel('Constituency').selectOption({ label: SEAT });
  await form.getByLabel('Started').fill('2019-12-12');
  await form.getByLabel('Ended (optional)', { exact: true }).fill('2024-05-30');
  await form.getByLabel('How it ended (optional)').fill('general election');
  await form.getByRole('button', { name: 'Create membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const labourPath = new URL(page.url()).pathname;

  // The whip is suspended on 20 Nov 2023: a new period as Independent overlaps the Labour one until it is ended.
  await page.goto(`/admin/memberships/new?person=${personId}`);
  form = page.getByRole('form', { name: 'New membership' });
  await form.getByLabel('Party').selectOption({ label: 'Independent (Ind)' });
  await form.getByLabel('Constituency').selectOption({ label: SEAT });
  await form.getByLabel('Started').fill('2023-11-20');
  await form.getByLabel('Ended (optional)', { exact: true }).fill('2024-05-30');
  await form.getByLabel('Sources').fill('https://example.org/whip-suspended - the whip was suspended');
  await form.getByRole('button', { name: 'Create membership' }).click();
  await expect(form.getByLabel('Started')).toHaveAccessibleDescription(
    /This overlaps their Labour period for Ceredigion from 2019-12-12 to 2024-05-30 \(membership #\d+\)\. End that period first/,
  );
  await expect(form.getByLabel('Started')).toHaveValue('2023-11-20');
  await expect(form.getByLabel('Party')).toHaveValue(/\d+/);

  await page.goto(labourPath);
  form = page.getByRole('form', { name: 'Edit membership' });
  await form.getByLabel('Ended (optional)', { exact: true }).fill('2023-11-20');
  await form.getByLabel('How it ended (optional)').fill('whip suspended');
  await form.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.goto(`/admin/memberships/new?person=${personId}`);
  form = page.getByRole('form', { name: 'New membership' });
  await form.getByLabel('Party').selectOption({ label: 'Independent (Ind)' });
  await form.getByLabel('Constituency').selectOption({ label: SEAT });
  await form.getByLabel('Started').fill('2023-11-20');
  await form.getByLabel('Ended (optional)', { exact: true }).fill('2024-05-30');
  await form.getByRole('button', { name: 'Create membership' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.getByRole('link', { name: `Back to ${name}` }).click();
  const periods = page.getByRole('region', { name: 'Party and seat over time' }).getByRole('listitem');
  await expect(periods).toHaveText([
    'Independent, Ceredigion: 20 Nov 2023 to 30 May 2024',
    'Labour, Ceredigion: 12 Dec 2019 to 20 Nov 2023 (whip suspended)',
  ]);
});

test('the membership form shows each error beside its field and keeps what was typed', async ({ page }) => {
  await signIn(page, 'editor', '/admin/memberships/new');
  const form = page.getByRole('form', { name: 'New membership' });
  await form.getByLabel('Started').fill('2023-02-30');
  await form.getByLabel('Sources').fill('not a web address');
  await form.getByRole('button', { name: 'Create membership' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveAccessibleDescription(/Choose the person/);
  await expect(form.getByLabel('Party')).toHaveAccessibleDescription(/Choose the party/);
  await expect(form.getByLabel('Started')).toHaveAccessibleDescription(/The start date must be a real date, like 15\/11\/2023/);
  await expect(form.getByLabel('Sources')).toHaveAccessibleDescription(/Line 1 does not start with a web address/);
  await expect(form.getByLabel('Started')).toHaveValue('2023-02-30');
  await expect(form.getByLabel('Sources')).toHaveValue('not a web address');

  await form.getByLabel('Started').fill('2023-11-20');
  await form.getByLabel('Ended (optional)', { exact: true }).fill('2023-11-01');
  await form.getByRole('button', { name: 'Create membership' }).click();
  await expect(form.getByLabel('Ended (optional)', { exact: true })).toHaveAccessibleDescription(/The period cannot end before it starts/);
  await expect(form.getByLabel('Started')).not.toHaveAttribute('aria-invalid');
  await expect(form.getByLabel('Ended (optional)', { exact: true })).toHaveValue('2023-11-01');
});
