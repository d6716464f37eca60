import type { Metadata } from 'next';
import Link from 'next/link';
import { listConstituencyOptions, listPartyOptions } from '@/db/queries/admin-memberships';
import { personRef } from '@/db/queries/lookup';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { MembershipForm } from '../membership-form';

export const metadata: Metadata = { title: 'New membership' };

export default async function NewMembershipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/memberships/new');
  const personId = Number(readParam(await searchParams, 'person'));
  const person = Number.isInteger(personId) && personId > 0 ? personRef(personId) : '';
  return (
    <div className="space-y-6">
      {person ? (
        <p>
          <Link href={`/admin/people/${personId}`}>Back to {person}</Link>
        </p>
      ) : null}
      <h1 className="text-4xl">New membership</h1>
      <p className="max-w-3xl">
        A period in which the person sat for one party (and, in the Commons, one seat). When the whip is suspended or they change party, end the
        old period and add a new one.
      </p>
      <MembershipForm
        initial={{ person, house: 'commons', datesBasis: 'editor', version: '' }}
        parties={listPartyOptions()}
        constituencies={listConstituencyOptions()}
      />
    </div>
  );
}
