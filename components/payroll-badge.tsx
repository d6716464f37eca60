import type { PayrollStatus } from '@/lib/domain';
import { Tag } from './tag';

/**
 * Rule 5 on the page: frontbench posts and PPS roles are shown apart, and "backbench" only where the member's posts
 * are known; nothing where no post is recorded (the page says what that means once, not on every row).
 */
export function PayrollBadge({ status }: { status: PayrollStatus }) {
  if (status === 'frontbench') return <Tag tone="strong">Frontbench on the day</Tag>;
  if (status === 'pps') return <Tag tone="info">PPS</Tag>;
  if (status === 'backbench') return <Tag>Backbench</Tag>;
  return null;
}
