import { expect, test } from '@playwright/test';
import { signIn } from './support/accounts';
import { seriousViolations } from './support/axe';

// axe-core on the admin pages for people, memberships, stances and topics, including forms showing errors.

test('the admin pages for people, memberships, stances and topics have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'editor', '/admin/people?q=qureshi');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Yasmin Qureshi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit person: Yasmin Qureshi');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('region', { name: 'Party and seat over time' }).getByRole('listitem').getByRole('link').first().click();
  await expect(page.getByRole('form', { name: 'Edit membership' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  for (const path of ['/admin/stances/new', '/admin/memberships/new', '/admin/topics/new']) {
    await page.goto(path);
    await page.getByRole('form').filter({ has: page.getByRole('button', { name: /^Create/ }) }).getByRole('button', { name: /^Create/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: /There (is a problem|are problems)/ })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }

  await page.goto('/admin/topics');
  await page.getByRole('link', { name: 'Gaza: immediate ceasefire' }).click();
  await expect(page.getByRole('table', { name: 'Divisions linked to this topic' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
