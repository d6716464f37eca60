import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';

// The editors' queue of suggestions (issue 14): a departure the record suggests, confirmed, shows on the MP's page;
// a reader's report sent from a public page reaches the queue, is dismissed, and is never shown publicly.

test('a post that ended two days after its holder defied the whip is suggested, confirmed, and shown as left over the vote', async ({ page }) => {
  // Apsana Begum (4790) voted aye in division 1666 against Labour's recorded whip to abstain, and holds no post in the
  // seed. An editor enters a post of hers that ended on 17 Nov 2023, with no division linked and no reason known.
  await signIn(page, 'editor', '/admin/posts/new');
  const form = page.getByRole('form', { name: 'New post' });
  await form.getByRole('combobox', { name: 'Person' }).fill('4790');
  await form.getByLabel('Title of the post').fill('Shadow Minister for Suggestions');
  await form.getByLabel('Kind').selectOption('shadow_minister');
  await form.getByLabel('Side').selectOption('opposition');
  await form.getByLabel('Started (optional)').fill('2023-09-04');
  await form.getByLabel('Ended', { exact: true }).fill('2023-11-17');
  await form.getByRole('button', { name: 'Create post' }).click();
  await page.waitForURL(/\/admin\/posts\/\d+/);
  const postPage = new URL(page.url()).pathname;

  await page.goto('/admin/suggestions?kind=departure');
  await page.getByRole('button', { name: 'Look for new suggestions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Looked through the record' })).toBeVisible();
  const card = page.getByRole('article', { name: /Apsana Begum, Shadow Minister for Suggestions: division 1666/ });
  await expect(card).toContainText('voted aye (for) in division 1666 (15 Nov 2023)');
  await expect(card).toContainText('Labour’s recorded whip (reported by a source) was to abstain');
  await expect(card).toContainText('ended 17 Nov 2023, 2 days later');
  await expect(card.getByRole('link', { name: 'Division 1666 on the site' })).toHaveAttribute('href', '/divisions/1666');

  const confirm = card.getByRole('form', { name: /^Confirm / });
  // How it ended stays unknown unless the editor says: the default leaves it as recorded.
  await expect(confirm.getByLabel('How it ended')).toHaveValue('');
  await confirm.getByRole('button', { name: 'Confirm: left over this vote' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Suggestion #\d+ answered/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Apsana Begum, Shadow Minister for Suggestions/ })).toHaveCount(0);

  await page.goto('/admin/suggestions?kind=departure&status=confirmed');
  const confirmed = page.getByRole('article', { name: /Apsana Begum, Shadow Minister for Suggestions: division 1666/ });
  await expect(confirmed).toContainText('Confirmed by editor@e2e.test');
  await expect(confirmed.getByRole('link', { name: /change #\d+/ })).toBeVisible();

  // The public page, as any reader sees it.
  const reader = await page.context().browser()!.newPage();
  await reader.goto('/mps/4790');
  const post = reader.getByRole('region', { name: 'Posts held', exact: true }).getByRole('listitem').filter({ hasText: 'Shadow Minister for Suggestions' });
  await expect(post).toContainText(/left 17 Nov 2023 over division 1666/);
  await expect(post.getByRole('link', { name: 'division 1666' })).toHaveAttribute('href', '/divisions/1666');
  await reader.close();

  // Leave division 1666 with its ten departures, as other tests read it.
  await page.goto(postPage);
  await page.getByRole('link', { name: 'Delete post…' }).click();
  await page.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: /deleted/i })).toBeVisible();
});

test('a reader’s report from the division page reaches the queue, is dismissed, and is never shown publicly', async ({ page, browser }) => {
  const marker = `Report-${Date.now()}: the Labour whip note should cite the LabourList article`;
  await page.goto('/divisions/1666');
  await page.getByRole('link', { name: 'Report a mistake or add a source' }).click();
  await expect(page).toHaveURL(/\/report\?page=%2Fdivisions%2F1666$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a mistake or add a source');
  await expect(page.getByRole('link', { name: '/divisions/1666' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Report a mistake or add a source' });
  // The honeypot is out of sight, out of the tab order and out of the accessibility tree.
  const honeypot = form.locator('input[name="website"]');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).not.toBeInViewport();
  await expect(form.getByRole('textbox', { name: 'Leave this empty' })).toHaveCount(0);

  await form.getByLabel('A source (optional)').fill('javascript:alert(1)');
  await form.getByLabel('What is wrong, or what does the source show?').fill(marker);
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(form.getByLabel('A source (optional)')).toHaveAccessibleDescription(/Enter a web address starting with http:\/\/ or https:\/\//);
  await expect(form.getByLabel('What is wrong, or what does the source show?')).toHaveValue(marker);

  await form.getByLabel('A source (optional)').fill('https://labourlist.org/2023/11/parliament-ceasefire-vote-mps-labour-frontbench/');
  await form.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toHaveText('Thank you: an editor will look at it. Nothing changes on the site until they do.');

  // An editor finds it in the queue, with the page, the text and the source, and dismisses it.
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, 'editor', '/admin/suggestions');
  await editor.goto('/admin/suggestions?kind=reader_report');
  const card = editor.getByRole('article').filter({ hasText: marker });
  await expect(card.getByRole('heading')).toContainText('Reader’s report about /divisions/1666');
  await expect(card.getByRole('link', { name: 'The page reported (/divisions/1666)' })).toHaveAttribute('href', '/divisions/1666');
  await expect(card.getByRole('link', { name: /labourlist\.org/ })).toBeVisible();
  const dismiss = card.getByRole('form', { name: /^Dismiss / });
  await dismiss.getByLabel('Why dismiss it (optional)').fill('The note already cites LabourList');
  await dismiss.getByRole('button', { name: 'Dismiss' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /Suggestion #\d+ answered/ })).toBeVisible();
  await expect(editor.getByRole('article').filter({ hasText: marker })).toHaveCount(0);
  await editor.goto('/admin/suggestions?kind=reader_report&status=dismissed');
  await expect(editor.getByRole('article').filter({ hasText: marker })).toContainText('Dismissed by editor@e2e.test');
  await editorContext.close();

  // Nothing of it on the public page or in the API.
  await page.goto('/divisions/1666');
  await expect(page.getByRole('main')).not.toContainText(marker.slice(0, 20));
  const api = await page.request.get('/api/v1/divisions/1666');
  expect(api.ok()).toBe(true);
  expect(await api.text()).not.toContain(marker.slice(0, 20));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the report form still sends, as a plain form post', async ({ page }) => {
    await page.goto('/report?page=%2Fmps%2F3924');
    const form = page.getByRole('form', { name: 'Report a mistake or add a source' });
    await form.getByLabel('What is wrong, or what does the source show?').fill(`No-script report ${Date.now()}`);
    await form.getByRole('button', { name: 'Send report' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toHaveText(
      'Thank you: an editor will look at it. Nothing changes on the site until they do.',
    );
  });
});
