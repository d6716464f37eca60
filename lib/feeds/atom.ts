import { ukLocalToUtc } from '@/lib/view/uk-time';

// Atom feeds (RFC 4287): the document, built from plain entries. Pure: the route handlers (app/**/feed.xml) read the
// record with the pages' own queries and words, and hand the entries here.

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

export type AtomEntry = {
  /** A permanent id: an absolute URL or a tag: URI that never changes for this entry. */
  id: string;
  title: string;
  /** RFC 3339 date-time (see ukTimeToRfc3339). */
  updated: string;
  /** The page the entry is about (absolute). */
  url: string;
  /** One or two plain sentences. */
  summary: string;
  /** Longer plain text, when there is more to say than the summary. */
  content?: string;
  /** Category terms (a party, "rebellion", "departure"). */
  categories?: string[];
};

/** The updated time of a feed with no entries: fixed, so that the same data always makes the same bytes. */
export const EMPTY_FEED_UPDATED = '2000-01-01T00:00:00Z';

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's updated time when it has no entries (otherwise its newest entry's); EMPTY_FEED_UPDATED by default. */
  updatedWhenEmpty?: string;
  /** The feed's own address and the page it follows (both absolute). */
  selfUrl: string;
  pageUrl: string;
  author: { name: string; uri: string };
  entries: AtomEntry[];
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text fit for XML: escaped, and without the control characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The latest of some RFC 3339 times (they compare as instants once normalised to UTC by ukTimeToRfc3339). */
function latest(times: ReadonlyArray<string>): string | undefined {
  return [...times].sort().at(-1);
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = latest(feed.entries.map((e) => e.updated)) ?? feed.updatedWhenEmpty ?? EMPTY_FEED_UPDATED;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <generator>${escapeXml(feed.author.name)}</generator>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      ...(entry.content ? [`    <content type="text">${escapeXml(entry.content)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/**
 * A UK time as the record holds it ("2023-11-15T19:14:00", or a day "2023-11-15", read as its start), as an RFC 3339
 * UTC time ("2023-11-15T19:14:00Z"): Atom needs the offset, and British Summer Time moves it.
 */
export function ukTimeToRfc3339(local: string): string {
  return ukLocalToUtc(local).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The answer for a feed: Atom, cacheable like every public answer (the production server decides the caching). */
export function atomResponse(xml: string): Response {
  return new Response(xml, { status: 200, headers: { 'content-type': ATOM_CONTENT_TYPE, 'x-content-type-options': 'nosniff' } });
}
