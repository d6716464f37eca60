import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';
import { deletePost } from '../../actions';

export const metadata = deleteMetadata('post');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function ConfirmDeletePostPage(props: Props) {
  return <DeleteConfirmation {...props} table="posts" noun="post" base="/admin/posts" action={deletePost} restores="the post" />;
}
