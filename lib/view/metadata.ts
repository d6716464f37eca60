import type { Metadata } from 'next';

export const SITE_NAME = 'Ayes & Noes';
export const SITE_DESCRIPTION =
  'How UK MPs vote, which party whip they defied, which frontbench posts they gave up, and what they said they would do.';

/**
 * A page's title, description and share card. Next.js replaces a parent's openGraph object rather than
 * merging it, so every page gets the whole card from here.
 */
export function pageMetadata({ title, description, path }: { title?: string; description: string; path: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path },
    openGraph: {
      title: title ? `${title} · ${SITE_NAME}` : SITE_NAME,
      description,
      url: path,
      siteName: SITE_NAME,
      type: 'website',
      locale: 'en_GB',
    },
    twitter: { card: 'summary', title: title ?? SITE_NAME, description },
  };
}
