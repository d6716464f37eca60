import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getEditor } from '@/lib/auth/server';
import { LoginForm } from './login-form';

export const metadata: Metadata = {
  title: 'Sign in',
  description: 'Editors sign in to keep the record: divisions, votes, whips, posts and statements.',
  robots: { index: false },
};

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getEditor()) redirect(next);
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Sign in</h1>
      <p className="max-w-2xl">
        For editors who keep the record. Accounts are made by an admin; there is no sign-up. After five wrong passwords
        in a row an address is locked for 15 minutes.
      </p>
      <LoginForm next={next} />
    </div>
  );
}
