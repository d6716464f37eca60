'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { clearLoginFailures, lockedUntil, recordLoginFailure } from '@/db/mutations/login-failures';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getAuth } from '@/lib/auth/server';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { signInSchema } from '@/lib/validation/accounts';

// The one action open to anonymous visitors: it is how they stop being anonymous.
export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return { ...parsed.state, values: { ...parsed.state.values, password: '' } };
  const { email, password } = parsed.data;
  const values = { email: parsed.values.email ?? email, next: parsed.values.next ?? '' };
  const db = getDb();

  const until = lockedUntil(db, email);
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return invalid(values, {}, `Too many failed attempts for this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }

  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === 'BANNED_USER') {
      return invalid(values, {}, 'This account is disabled. Ask an admin to enable it.');
    }
    recordLoginFailure(db, email);
    return invalid(values, { password: ['The email address or password is not right.'] }, 'Could not sign you in.');
  }
  clearLoginFailures(db, email);
  redirect(safeNextPath(formData.get('next')?.toString()));
}
