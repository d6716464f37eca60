'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingLabel = 'Saving…',
  variant = 'primary',
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: 'primary' | 'danger' | 'secondary';
}) {
  const { pending } = useFormStatus();
  const colours = {
    primary: 'bg-aye text-on-fill hover:bg-aye-strong',
    danger: 'bg-no text-on-fill hover:bg-no-strong',
    secondary: 'bg-paper text-ink hover:bg-line',
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`border-2 border-ink px-4 py-2 font-semibold ${colours} disabled:opacity-70`}>
      {pending ? pendingLabel : children}
    </button>
  );
}
