import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdmin } from '@/lib/auth/server';
import { NewAccountForm } from '../account-forms';

export const metadata: Metadata = { title: 'New account' };

export default async function NewAccountPage() {
  await requireAdmin('/admin/accounts/new');
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/accounts">Back to accounts</Link>
      </p>
      <h1 className="text-4xl">New account</h1>
      <NewAccountForm />
    </div>
  );
}
