'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `also`: other addresses that belong to the section (a post's page is part of People). */
export type AdminSection = { href: string; label: string; also?: ReadonlyArray<string> };

/** The section a path belongs to: the longest section address it starts with ("/admin" only for itself). */
export function currentSection(pathname: string, sections: ReadonlyArray<AdminSection>): string | null {
  let best: string | null = null;
  let found: string | null = null;
  for (const s of sections) {
    const under = (base: string) => pathname === base || pathname.startsWith(`${base}/`);
    const matched = s.href === '/admin' ? (pathname === '/admin' ? s.href : null) : [s.href, ...(s.also ?? [])].filter(under).sort((a, b) => b.length - a.length)[0];
    if (matched && (best === null || matched.length > best.length)) {
      best = matched;
      found = s.href;
    }
  }
  return found;
}

/** The admin menu, marking the section the page is in: aria-current for screen readers, a bar and bold text for the eye. */
export function AdminNav({ sections }: { sections: ReadonlyArray<AdminSection> }) {
  const current = currentSection(usePathname() ?? '', sections);
  return (
    <nav aria-label="Admin">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 font-semibold">
        {sections.map((s) => {
          const isCurrent = s.href === current;
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={isCurrent ? 'page' : undefined}
                className={isCurrent ? 'border-b-4 border-ink pb-0.5 text-ink no-underline' : undefined}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
