import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/**
 * A source: a URL, with its title and outlet where entered or imported (otherwise the site's name is shown),
 * and an optional note saying what it supports.
 */
export type Source = { url: string; title?: string; outlet?: string; note?: string };

/** Timestamps kept on every editable record; ISO 8601 text in UTC. */
export const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const sources = () => text('sources', { mode: 'json' }).$type<Source[]>().notNull().default(sql`'[]'`);
