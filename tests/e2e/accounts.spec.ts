import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/accounts';

// An admin manages an account from creation to disabling, while its owner uses it in another browser.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const email = `new-editor-${stamp}@e2e.test`;
const name = `New Editor ${stamp}`;
const FIRST_PASSWORD = 'first-password-for-e2e';
const SECOND_PASSWORD = 'second-password-for-e2e';

let admin: Page;
let owner: Page;
let accountPath = '';

async function signInAs(page: Page, address: string, password: string) {
  await page.goto('/login?next=%2Fadmin');
  await page.getByLabel('Email address').fill(address);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function newPage(browser: Browser, baseURL: string | undefined) {
  return (await browser.newContext({ baseURL })).newPage();
}

test.beforeAll(async ({ browser, baseURL }) => {
  admin = await newPage(browser, baseURL);
  owner = await newPage(browser, baseURL);
  await signIn(admin, 'admin', '/admin/accounts');
});

test.afterAll(async () => {
  await admin.context().close();
  await owner.context().close();
});

test('the accounts page lists every account with its role and status', async () => {
  await admin.goto('/admin/accounts');
  const table = admin.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Email', 'Name', 'Role', 'Status', 'Created']);
  const editorRow = table.getByRole('row').filter({ has: admin.getByRole('link', { name: 'editor@e2e.test', exact: true }) });
  await expect(editorRow.getByRole('cell')).toHaveText(['editor', 'editor', 'Active', /\d{4}/]);
  await expect(table.getByRole('row').filter({ hasText: 'admin@e2e.test' })).toContainText('(you)');
});

test('an admin creates an account; a duplicate email is refused, keeping what was typed except the password', async () => {
  await admin.goto('/admin/accounts');
  await admin.getByRole('link', { name: 'Add an account' }).click();
  const form = admin.getByRole('form', { name: 'New account' });
  await form.getByLabel('Email address').fill('Editor@e2e.test');
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Role').selectOption('editor');
  await form.getByLabel('First password', { exact: true }).fill(FIRST_PASSWORD);
  await form.getByLabel('First password again').fill(FIRST_PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();

  await expect(admin.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
  await expect(form.getByLabel('Email address')).toHaveAccessibleDescription(/An account with this email address already exists/);
  await expect(form.getByLabel('Email address')).toHaveValue('Editor@e2e.test');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(form.getByLabel('First password', { exact: true })).toHaveValue('');
  expect(await admin.content()).not.toContain(FIRST_PASSWORD);

  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('First password', { exact: true }).fill(FIRST_PASSWORD);
  await form.getByLabel('First password again').fill(FIRST_PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Account created/);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(email);
  const history = admin.getByRole('region', { name: 'Changes to this account' });
  await expect(history).toContainText(/Account .*: created/);
  await expect(history).toContainText('By admin@e2e.test');
  accountPath = new URL(admin.url()).pathname;

  await signInAs(owner, email, FIRST_PASSWORD);
  await owner.waitForURL((url) => url.pathname === '/admin');
  await expect(owner.getByText(`Signed in as ${email} (editor)`)).toBeVisible();
});

test('resetting the password signs the owner out; the old password stops working and the new one works', async () => {
  await admin.goto(accountPath);
  await expect(admin.getByText('In 1 browser')).toBeVisible();
  const form = admin.getByRole('form', { name: 'Reset password' });
  await form.getByLabel('New password', { exact: true }).fill(SECOND_PASSWORD);
  await form.getByLabel('New password again').fill(SECOND_PASSWORD);
  await form.getByRole('button', { name: 'Set new password' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Password changed/);
  await expect(admin.getByText('Nowhere')).toBeVisible();

  await owner.reload();
  await expect(owner).toHaveURL((url) => url.pathname === '/login');
  await signInAs(owner, email, FIRST_PASSWORD);
  await expect(owner.getByLabel('Password')).toHaveAccessibleDescription(/The email address or password is not right/);
  await signInAs(owner, email, SECOND_PASSWORD);
  await owner.waitForURL((url) => url.pathname === '/admin');
});

test('disabling the account signs it out and stops it signing in; enabling lets it back', async () => {
  await admin.goto(accountPath);
  const disable = admin.getByRole('form', { name: 'Disable account' });
  await disable.getByLabel('Why (optional)').fill('Testing disabling');
  await disable.getByRole('button', { name: 'Disable account' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Account disabled/);

  await owner.reload();
  await expect(owner).toHaveURL((url) => url.pathname === '/login');
  await signInAs(owner, email, SECOND_PASSWORD);
  await expect(owner.getByRole('alert').filter({ hasText: 'This account is disabled. Ask an admin to enable it.' })).toBeVisible();

  await admin.goto('/admin/accounts');
  await expect(admin.getByRole('row').filter({ hasText: email })).toContainText('Disabled');
  await admin.getByRole('link', { name: email }).click();
  await admin.getByRole('form', { name: 'Enable account' }).getByRole('button', { name: 'Enable account' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Account enabled/);
  await signInAs(owner, email, SECOND_PASSWORD);
  await owner.waitForURL((url) => url.pathname === '/admin');
});

test('making the account an admin gives it the accounts section on its next page', async () => {
  await owner.goto('/admin');
  await expect(owner.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
  await admin.goto(accountPath);
  const form = admin.getByRole('form', { name: 'Change role' });
  await form.getByLabel('Role').selectOption('admin');
  await form.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.getByRole('status')).toHaveText(/Role changed/);

  await owner.reload();
  await owner.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Accounts');
});

test('an admin cannot disable or demote themselves, and is told why', async () => {
  await admin.goto('/admin/accounts');
  await admin.getByRole('link', { name: 'admin@e2e.test' }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('admin@e2e.test');
  await expect(admin.getByText(/You cannot change your own role/)).toBeVisible();
  await expect(admin.getByText(/You cannot disable your own account/)).toBeVisible();
  await expect(admin.getByRole('form', { name: 'Change role' })).toHaveCount(0);
  await expect(admin.getByRole('form', { name: 'Disable account' })).toHaveCount(0);
});
