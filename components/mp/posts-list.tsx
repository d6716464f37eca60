import Link from 'next/link';
import { POST_END_REASON_LABELS, POST_KIND_LABELS } from '@/lib/domain';
import type { PersonPostRow } from '@/db/queries/person';
import { formatDate } from '@/lib/view/format';
import { SourceLinks } from '../source-links';

/** Posts held, with how each ended: "Shadow Minister for Women and Equalities, resigned 15 Nov 2023 over division 1666". */
export function PostsList({ posts }: { posts: ReadonlyArray<PersonPostRow> }) {
  if (posts.length === 0) return <p>No frontbench, whip, spokesperson or PPS posts recorded.</p>;
  return (
    <ul className="space-y-4">
      {posts.map((post) => (
        <li key={post.id} className="space-y-2 rounded border border-line p-4">
          <p className="text-lg">
            <strong>{post.title}</strong>, <PostEnding post={post} />
          </p>
          <p className="text-sm text-muted">
            {POST_KIND_LABELS[post.kind]} · {post.side === 'government' ? 'Government' : 'Opposition'}
            {post.department ? ` · ${post.department}` : ''} · from {post.startDate ? formatDate(post.startDate) : 'a date not recorded'}
            {post.endDate ? ` to ${formatDate(post.endDate)}` : ''}
          </p>
          {post.endReasonNote ? <p>{post.endReasonNote}</p> : null}
          {post.note ? (
            <p className="text-sm text-muted">
              <span className="font-semibold">Note on the sources:</span> {post.note}
            </p>
          ) : null}
          <SourceLinks sources={post.sources} />
        </li>
      ))}
    </ul>
  );
}

function PostEnding({ post }: { post: PersonPostRow }) {
  if (!post.endDate) return <>held now</>;
  const how = post.endReason ? POST_END_REASON_LABELS[post.endReason] : 'ended';
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
