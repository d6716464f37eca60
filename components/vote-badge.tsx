import type { VotePosition } from '@/lib/domain/types';
import { html, type Html } from '@/lib/view/html';

const STYLES: Record<VotePosition, { label: string; mark: string }> = {
  aye: { label: 'Voted for', mark: '✓' },
  no: { label: 'Voted against', mark: '✗' },
  both: { label: 'Both lobbies', mark: '±' },
  absent: { label: 'Did not vote', mark: '–' },
};

/** How a member voted, in words with a mark: "Voted for" (aye), "Voted against" (no). */
export function VoteBadge({ position }: { position: VotePosition }) {
  const style = STYLES[position];
  return (
    <span className={`vote vote-${position}`}>
      <span aria-hidden="true">{style.mark}</span>
      {style.label}
    </span>
  );
}

export function voteLabel(position: VotePosition): string {
  return STYLES[position].label;
}

/** VoteBadge as markup, for the tables drawn as text (lib/view/html.ts); the same elements, checked by a test. */
export function voteBadgeHtml(position: VotePosition): Html {
  const style = STYLES[position];
  return html`<span class="vote vote-${position}"><span aria-hidden="true">${style.mark}</span>${style.label}</span>`;
}
