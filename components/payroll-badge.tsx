import type { PayrollStatus } from '@/lib/domain';
import type { Html } from '@/lib/view/html';
import { Tag, tagHtml } from './tag';

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

/** PayrollBadge as markup, for the tables drawn as text (lib/view/html.ts); checked against it by a test. */
export function payrollBadgeHtml(status: PayrollStatus): Html | null {
  if (status === 'frontbench') return tagHtml('Frontbench on the day', 'strong');
  if (status === 'pps') return tagHtml('PPS', 'info');
  if (status === 'backbench') return tagHtml('Backbench');
  return null;
}
