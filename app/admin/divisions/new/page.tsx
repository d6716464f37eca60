import type { Metadata } from 'next';
import Link from 'next/link';
import { requireEditor } from '@/lib/auth/server';
import { DivisionForm } from '../division-form';

export const metadata: Metadata = { title: 'New division' };

export default async function NewDivisionPage() {
  await requireEditor('/admin/divisions/new');
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/divisions">All divisions</Link>
      </p>
      <h1 className="text-4xl">New division</h1>
      <p className="max-w-3xl">
        For a division with an official Commons Votes record, <Link href="/admin/divisions/upload">upload the record file</Link>{' '}
        instead: it brings every member&rsquo;s vote with it. Here you enter the details by hand; add the votes afterwards.
      </p>
      <DivisionForm initial={{ house: 'commons', version: '' }} />
    </div>
  );
}
