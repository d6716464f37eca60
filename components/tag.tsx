import type { ReactNode } from 'react';

const TONES = {
  neutral: 'border-line bg-paper text-ink',
  strong: 'border-brand bg-brand text-white',
  warning: 'border-amber-700 bg-amber-50 text-ink',
  info: 'border-sky-800 bg-sky-50 text-sky-950',
} as const;

/** A small label: "Teller", "Proxy: Marion Fellows", "Frontbench on the day". */
export function Tag({ children, tone = 'neutral' }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return (
    <span className={`tag ${TONES[tone]}`}>
      {children}
    </span>
  );
}
