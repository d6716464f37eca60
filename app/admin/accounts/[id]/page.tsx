import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordHistory } from '@/components/admin/record-history';
import { getAccount } from '@/db/queries/accounts';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireAdmin } from '@/lib/auth/server';
import { NOT_YOURSELF_DISABLE, NOT_YOURSELF_ROLE } from '@/lib/validation/account-admin';
import { formatDate } from '@/lib/view/format';
import { readParam, type SearchParams } from '@/lib/view/params';
import { PasswordForm, RoleForm, StatusForm } from '../account-forms';

export const metadata: Metadata = { title: 'Account' };

const DONE: Record<string, string> = {
  created: 'Account created. Pass the first password on to its owner.',
  role: 'Role changed. It applies from the account’s next page load.',
  password: 'Password changed. The account has been signed out everywhere.',
  disabled: 'Account disabled. It has been signed out everywhere and cannot sign in.',
  enabled: 'Account enabled. It can sign in again.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function AccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/admin/accounts/${encodeURIComponent(id)}`;
  const admin = await requireAdmin(path);
  const account = getAccount(id);
  if (!account) notFound();
  const isSelf = account.id === admin.id;
  const done = DONE[readParam(await searchParams, 'done') ?? ''];

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/accounts">Back to accounts</Link>
      </p>
      <h1 className="text-4xl">{account.email}</h1>
      {done ? (
        <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          {done}
        </div>
      ) : null}
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Name</dt>
        <dd>{account.name}</dd>
        <dt className="font-semibold">Role</dt>
        <dd>{account.role}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{account.isDisabled ? 'Disabled' : 'Active'}</dd>
        <dt className="font-semibold">Signed in</dt>
        <dd>{account.activeSessions === 0 ? 'Nowhere' : `In ${account.activeSessions} browser${account.activeSessions === 1 ? '' : 's'}`}</dd>
        <dt className="font-semibold">Created</dt>
        <dd>{formatDate(account.createdAt.toISOString())}</dd>
      </dl>

      <section aria-labelledby="role-heading" className="max-w-xl space-y-3 border-t-2 border-line pt-6">
        <h2 id="role-heading" className="text-2xl">
          Role
        </h2>
        {isSelf ? <p>{NOT_YOURSELF_ROLE}</p> : <RoleForm key={account.role} userId={account.id} role={account.role} />}
      </section>

      <section aria-labelledby="password-heading" className="max-w-xl space-y-3 border-t-2 border-line pt-6">
        <h2 id="password-heading" className="text-2xl">
          Password
        </h2>
        <p>
          {isSelf
            ? 'Set a new password for your own account. Your other browsers are signed out; this one stays signed in.'
            : 'Set a new password if its owner has forgotten theirs or it may be known to someone else. The account is signed out everywhere.'}
        </p>
        <PasswordForm userId={account.id} />
      </section>

      <section aria-labelledby="status-heading" className="max-w-xl space-y-3 border-t-2 border-line pt-6">
        <h2 id="status-heading" className="text-2xl">
          {account.isDisabled ? 'Enable this account' : 'Disable this account'}
        </h2>
        {isSelf ? (
          <p>{NOT_YOURSELF_DISABLE}</p>
        ) : (
          <>
            <p>
              {account.isDisabled
                ? 'The account can sign in again with its password.'
                : 'The account is signed out everywhere and cannot sign in until an admin enables it. Its changes stay in the history.'}
            </p>
            <StatusForm key={String(account.isDisabled)} userId={account.id} isDisabled={account.isDisabled} />
          </>
        )}
      </section>

      <RecordHistory revisions={listRecordRevisions('users', account.id)} returnTo={path} title="Changes to this account" />
    </div>
  );
}
