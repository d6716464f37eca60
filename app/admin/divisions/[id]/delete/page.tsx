import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';
import { deleteDivision } from '../../actions';

export const metadata = deleteMetadata('division');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function ConfirmDeleteDivisionPage(props: Props) {
  return <DeleteConfirmation {...props} table="divisions" noun="division" base="/admin/divisions" action={deleteDivision} restores="the division with all its votes, whips and topic links, and the posts’ links to it" />;
}
