import 'server-only';
import { summariseDivisions, type DivisionTotals } from '@/lib/view/division-summary';
import { versionMemo } from '../version-memo';
import { getFeaturedDivision, listDivisionTotalsFacts } from './divisions';
import { listParties, type PartySummary } from './parties';

// The home page's featured division with its totals (rebels, departures). A total judges a division's votes against
// its whips, so it is kept until the data changes (db/version-memo.ts) rather than judged again on every request;
// what it returns is shared and must not be changed. The divisions list is the finder's (db/queries/division-finder.ts).

export type HomeData = {
  featured: ReturnType<typeof getFeaturedDivision>;
  parties: PartySummary[];
  totals: DivisionTotals | undefined;
};

const homeMemo = versionMemo<'home', HomeData>({ maxEntries: 1 });

/** The home page's featured division, with its totals and the parties its card names. */
export function loadHome(): HomeData {
  return homeMemo('home', () => {
    const featured = getFeaturedDivision();
    const parties = listParties();
    const totals = featured
      ? summariseDivisions({ divisionIds: [featured.id], parties, ...listDivisionTotalsFacts([featured]) }).get(featured.id)
      : undefined;
    return { featured, parties, totals };
  });
}
