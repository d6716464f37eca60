import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordHistory } from '@/components/admin/record-history';
import { UndoNotice } from '@/components/admin/undo-notice';
import { SubmitButton } from '@/components/forms/submit-button';
import { getPostForEdit } from '@/db/queries/admin-posts';
import { listRecordRevisions } from '@/db/queries/revisions';
import { requireEditor } from '@/lib/auth/server';
import { readParam, type SearchParams } from '@/lib/view/params';
import { deletePost } from '../actions';
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
        <div role="status" className="border-l-8 border-aye bg-green-50 p-3 font-semibold">
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
      <section aria-labelledby="delete-heading" className="max-w-3xl space-y-3 border-t-2 border-line pt-6">
        <h2 id="delete-heading" className="text-2xl">
          Delete this post
        </h2>
        <p>The post disappears from the public pages. The deletion is kept in the history and can be undone.</p>
        <form action={deletePost} className="space-y-3">
          <input type="hidden" name="id" value={post.id} />
          <input type="hidden" name="version" value={post.values.version} />
          <div>
            <label htmlFor="delete-reason" className="block font-semibold">
              Why (optional)
            </label>
            <input id="delete-reason" name="reason" className="block w-full border-2 border-ink px-2 py-1.5" />
          </div>
          <SubmitButton variant="danger" pendingLabel="Deleting…">
            Delete post
          </SubmitButton>
        </form>
      </section>
      <RecordHistory revisions={listRecordRevisions('posts', post.id)} returnTo={path} />
    </div>
  );
}
