'use client';

import { useActionState } from 'react';
import { FormMessage, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { signIn } from './actions';

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState(signIn, IDLE);
  return (
    <form action={action} className="max-w-md space-y-5" aria-label="Sign in">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" label="Email address" type="email" autoComplete="username" state={state} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" state={state} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
