'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { recordAccountChange, type AccountSnapshot } from '@/db/mutations/accounts';
import { accountExistsWithEmail, getAccount, type AccountRow } from '@/db/queries/accounts';
import { getAuth, requireAdmin, type Editor } from '@/lib/auth/server';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import {
  accountStatusSchema,
  changeRoleSchema,
  createAccountSchema,
  NOT_YOURSELF_DISABLE,
  NOT_YOURSELF_ROLE,
  PASSWORD_FIELDS,
  resetPasswordSchema,
} from '@/lib/validation/account-admin';

// Managing accounts is for admins only. Each action checks that itself (an editor gets 403), then Better
// Auth's admin plugin checks the caller's role again, because the calls carry the request's headers.

const DUPLICATE_EMAIL = 'An account with this email address already exists.';
const GONE = 'This account no longer exists.';

/** The submitted values minus any password, which is never sent back to the browser. */
function withoutPasswords(values: Record<string, string> | undefined): Record<string, string> {
  const kept = { ...values };
  for (const field of PASSWORD_FIELDS) delete kept[field];
  return kept;
}

function refusedForm(state: FormState): FormState {
  return { ...state, values: withoutPasswords(state.values) };
}

const actorOf = (admin: Editor) => ({ id: admin.id, label: admin.email });
type AccountState = Pick<AccountRow, 'email' | 'name' | 'role' | 'isDisabled'>;

const snapshot = (a: AccountState): AccountSnapshot => ({
  email: a.email,
  name: a.name,
  role: a.role,
  disabled: a.isDisabled,
});

/**
 * Better Auth's refusals as a form message. A caller who has lost the admin role, or their session, since
 * the check above is refused the way requireAdmin would; anything unexpected goes to the error page.
 */
function refusal(error: unknown, values: Record<string, string>): FormState {
  if (!(error instanceof APIError)) throw error;
  const code = typeof error.body?.code === 'string' ? error.body.code : '';
  if (error.status === 'UNAUTHORIZED') redirect('/login?next=%2Fadmin%2Faccounts');
  if (error.status === 'FORBIDDEN') forbidden();
  if (code.startsWith('USER_ALREADY_EXISTS')) return invalid(values, { email: [DUPLICATE_EMAIL] });
  if (code === 'USER_NOT_FOUND') return invalid(values, {}, GONE);
  if (code === 'YOU_CANNOT_BAN_YOURSELF') return invalid(values, {}, NOT_YOURSELF_DISABLE);
  if (code === 'PASSWORD_TOO_SHORT' || code === 'PASSWORD_TOO_LONG') return invalid(values, { password: [error.message] });
  throw error;
}

/**
 * The tail every change to an existing account shares: ask Better Auth (which checks the admin again),
 * keep the change as a revision, and go back to the account's page saying what was done.
 */
async function applyAccountChange(
  admin: Editor,
  change: {
    userId: string;
    values: Record<string, string>;
    before: AccountState;
    after: AccountState;
    reason?: string | null;
    done: string;
    call: (requestHeaders: Headers) => Promise<unknown>;
  },
): Promise<FormState> {
  try {
    await change.call(await headers());
  } catch (error) {
    return refusal(error, change.values);
  }
  recordAccountChange(getDb(), {
    actor: actorOf(admin),
    userId: change.userId,
    action: 'update',
    before: snapshot(change.before),
    after: snapshot(change.after),
    reason: change.reason,
  });
  redirect(`/admin/accounts/${encodeURIComponent(change.userId)}?done=${change.done}`);
}

/** Creates an account with a first password that the admin passes on to its owner. */
export async function createAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/accounts/new');
  const parsed = parseForm(createAccountSchema, formData);
  if (!parsed.ok) return refusedForm(parsed.state);
  const values = withoutPasswords(parsed.values);
  const { email, name, role, password } = parsed.data;
  if (accountExistsWithEmail(email)) return invalid(values, { email: [DUPLICATE_EMAIL] });

  let userId: string;
  try {
    const { user } = await getAuth().api.createUser({ body: { email, name, role, password }, headers: await headers() });
    userId = user.id;
  } catch (error) {
    return refusal(error, values);
  }
  recordAccountChange(getDb(), {
    actor: actorOf(admin),
    userId,
    action: 'create',
    before: null,
    after: snapshot({ email, name, role, isDisabled: false }),
  });
  redirect(`/admin/accounts/${encodeURIComponent(userId)}?done=created`);
}

/** Makes an account an editor or an admin. Takes effect on the account's next request. */
export async function changeRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/accounts');
  const parsed = parseForm(changeRoleSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const { userId, role } = parsed.data;
  if (userId === admin.id) return invalid(values, { role: [NOT_YOURSELF_ROLE] }, NOT_YOURSELF_ROLE);
  const before = getAccount(userId);
  if (!before) return invalid(values, {}, GONE);
  if (before.role === role) redirect(`/admin/accounts/${encodeURIComponent(userId)}`);

  return applyAccountChange(admin, {
    userId,
    values,
    before,
    after: { ...before, role },
    done: 'role',
    call: (requestHeaders) => getAuth().api.setRole({ body: { userId, role }, headers: requestHeaders }),
  });
}

/**
 * Sets a new password and ends the account's sessions, so that whoever knew the old one is signed out.
 * An admin resetting their own password keeps the session they are using and loses the others.
 */
export async function resetPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/accounts');
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.ok) return refusedForm(parsed.state);
  const values = withoutPasswords(parsed.values);
  const { userId, password } = parsed.data;
  const account = getAccount(userId);
  if (!account) return invalid(values, {}, GONE);

  return applyAccountChange(admin, {
    userId,
    values,
    before: account,
    after: account,
    reason: 'Password reset by an admin; the account was signed out everywhere.',
    done: 'password',
    call: async (requestHeaders) => {
      await getAuth().api.setUserPassword({ body: { userId, newPassword: password }, headers: requestHeaders });
      if (userId === admin.id) await getAuth().api.revokeOtherSessions({ headers: requestHeaders });
      else await getAuth().api.revokeUserSessions({ body: { userId }, headers: requestHeaders });
    },
  });
}

/** Disables an account: it cannot sign in, and its sessions end at once. */
export async function disableAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/accounts');
  const parsed = parseForm(accountStatusSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const { userId, reason } = parsed.data;
  if (userId === admin.id) return invalid(values, {}, NOT_YOURSELF_DISABLE);
  const before = getAccount(userId);
  if (!before) return invalid(values, {}, GONE);

  return applyAccountChange(admin, {
    userId,
    values,
    before,
    after: { ...before, isDisabled: true },
    reason,
    done: 'disabled',
    // banUser also deletes the account's sessions.
    call: (requestHeaders) =>
      getAuth().api.banUser({ body: { userId, banReason: reason ?? `Disabled by ${admin.email}` }, headers: requestHeaders }),
  });
}

/** Lets a disabled account sign in again (with the password it had, unless an admin sets a new one). */
export async function enableAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin('/admin/accounts');
  const parsed = parseForm(accountStatusSchema, formData);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  const { userId, reason } = parsed.data;
  const before = getAccount(userId);
  if (!before) return invalid(values, {}, GONE);

  return applyAccountChange(admin, {
    userId,
    values,
    before,
    after: { ...before, isDisabled: false },
    reason,
    done: 'enabled',
    call: (requestHeaders) => getAuth().api.unbanUser({ body: { userId }, headers: requestHeaders }),
  });
}
