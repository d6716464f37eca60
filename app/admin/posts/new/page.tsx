import type { Metadata } from 'next';
import { personRef } from '@/db/queries/lookup';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { PostForm } from '../post-form';

export const metadata: Metadata = { title: 'New post' };

export default async function NewPostPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireEditor('/admin/posts/new');
  const personId = Number(readParam(await searchParams, 'person'));
  const person = Number.isInteger(personId) && personId > 0 ? personRef(personId) : '';
  return (
    <div className="space-y-6">
      <h1 className="text-4xl">New post</h1>
      <PostForm initial={{ person, version: '' }} />
    </div>
  );
}
