import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { createPerson, createTopic, uniqueMemberId, uniqueWord } from './support/admin-records';

test('an editor adds a stance and its quote shows on the public MP page at once', async ({ page }) => {
  const word = uniqueWord();
  const memberId = uniqueMemberId();
  const quote = `I will vote to keep the ${word} library open.`;
  await signIn(page, 'editor', '/admin/topics');
  const topic = `Libraries: keep ${word} open`;
  await createTopic(page, topic);
  const personId = await createPerson(page, { name: `Dee ${word}`, parliamentId: memberId });

  await page.getByRole('link', { name: 'Add a stance' }).click();
  const form = page.getByRole('form', { name: 'New stance' });
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveValue(`Dee ${word} (${memberId})`);
  await form.getByLabel('Topic').selectOption({ label: topic });
  await form.getByLabel('Position').selectOption('supports');
  await form.getByLabel('Short label').fill('supports keeping the library open');
  await form.getByLabel('Quote (optional)').fill(quote);
  await form.getByLabel('Date said (optional)').fill('2024-02-01');
  await form.getByLabel('Kind').selectOption('social_post');
  await form.getByLabel('Source', { exact: true }).fill('https://example.org/posts/library');
  await form.getByRole('button', { name: 'Create stance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  // The speaker defaults to the person's name.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit stance: Dee ${word}`);

  await page.goto(`/mps/${memberId}`);
  const said = page.getByRole('region', { name: 'What they said', exact: true });
  await expect(said.getByRole('blockquote')).toHaveText(quote);
  await expect(said).toContainText('social media post, 1 Feb 2024. Source: example.org');

  await page.goto(`/admin/people/${personId}`);
  await expect(page.getByRole('region', { name: 'What they said (stances)' }).getByRole('link', { name: 'supports keeping the library open' })).toBeVisible();
});

test('the stance form shows each error beside its field and keeps what was typed', async ({ page }) => {
  await signIn(page, 'editor', '/admin/stances/new');
  const form = page.getByRole('form', { name: 'New stance' });
  await form.getByLabel('Quote (optional)').fill('Words worth keeping.');
  await form.getByLabel('Date said (optional)').fill('2023-02-30');
  await form.getByLabel('Source', { exact: true }).fill('www.example.org/no-scheme');
  await form.getByRole('button', { name: 'Create stance' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Person' })).toHaveAccessibleDescription(/Choose the person who said it, or a party for a party line/);
  await expect(form.getByLabel('Topic')).toHaveAccessibleDescription(/Choose the topic/);
  await expect(form.getByLabel('Short label')).toHaveAccessibleDescription(/Enter a short label/);
  await expect(form.getByLabel('Date said (optional)')).toHaveAccessibleDescription(/Date said must be a real date, like 15\/11\/2023/);
  await expect(form.getByLabel('Source', { exact: true })).toHaveAccessibleDescription(/Enter a web address starting with http:\/\/ or https:\/\//);
  await expect(form.getByLabel('Quote (optional)')).not.toHaveAttribute('aria-invalid');
  await expect(form.getByLabel('Quote (optional)')).toHaveValue('Words worth keeping.');
  await expect(form.getByLabel('Date said (optional)')).toHaveValue('2023-02-30');
  await expect(form.getByLabel('Source', { exact: true })).toHaveValue('www.example.org/no-scheme');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a stance can be added with the person typed by name, and a bad address is still shown beside its field', async ({ page }) => {
    const word = uniqueWord();
    await signIn(page, 'editor', '/admin/people');
    const topic = `Bus lanes: ${word}`;
    await createTopic(page, topic);
    const personId = await createPerson(page, { name: `Eve ${word}` });

    await page.goto('/admin/stances/new');
    const form = page.getByRole('form', { name: 'New stance' });
    await form.getByRole('combobox', { name: 'Person' }).fill(`eve ${word.toLowerCase()}`);
    await form.getByLabel('Topic').selectOption({ label: topic });
    await form.getByLabel('Position').selectOption('other');
    await form.getByLabel('Short label').fill('asked a question without taking a side');
    await form.getByLabel('Kind').selectOption('speech');
    await form.getByLabel('Source', { exact: true }).fill('example.org/speech');
    await form.getByRole('button', { name: 'Create stance' }).click();
    await expect(form.getByLabel('Source', { exact: true })).toHaveAccessibleDescription(/Enter a web address starting with http:\/\/ or https:\/\//);
    await expect(form.getByLabel('Short label')).toHaveValue('asked a question without taking a side');

    await form.getByLabel('Source', { exact: true }).fill('https://example.org/speech');
    await form.getByRole('button', { name: 'Create stance' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Back to Eve ${word} (#${personId})` })).toHaveAttribute('href', `/admin/people/${personId}`);
  });
});
