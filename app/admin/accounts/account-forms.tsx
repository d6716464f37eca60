'use client';

import { useActionState } from 'react';
import { FormMessage, SelectField, TextField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { IDLE } from '@/lib/forms/form-state';
import { changeRole, createAccount, disableAccount, enableAccount, resetPassword } from './actions';

// The account forms. Passwords never come back from the server: after a refused save they are typed again.

const ROLE_OPTIONS = [
  { value: 'editor', label: 'Editor: keeps the record' },
  { value: 'admin', label: 'Admin: keeps the record and manages accounts' },
];
const PASSWORD_HINT = 'At least 12 characters. Pass it on to its owner by a different route than the email address.';

export function NewAccountForm() {
  const [state, action] = useActionState(createAccount, IDLE);
  return (
    <form action={action} className="max-w-xl space-y-5" aria-label="New account" noValidate>
      <FormMessage state={state} />
      <TextField name="email" label="Email address" type="email" state={state} />
      <TextField name="name" label="Name" hint="As it shows beside their changes." state={state} />
      <SelectField name="role" label="Role" blank="Choose…" options={ROLE_OPTIONS} state={state} initial="editor" />
      <TextField name="password" label="First password" type="password" autoComplete="new-password" hint={PASSWORD_HINT} state={state} />
      <TextField name="confirmPassword" label="First password again" type="password" autoComplete="new-password" state={state} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, action] = useActionState(changeRole, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Change role" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} state={state} initial={role} />
      <SubmitButton>Change role</SubmitButton>
    </form>
  );
}

export function PasswordForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(resetPassword, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label="Reset password" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_HINT} state={state} />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} />
      <SubmitButton>Set new password</SubmitButton>
    </form>
  );
}

export function StatusForm({ userId, isDisabled }: { userId: string; isDisabled: boolean }) {
  const [state, action] = useActionState(isDisabled ? enableAccount : disableAccount, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={isDisabled ? 'Enable account' : 'Disable account'} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField name="reason" label="Why (optional)" hint="Kept in the history of changes." state={state} />
      <SubmitButton variant={isDisabled ? 'primary' : 'danger'} pendingLabel={isDisabled ? 'Enabling…' : 'Disabling…'}>
        {isDisabled ? 'Enable account' : 'Disable account'}
      </SubmitButton>
    </form>
  );
}
