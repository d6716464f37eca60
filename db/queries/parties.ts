import 'server-only';
import { asc } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db';
import { parties, type PartyKind } from '@/db/schema';

export type PartySummary = {
  id: number;
  name: string;
  abbreviation: string;
  /** Hex without '#', or null when the record gives none. */
  colour: string | null;
  kind: PartyKind;
};

/** Every party, by name: a small table, read once per request and shared by the page's pieces. */
export const listParties = cache((): PartySummary[] =>
  getDb()
    .select({
      id: parties.id,
      name: parties.name,
      abbreviation: parties.abbreviation,
      colour: parties.colour,
      kind: parties.kind,
    })
    .from(parties)
    .orderBy(asc(parties.name))
    .all(),
);
