import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';
import { deleteMembership } from '../../actions';

export const metadata = deleteMetadata('membership');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default function ConfirmDeleteMembershipPage(props: Props) {
  return <DeleteConfirmation {...props} table="memberships" noun="membership" base="/admin/memberships" action={deleteMembership} restores="the membership" />;
}
