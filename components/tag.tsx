import type { ReactNode } from 'react';
import { html, type Html } from '@/lib/view/html';

// Named classes (globals.css): tags are repeated on every row of long tables.
const TONES = {
  neutral: 'tag-neutral',
  strong: 'tag-strong',
  warning: 'tag-warning',
  info: 'tag-info',
} as const;

/** A small label: "Teller", "Proxy: Marion Fellows", "Frontbench on the day". */
export function Tag({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return (
    <span className={`tag ${TONES[tone]}`}>
      {children}
    </span>
  );
}

/** Tag as markup, for the tables drawn as text (lib/view/html.ts); the same element, checked by a test. */
export function tagHtml(text: string, tone: keyof typeof TONES = 'neutral'): Html {
  return html`<span class="tag ${TONES[tone]}">${text}</span>`;
}
