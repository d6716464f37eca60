import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';
import { deleteStance } from '../../actions';

export const metadata = deleteMetadata('stance');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function ConfirmDeleteStancePage(props: Props) {
  return <DeleteConfirmation {...props} table="stances" noun="stance" base="/admin/stances" action={deleteStance} restores="the statement" />;
}
