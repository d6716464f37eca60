'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { countSignInAttempt, recordSignInSuccess } from '@/db/mutations/login-failures';
import { CLIENT_ADDRESS_HEADER, clientBucket } from '@/lib/auth/client-address';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getAuth } from '@/lib/auth/server';
import { invalid, parseForm, type FormState } from '@/lib/forms/form-state';
import { signInSchema } from '@/lib/validation/accounts';

const inMinutes = (until: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
};

// The one action open to anonymous visitors: it is how they stop being anonymous.
export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const requestHeaders = await headers();
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return { ...parsed.state, values: { ...parsed.state.values, password: '' } };
  const { email, password } = parsed.data;
  const values = { email: parsed.values.email ?? email, next: parsed.values.next ?? '' };
  const counter = { email, client: clientBucket(requestHeaders.get(CLIENT_ADDRESS_HEADER)) };
  const db = getDb();

  // Counted before the password is checked, so that requests sent at once cannot all slip under the limit.
  const attempt = countSignInAttempt(db, counter);
  if (!attempt.allowed) {
    return attempt.refusedFor === 'address'
      ? invalid(values, {}, `Too many failed attempts for this address. Try again in ${inMinutes(attempt.until)}.`)
      : invalid(values, {}, `Too many sign-in attempts from your network. Try again in ${inMinutes(attempt.until)}.`);
  }

  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    if (error.body?.code === 'BANNED_USER') {
      return invalid(values, {}, 'This account is disabled. Ask an admin to enable it.');
    }
    return invalid(values, { password: ['The email address or password is not right.'] }, 'Could not sign you in.');
  }
  recordSignInSuccess(db, counter);
  redirect(safeNextPath(formData.get('next')?.toString()));
}
