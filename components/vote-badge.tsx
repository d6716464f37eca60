import type { VotePosition } from '@/lib/domain/types';
import { html, type Html } from '@/lib/view/html';

const STYLES: Record<VotePosition, { label: string; mark: string }> = {
  aye: { label: 'Voted for', mark: '✓' },
  no: { label: 'Voted against', mark: '✗' },
  both: { label: 'Both lobbies', mark: '±' },
  absent: { label: 'Did not vote', mark: '–' },
};

/**
 * How a member voted, in words with a mark: "Voted for" (aye), "Voted against" (no). The mark (✓ ✗ ± –) is drawn by
 * the stylesheet (app/globals.css, .vote-aye::before and the rest), silent for screen readers, which read the words:
 * a long table has hundreds of these, and the mark in the markup was a third of each.
 */
export function VoteBadge({ position }: { position: VotePosition }) {
  return <span className={`vote vote-${position}`}>{STYLES[position].label}</span>;
}

/** The mark beside each way of voting, as the stylesheet draws it (checked against app/globals.css by a test). */
export function voteMark(position: VotePosition): string {
  return STYLES[position].mark;
}

export function voteLabel(position: VotePosition): string {
  return STYLES[position].label;
}

/** VoteBadge as markup, for the tables drawn as text (lib/view/html.ts); the same elements, checked by a test. */
export function voteBadgeHtml(position: VotePosition): Html {
  return html`<span class="vote vote-${position}">${STYLES[position].label}</span>`;
}
