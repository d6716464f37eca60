import type { Metadata } from 'next';
import { requireEditor } from '@/lib/auth/server';
import { PersonForm } from '../person-form';

export const metadata: Metadata = { title: 'New person' };

export default async function NewPersonPage() {
  await requireEditor('/admin/people/new');
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">New person</h1>
      <p className="max-w-3xl">
        Add an MP or anyone else whose votes, posts or words we record. Check first that they are not here already: search the list of people by
        name or member id.
      </p>
      <PersonForm initial={{ version: '' }} />
    </div>
  );
}
