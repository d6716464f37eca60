import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { createPerson, createTopic, deleteTestDivision, uniqueMemberId, uniqueWord } from './support/admin-records';

// Forms that help: dates typed the British way, an error summary that takes the focus and lists the errors in
// the form's order, a free vote's strength cleared rather than refused, and an upload's problem in plain words.

// Another copy of division 1666, with its own official id, day and number, so that the whip set here touches
// no record another test reads; deleted again at the end.
const CONSTRUCTED = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/commons-votes-constructed-division.json'), 'utf8'));
const FORMS_DIVISION = {
  ...CONSTRUCTED,
  DivisionId: 990014,
  Number: 114,
  Date: '2023-11-17T15:00:00',
  PublicationUpdated: '2023-11-17T16:00:00',
  Title: 'Constructed test division for the admin forms: copy of division 1666',
};
const asFile = (name: string, record: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(record)) });

test('a statement dated 15/11/2023 is saved as 15 November 2023', async ({ page }) => {
  const word = uniqueWord();
  const memberId = uniqueMemberId();
  await signIn(page, 'editor', '/admin/topics');
  const topic = `Forms: dates for ${word}`;
  await createTopic(page, topic);
  await createPerson(page, { name: `Dana ${word}`, parliamentId: memberId });

  await page.getByRole('link', { name: 'Add a stance' }).click();
  const form = page.getByRole('form', { name: 'New stance' });
  await form.getByLabel('Topic').selectOption({ label: topic });
  await form.getByLabel('Position').selectOption('supports');
  await form.getByLabel('Short label').fill('supports dates the British way');
  const date = form.getByLabel('Date said (optional)');
  await expect(date).toHaveAccessibleDescription(/For example, 15\/11\/2023/);
  await date.fill('15/11/2023');
  await form.getByLabel('Kind').selectOption('statement');
  await form.getByLabel('Source', { exact: true }).fill('https://example.org/forms/dates');
  await form.getByRole('button', { name: 'Create stance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // The saved date shows the British way in the form, and as a date on the public page.
  await expect(page.getByRole('form', { name: 'Edit stance' }).getByLabel('Date said (optional)')).toHaveValue('15/11/2023');
  await page.goto(`/mps/${memberId}`);
  await expect(page.getByRole('region', { name: 'What they said', exact: true })).toContainText('statement, 15 Nov 2023');
});

test('a failed save moves the focus to the error summary, whose links follow the form and go to each field', async ({ page }) => {
  await signIn(page, 'editor', '/admin/posts/new');
  const form = page.getByRole('form', { name: 'New post' });
  await form.getByLabel('Title of the post').fill('Shadow Minister for Forms');
  await form.getByLabel('Started (optional)').fill('31/02/2023');
  await form.getByLabel('How it ended', { exact: true }).selectOption('resigned');
  await form.getByRole('button', { name: 'Create post' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  // In the order the fields come in the form, the end date's cross-check included.
  await expect(summary.getByRole('link')).toHaveText([
    /Choose the person who held the post/,
    /Choose the kind of post/,
    /Choose the side/,
    'The start date must be a real date, like 15/11/2023 (“31/02/2023” is not a day on the calendar)',
    /Enter the date the post ended/,
  ]);
  await summary.getByRole('link', { name: /The start date must be a real date/ }).click();
  await expect(form.getByLabel('Started (optional)')).toBeFocused();
  await expect(form.getByLabel('Started (optional)')).toHaveValue('31/02/2023');
  await expect(form.getByLabel('Title of the post')).toHaveValue('Shadow Minister for Forms');

  // A second failed save takes the focus back to the summary.
  await form.getByRole('button', { name: 'Create post' }).click();
  await expect(page.locator('[data-error-summary]')).toBeFocused();
});

test('a free vote saved with a strength still chosen is saved without it, and the editor is told', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor', '/admin/divisions/upload');
  await deleteTestDivision(page, 990014, /^Constructed test division for the admin forms/);
  await page.goto('/admin/divisions/upload');
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  await upload.getByLabel('Division file (JSON)').setInputFiles(asFile('forms-division.json', FORMS_DIVISION));
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Division 990014' });
  await expect(result).toBeVisible({ timeout: 20_000 });
  await result.getByRole('link', { name: 'Set its whips' }).click();

  await page.getByRole('link', { name: 'Set Labour’s whip' }).click();
  const form = page.getByRole('form', { name: 'Set a whip' });
  // The form is drawn afresh for the party chosen: wait for it before choosing.
  await expect(form.getByLabel('Party')).toHaveValue(/\d+/);
  await form.getByLabel('Whip', { exact: true }).selectOption('free');
  await form.getByLabel('Strength').selectOption('3');
  await form.getByLabel('Basis').selectOption('inferred');
  await form.getByRole('button', { name: 'Save whip' }).click();

  await expect(page).toHaveURL(/\/whips\?saved=\d+&cleared=strength$/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved Labour’s whip' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Strength cleared: a free vote has no whip strength.' })).toBeVisible();
  const labour = page
    .getByRole('table', { name: 'Each party’s whip and its rebels' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) });
  await expect(labour).toContainText(/free vote/i);
  await expect(labour).not.toContainText('three-line');

  await deleteTestDivision(page, 990014, /^Constructed test division for the admin forms/);
});

test('an upload with no date for the division says so in plain words', async ({ page }) => {
  await signIn(page, 'editor', '/admin/divisions/upload');
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  const undated: Record<string, unknown> = { ...FORMS_DIVISION };
  delete undated.Date;
  await upload.getByLabel('Division file (JSON)').setInputFiles(asFile('undated.json', undated));
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('undated.json was not loaded: nothing was written.');
  await expect(summary.getByRole('link')).toHaveText(['undated.json: The file has no date for the division (field Date)']);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await expect(upload.getByLabel('Division file (JSON)')).toHaveAccessibleDescription(/The file has no date for the division \(field Date\)/);
  await expect(page.getByText('Invalid input')).toHaveCount(0);
});
