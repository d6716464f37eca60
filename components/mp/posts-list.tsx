import Link from 'next/link';
import { POST_END_REASON_LABELS, POST_KIND_LABELS, type PostsKnowledge } from '@/lib/domain';
import type { PersonPostRow } from '@/db/queries/person';
import { formatDate } from '@/lib/view/format';
import { EditLink } from '../edit-link';
import { SourceLinks } from '../source-links';

/**
 * Posts held, with how each ended: "Shadow Minister for Women and Equalities, resigned 15 Nov 2023 over division
 * 1666". Whether the list is complete is said: a member whose official posts were imported (or vouched for by an
 * editor) and held none is a backbencher; for anyone else no post recorded is only that.
 */
export function PostsList({ posts, known }: { posts: ReadonlyArray<PersonPostRow>; known: PostsKnowledge }) {
  const completeness = describePostsKnowledge(known);
  if (posts.length === 0) {
    return (
      <p>
        {known.postsKnown
          ? `No frontbench, whip, spokesperson or PPS post held: ${completeness}.`
          : 'No post recorded. Their official posts have not been imported and no editor has checked them, so this does not mean they held none.'}
      </p>
    );
  }
  return (
    <ul className="space-y-4">
      {posts.map((post) => (
        <li key={post.id} className="space-y-2 rounded border border-line p-4">
          <p className="text-lg">
            <strong>{post.title}</strong>, <PostEnding post={post} /> <EditLink href={`/admin/posts/${post.id}`} what={`the post ${post.title}`} />
          </p>
          <p className="text-sm text-muted">
            {POST_KIND_LABELS[post.kind]} · {post.side === 'government' ? 'Government' : 'Opposition'}
            {post.department ? ` · ${post.department}` : ''} · from {post.startDate ? formatDate(post.startDate) : 'a date not recorded'}
            {post.endDate ? ` to ${formatDate(post.endDate)}` : ''}
          </p>
          {post.endReasonNote ? <p>{post.endReasonNote}</p> : null}
          {post.note ? <p className="text-sm">{post.note}</p> : null}
          <SourceLinks sources={post.sources} />
        </li>
      ))}
      <li className="text-sm text-muted">
        {known.postsKnown ? `These are all their posts: ${completeness}.` : 'Other posts they held may not be recorded: their official posts have not been imported.'}
      </li>
    </ul>
  );
}

/** "the official record, as of 3 Dec 2026" / "an editor checked them, as of …". */
function describePostsKnowledge(known: PostsKnowledge): string {
  const asOf = known.postsKnownOn ? `, as of ${formatDate(known.postsKnownOn)}` : '';
  return known.postsKnown === 'official' ? `the official record (Members API)${asOf}` : `an editor checked them${asOf}`;
}

function PostEnding({ post }: { post: PersonPostRow }) {
  if (!post.endDate) return <>held now</>;
  // With no reason recorded, a post given up over a vote was still left over it.
  const how = post.endReason ? POST_END_REASON_LABELS[post.endReason] : post.endedOverOfficialId ? 'left' : 'ended';
  return (
    <>
      {how} {formatDate(post.endDate)}
      {post.endedOverOfficialId ? (
        <>
          {' '}
          over <Link href={`/divisions/${post.endedOverOfficialId}`}>division {post.endedOverOfficialId}</Link>
        </>
      ) : null}
    </>
  );
}
