import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { parties, type PartyKind } from '@/db/schema';
import { versionMemo } from '../version-memo';

export type PartySummary = {
  id: number;
  name: string;
  abbreviation: string;
  /** Hex without '#', or null when the record gives none. */
  colour: string | null;
  kind: PartyKind;
};

/**
 * Every party, by name: a small table that nearly every page reads, so read once per data version and shared
 * (db/version-memo.ts); callers must not change it. Read per request, it cost a division page's view about 0.17 ms.
 */
export function listParties(): PartySummary[] {
  return partiesMemo('all', () =>
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
}

const partiesMemo = versionMemo<'all', PartySummary[]>({ maxEntries: 1 });
