import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireEditor } from '@/lib/auth/server';
import { signOut } from './actions';

export const metadata: Metadata = { title: { template: '%s · Admin · Ayes & Noes', default: 'Admin' }, robots: { index: false } };

const SECTIONS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/people', label: 'People', also: ['/admin/memberships', '/admin/posts', '/admin/stances'] },
  { href: '/admin/divisions', label: 'Divisions', also: ['/admin/whips'] },
  { href: '/admin/topics', label: 'Topics' },
  { href: '/admin/suggestions', label: 'Suggestions' },
  { href: '/admin/changes', label: 'Changes' },
  { href: '/admin/imports', label: 'Imports' },
];

// A convenience for the whole area: every page and action checks the session again itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const editor = await requireEditor();
  const sections = editor.role === 'admin' ? [...SECTIONS, { href: '/admin/accounts', label: 'Accounts' }] : SECTIONS;
  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-3 border-b-2 border-line pb-3 md:flex-row md:items-center md:justify-between">
        <AdminNav sections={sections} />
        <form action={signOut} className="flex items-center gap-3 text-sm">
          <span>
            Signed in as <strong>{editor.email}</strong> ({editor.role})
          </span>
          <button type="submit" className="border-2 border-ink bg-paper px-2 py-1 font-semibold hover:bg-line">
            Sign out
          </button>
        </form>
      </div>
      {children}
    </div>
  );
}
