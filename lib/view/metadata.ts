import type { Metadata } from 'next';
import { canonicalQuery, routeFor } from '@/scripts/lib/route-params.mjs';

export const SITE_NAME = 'Ayes & Noes';
export const SITE_DESCRIPTION =
  'How UK MPs vote, which party whip they defied, which frontbench posts they gave up, and what they said they would do.';

/** A page's share image (a route of its own: app/divisions/[id]/card.png, app/mps/[id]/card.png), 1200×630 PNG. */
export type ShareImage = { path: string; alt: string };
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The filters a page applied, as a query string, URLSearchParams or names to values (empty ones are dropped). */
export type PageQuery = string | URLSearchParams | Record<string, string | number | undefined | null>;

/**
 * A page's address with the filters it applied, in its clean form: the parameters its route reads
 * (scripts/lib/route-params.mjs), in that route's order, empty ones dropped; the production server answers exactly
 * this address without a redirect. Callers leave out defaults (page 1, the default sort).
 */
export function canonicalPath(path: string, query?: PageQuery): string {
  if (query === undefined) return path;
  const search = new URLSearchParams();
  if (typeof query === 'string' || query instanceof URLSearchParams) {
    for (const [name, value] of new URLSearchParams(query)) if (value.trim() !== '') search.append(name, value);
  } else {
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && String(value).trim() !== '') search.append(name, String(value));
  }
  const route = routeFor(path);
  if (route) return `${path}${canonicalQuery(route, search).query}`;
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A page's title, description and share card. Next.js replaces a parent's openGraph object rather than
 * merging it, so every page gets the whole card from here. `query`: the filters the page applied, kept in the
 * canonical address and og:url (canonicalPath). `image`: a share image, shown large (summary_large_image).
 */
export function pageMetadata({
  title,
  description,
  path,
  query,
  image,
  feeds,
}: {
  title?: string;
  description: string;
  path: string;
  query?: PageQuery;
  image?: ShareImage;
  feeds?: FeedLink[];
}): Metadata {
  const url = canonicalPath(path, query);
  const images = image ? [{ url: image.path, alt: image.alt, type: 'image/png', ...SHARE_IMAGE_SIZE }] : undefined;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: url, ...feedAlternates(feeds) },
    openGraph: {
      title: title ? `${title} · ${SITE_NAME}` : SITE_NAME,
      description,
      url,
      siteName: SITE_NAME,
      type: 'website',
      locale: 'en_GB',
      ...(images ? { images } : {}),
    },
    twitter: image
      ? { card: 'summary_large_image', title: title ?? SITE_NAME, description, images: [{ url: image.path, alt: image.alt }] }
      : { card: 'summary', title: title ?? SITE_NAME, description },
  };
}

/** An Atom feed a page offers (`<link rel="alternate" type="application/atom+xml">`): its title and its address. */
export type FeedLink = { title: string; path: string };

function feedAlternates(feeds: FeedLink[] | undefined): Pick<NonNullable<Metadata['alternates']>, 'types'> {
  return feeds && feeds.length > 0 ? { types: { 'application/atom+xml': feeds.map((f) => ({ title: f.title, url: f.path })) } } : {};
}
