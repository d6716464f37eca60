import type { PayrollStatus } from '@/lib/domain';
import type { Html } from '@/lib/view/html';
import { Tag, tagHtml } from './tag';

/** Each post on the day in words, and its tag's tone; nothing where no post is recorded. */
const TAGS = {
  frontbench: { text: 'Frontbench on the day', tone: 'strong' },
  pps: { text: 'PPS', tone: 'info' },
  backbench: { text: 'Backbench', tone: 'neutral' },
  not_recorded: null,
} as const;

/**
 * Rule 5 on the page: frontbench posts and PPS roles are shown apart, and "backbench" only where the member's posts
 * are known; nothing where no post is recorded (the page says what that means once, not on every row).
 */
export function PayrollBadge({ status }: { status: PayrollStatus }) {
  const tag = TAGS[status];
  return tag ? <Tag tone={tag.tone}>{tag.text}</Tag> : null;
}

/** PayrollBadge as markup, for the tables drawn as text (lib/view/html.ts); checked against it by a test. */
export function payrollBadgeHtml(status: PayrollStatus): Html | null {
  const tag = TAGS[status];
  return tag ? tagHtml(tag.text, tag.tone) : null;
}

/** A post on the day as a compact row carries it: frontbench (f), PPS (p) or backbench (b). */
export type PayrollCode = 'f' | 'p' | 'b';

const CODES = { frontbench: 'f', pps: 'p', backbench: 'b', not_recorded: undefined } as const;
const STATUS_OF_CODE = { f: 'frontbench', p: 'pps', b: 'backbench' } as const;

/** The code a row carries for a post on the day; none where no post is recorded. */
export function payrollCode(status: PayrollStatus): PayrollCode | undefined {
  return CODES[status];
}

/** The badge of a row's code (payrollCode). */
export function payrollCodeHtml(code: PayrollCode): Html {
  return payrollBadgeHtml(STATUS_OF_CODE[code])!;
}
