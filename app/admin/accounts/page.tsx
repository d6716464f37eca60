import type { Metadata } from 'next';
import Link from 'next/link';
import { Table, TableContainer, Td, Th } from '@/components/table';
import { listAccounts } from '@/db/queries/accounts';
import { requireAdmin } from '@/lib/auth/server';
import { formatDate } from '@/lib/view/format';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage() {
  const admin = await requireAdmin('/admin/accounts');
  const accounts = listAccounts();
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">Accounts</h1>
      <p className="max-w-3xl">
        Editors keep the record; admins can also manage accounts. There is no sign-up: an admin makes each account and passes
        its first password on. A disabled account cannot sign in.
      </p>
      <p>
        <Link href="/admin/accounts/new" className="font-semibold">
          Add an account
        </Link>
      </p>
      <TableContainer label="Accounts">
        <Table caption={`${accounts.length} account${accounts.length === 1 ? '' : 's'}`}>
          <thead>
            <tr>
              <Th>Email</Th>
              <Th>Name</Th>
              <Th>Role</Th>
              <Th>Status</Th>
              <Th>Created</Th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <Th scope="row">
                  <Link href={`/admin/accounts/${encodeURIComponent(a.id)}`}>{a.email}</Link>
                  {a.id === admin.id ? <span className="text-muted"> (you)</span> : null}
                </Th>
                <Td>{a.name}</Td>
                <Td>{a.role}</Td>
                <Td>{a.isDisabled ? <strong className="text-no">Disabled</strong> : 'Active'}</Td>
                <Td>
                  <time dateTime={a.createdAt.toISOString()}>{formatDate(a.createdAt.toISOString())}</time>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </TableContainer>
    </div>
  );
}
