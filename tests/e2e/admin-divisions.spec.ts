import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/accounts';
import { deleteTestDivision } from './support/admin-records';

// A constructed copy of division 1666 (official id 990001, a day later, same members and votes), so that
// this file's writes never touch the record other tests read.
const FIXTURE = path.join(process.cwd(), 'tests/fixtures/commons-votes-constructed-division.json');

const labourRow = (page: Page) =>
  page
    .getByRole('table', { name: 'How each party voted (tellers included)' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) });

/** A server reused from an earlier run may still hold the constructed division: delete it first. */
test('an editor uploads a division file, sets Labour’s whip to abstain, and the public page shows 56 Labour rebels', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin/divisions');
  await deleteTestDivision(page, 990001, /^Constructed test division/);

  await page.goto('/admin/divisions');
  await page.getByRole('link', { name: 'Upload an official division file' }).click();
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  await upload.getByLabel('Division file (JSON)').setInputFiles(FIXTURE);
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Division 990001' });
  await expect(summary).toContainText('Division 990001: new (650 votes)', { timeout: 20_000 });
  await expect(summary).toContainText('note: NoCount: official count 293 but 294 names recorded in Noes');
  await expect(summary).toContainText('1 file(s): 1 new, 0 changed, 0 unchanged, 0 skipped, 0 failed.');

  const whipsLink = summary.getByRole('link', { name: 'Set its whips' });
  await expect(whipsLink).toHaveAttribute('href', /^\/admin\/divisions\/\d+\/whips$/);
  const whipsPage = (await whipsLink.getAttribute('href')) ?? '';

  // No whip recorded, and 56 of 197 Labour MPs voted: too few to infer one, so none of its 56 ayes is called a rebel.
  await summary.getByRole('link', { name: 'See the public page' }).click();
  await expect(page).toHaveURL(/\/divisions\/990001$/, { timeout: 15_000 });
  await expect(labourRow(page).getByRole('cell')).toHaveText([
    // 197 Labour MPs on the seeded record; members other tests add through the forms may be counted too.
    /^No whip known: none recorded, and none can be inferred: only 56 of 19\d Labour MPs voted \(a party that mostly stays away may have been told to abstain\)$/,
    '0',
    '56',
    '0',
    '0',
    '141',
  ]);
  // A reader's repeat visit is answered from the page cache (polled: another test's commit empties it); the editor's
  // own visits, with their Edit links, never are…
  await expect.poll(async () => (await request.get('/divisions/990001')).headers()['x-cache']).toBe('HIT');
  expect((await page.goto('/divisions/990001'))?.headers()['x-cache']).toBeUndefined();

  await page.goto(whipsPage);
  await page.getByRole('link', { name: 'Set Labour’s whip' }).click();
  const form = page.getByRole('form', { name: 'Set a whip' });
  await expect(form.getByLabel('Party')).toHaveValue(/\d+/);
  await form.getByLabel('Whip', { exact: true }).selectOption('abstain');
  await form.getByLabel('Strength').selectOption('3');
  await form.getByLabel('Basis').selectOption('reported');
  await form.getByLabel('Sources').fill('https://www.bbc.co.uk/news/uk-politics-67438901 - BBC: Labour MPs told to abstain');
  await form.getByRole('button', { name: 'Save whip' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved Labour’s whip' });
  await expect(saved).toContainText('abstain (three-line whip, reported)');
  await expect(saved).toContainText('By the rules, 56 Labour members defied it.');
  const whipsTable = page.getByRole('table', { name: 'Each party’s whip and its rebels' });
  await expect(whipsTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Labour', exact: true }) })).toContainText('Abstain');

  // …and a reader's first visit after the save is made afresh: the edit shows at once.
  expect((await request.get('/divisions/990001')).headers()['x-cache']).toBe('MISS');
  await page.goto('/divisions/990001');
  await expect(labourRow(page).getByRole('cell')).toHaveText(['Abstainthree-line whip, reported', '56', '56', '0', '0', '141']);
  const rebels = page.getByRole('region', { name: 'Rebels: who defied their party’s whip' });
  const labourRebels = rebels.getByRole('region', { name: 'Labour 56 rebels', exact: true });
  await expect(labourRebels.getByRole('listitem')).toHaveCount(56);
  await expect(labourRebels).toContainText('Whip: abstain (three-line whip, reported).');

  // Removing the whip first says what it does to the rebels, then does it.
  await page.goto(whipsPage);
  await page.getByRole('link', { name: 'Remove Labour’s whip…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete this whip?');
  await expect(page.getByText('56 Labour members are counted as defying it now. With it gone no whip is known for Labour')).toBeVisible();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Whip removed' })).toBeVisible();
  await page.goto('/divisions/990001');
  await expect(labourRow(page).getByRole('cell').nth(1)).toHaveText('0');

  // Leave nothing behind: the deletion takes the votes and the whip with it, and the public page goes.
  await deleteTestDivision(page, 990001, /^Constructed test division/);
  expect((await page.goto('/divisions/990001'))?.status()).toBe(404);
});

test('the division form shows each error beside its field, keeps the input, and sends a duplicate to the one that exists', async ({ page }) => {
  await signIn(page, 'editor', '/admin/divisions/new');
  const form = page.getByRole('form', { name: 'New division' });
  await form.getByLabel('Official id (optional)').fill('1666');
  await form.getByLabel('Ayes (official count)').fill('-5');
  await form.getByLabel('Hansard web address (optional)').fill('not a web address');
  await form.getByRole('button', { name: 'Create division' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(form.getByLabel('Date and time')).toHaveAccessibleDescription(/Enter the date and time of the division/);
  await expect(form.getByLabel('Official title')).toHaveAccessibleDescription(/Enter the official title/);
  await expect(form.getByLabel('Ayes (official count)')).toHaveAccessibleDescription(/a whole number \(0 or more\)/);
  await expect(form.getByLabel('Hansard web address (optional)')).toHaveAccessibleDescription(/Enter a web address starting with http/);
  await expect(form.getByLabel('Ayes (official count)')).toHaveValue('-5');
  await expect(form.getByLabel('Official id (optional)')).toHaveValue('1666');
  await expect(form.getByLabel('Official id (optional)')).not.toHaveAttribute('aria-invalid');

  await form.getByLabel('Date and time').fill('2023-11-16T10:00');
  await form.getByLabel('Number in the session').fill('1');
  await form.getByLabel('Official title').fill('A second division 1666');
  await form.getByLabel('Ayes (official count)').fill('1');
  await form.getByLabel('Noes (official count)').fill('2');
  await form.getByLabel('Hansard web address (optional)').fill('');
  await form.getByRole('button', { name: 'Create division' }).click();
  await expect(form.getByLabel('Official id (optional)')).toHaveAccessibleDescription(/Division 1666 already exists: edit it instead/);
  await form.getByRole('link', { name: 'Edit division 1666 instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit division');
  await expect(page.getByRole('form', { name: 'Edit division' }).getByLabel('Official id (optional)')).toHaveValue('1666');
});

test('a bad upload, a bad CSV, a bad correction and a bad whip each show their errors beside the field', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor', '/admin/divisions/upload');
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  await upload.getByLabel('Division file (JSON)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"DivisionId": 1,') });
  await upload.getByLabel('Why you are making this change (optional)').fill('Trying a broken file');
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('broken.json was not loaded: nothing was written.');
  await expect(upload.getByLabel('Division file (JSON)')).toHaveAccessibleDescription(/The file is not a division record: it is not valid JSON/);
  await expect(upload.getByLabel('Why you are making this change (optional)')).toHaveValue('Trying a broken file');

  await page.goto('/admin/divisions?q=1666');
  await page.getByRole('link', { name: /immediate ceasefire/ }).click();
  await page.getByRole('navigation', { name: 'This division' }).getByRole('link', { name: 'Votes' }).click();
  await page.getByRole('link', { name: 'Paste votes as CSV' }).click();
  const paste = page.getByRole('form', { name: 'Paste votes' });
  const csv = 'member_id,vote\n3924,maybe\n999999,aye';
  await paste.getByLabel('Votes (CSV)').fill(csv);
  await paste.getByRole('button', { name: 'Save votes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The CSV has' })).toContainText('The CSV has 2 problems: nothing was written.');
  await expect(paste.getByLabel('Votes (CSV)')).toHaveAccessibleDescription(/Line 2: “maybe” is not a vote.*Line 3: no member has the Parliament id 999999/);
  await expect(paste.getByLabel('Votes (CSV)')).toHaveValue(csv);

  await page.getByRole('navigation', { name: 'This division' }).getByRole('link', { name: 'Votes' }).click();
  const correct = page.getByRole('form', { name: 'Correct a vote' });
  await correct.getByLabel('Vote', { exact: true }).selectOption('absent');
  await correct.getByLabel('Teller').check();
  await correct.getByLabel('Proxy (optional)').fill('Someone');
  await correct.getByRole('button', { name: 'Save vote' }).click();
  await expect(correct.getByRole('combobox', { name: 'Member' })).toHaveAccessibleDescription(/Choose the member whose vote to correct/);
  await expect(correct.getByLabel('Teller')).toHaveAccessibleDescription(/A teller told for a lobby/);
  await expect(correct.getByLabel('Teller')).toBeChecked();
  await expect(correct.getByLabel('Proxy (optional)')).toHaveValue('Someone');

  await page.getByRole('navigation', { name: 'This division' }).getByRole('link', { name: 'Whips' }).click();
  const whip = page.getByRole('form', { name: 'Set a whip' });
  await whip.getByLabel('Whip', { exact: true }).selectOption('free');
  await whip.getByLabel('Strength').selectOption('3');
  await whip.getByLabel('Basis').selectOption('reported');
  await whip.getByLabel('Public note (optional)').fill('Checking the errors');
  await whip.getByRole('button', { name: 'Save whip' }).click();
  await expect(whip.getByLabel('Party')).toHaveAccessibleDescription(/Choose the party/);
  await expect(whip.getByLabel('Sources')).toHaveAccessibleDescription(/A reported whip needs a source/);
  await expect(whip.getByLabel('Public note (optional)')).toHaveValue('Checking the errors');
  await expect(whip.getByLabel('Whip', { exact: true })).toHaveValue('free');
});

test('a file over the upload’s 5 MB limit is refused beside the field: before sending, and without JavaScript after', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const tooLarge = { name: 'too-large.json', mimeType: 'application/json', buffer: Buffer.alloc(5_000_001, 0x20) };
  const message = /The file is too large for one division record \(at most 5 MB\)/;
  await signIn(page, 'editor', '/admin/divisions/upload');
  const upload = page.getByRole('form', { name: 'Upload a division file' });
  const field = upload.getByLabel('Division file (JSON)');

  // With JavaScript the browser says so as soon as the file is chosen, and the form does not send it.
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await field.setInputFiles(tooLarge);
  await expect(field).toHaveAccessibleDescription(message);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await upload.getByRole('button', { name: 'Upload and load the division' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(message);
  expect(posts).toEqual([]);

  // A file within the limit clears the message.
  await field.setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(field).not.toHaveAttribute('aria-invalid');

  // Without JavaScript the file is sent, and the server's own check answers on the form, not with an error page.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await noScript.newPage();
    await plain.goto('/admin/divisions/upload');
    const form = plain.getByRole('form', { name: 'Upload a division file' });
    await form.getByLabel('Division file (JSON)').setInputFiles(tooLarge);
    await form.getByRole('button', { name: 'Upload and load the division' }).click();
    await expect(plain.getByRole('form', { name: 'Upload a division file' }).getByLabel('Division file (JSON)')).toHaveAccessibleDescription(message, {
      timeout: 20_000,
    });
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Upload an official division file');
  } finally {
    await noScript.close();
  }
});
