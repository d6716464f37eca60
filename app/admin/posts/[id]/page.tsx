import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteSection } from '@/components/admin/delete-section';
import { RecordHistory } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { getPostForEdit } from '@/db/queries/admin-posts';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { PostForm } from '../post-form';

export const metadata: Metadata = { title: 'Edit post' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditPostPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const path = `/admin/posts/${raw}`;
  await requireEditor(path);
  const id = Number(raw);
  const post = Number.isInteger(id) ? getPostForEdit(id) : null;
  if (!post) notFound();
  const query = await searchParams;

  return (
    <div className="space-y-8">
      <p>
        <Link href={`/admin/people/${post.personId}`}>Back to {post.values.person}</Link>
      </p>
      <h1 className="text-4xl">Edit post: {post.values.title}</h1>
      {readParam(query, 'saved') ? (
        <div role="status" className="border-l-8 border-aye bg-aye-tint p-3 font-semibold">
          Saved. The public pages show the change now.
        </div>
      ) : null}
      {readParam(query, 'deleteRefused') ? (
        <div role="alert" className="border-4 border-no p-3 font-semibold">
          Not deleted: someone changed this post since you opened it. Check it below, then delete again.
        </div>
      ) : null}
      <UndoNotice undone={readParam(query, 'undone')} refused={readParam(query, 'undoRefused')} />
      <PostForm key={post.values.version} id={post.id} initial={post.values} />
      <DeleteSection
        noun="post"
        confirmHref={`/admin/posts/${post.id}/delete`}
        version={post.values.version ?? ''}
        explanation="The post disappears from the public pages."
      />
      <RecordHistory revisions={listRecordRevisions('posts', post.id)} returnTo={path} />
    </div>
  );
}
