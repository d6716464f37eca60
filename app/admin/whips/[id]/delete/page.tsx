import { removeWhipAction } from '@/app/admin/divisions/[id]/whips/actions';
import { DeleteConfirmation, deleteMetadata } from '@/components/admin/delete-confirmation';
import type { SearchParams } from '@/lib/view/params';

export const metadata = deleteMetadata('whip');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// A whip has no edit page of its own (it is set on its division's whips page), so "Back" goes there.
export default function ConfirmRemoveWhipPage(props: Props) {
  return <DeleteConfirmation {...props} table="whips" noun="whip" base="/admin/whips" action={removeWhipAction} restores="the whip, and with it the rebels it made" />;
}
