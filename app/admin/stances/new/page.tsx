import type { Metadata } from 'next';
import Link from 'next/link';
import { listPartyOptions } from '@/db/queries/admin-memberships';
import { listTopicOptions } from '@/db/queries/admin-stances';
import { personRef } from '@/db/queries/lookup';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { StanceForm } from '../stance-form';

export const metadata: Metadata = { title: 'New stance' };

export default async function NewStancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/stances/new');
  const query = await searchParams;
  const personId = Number(readParam(query, 'person'));
  const person = Number.isInteger(personId) && personId > 0 ? personRef(personId) : '';
  const topic = /^\d+$/.test(readParam(query, 'topic') ?? '') ? readParam(query, 'topic') : undefined;
  return (
    <div className="space-y-6">
      {person ? (
        <p>
          <Link href={`/admin/people/${personId}`}>Back to {person}</Link>
        </p>
      ) : null}
      <h1 className="text-4xl">New stance</h1>
      <p className="max-w-3xl">What someone said about a topic, with the source. It shows on their public page at once, beside how they voted.</p>
      <StanceForm initial={{ person, topic: topic ?? '', confidence: 'high', said: 'unknown', version: '' }} topics={listTopicOptions()} parties={listPartyOptions()} />
    </div>
  );
}
