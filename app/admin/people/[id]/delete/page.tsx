import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';
import { deletePerson } from '../../actions';

export const metadata = deleteMetadata('person');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function ConfirmDeletePersonPage(props: Props) {
  return <DeleteConfirmation {...props} table="persons" noun="person" base="/admin/people" action={deletePerson} restores="the person" />;
}
