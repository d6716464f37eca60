import type { PayrollStatus } from '@/lib/domain';
import { Tag } from './tag';

/** Rule 5 on the page: frontbench posts and PPS roles are shown apart; nothing for backbenchers. */
export function PayrollBadge({ status }: { status: PayrollStatus }) {
  if (status === 'frontbench') return <Tag tone="strong">Frontbench on the day</Tag>;
  if (status === 'pps') return <Tag tone="info">PPS</Tag>;
  return null;
}
