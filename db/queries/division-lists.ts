import 'server-only';
import { summariseDivisions, type DivisionTotals } from '@/lib/view/division-summary';
import { versionMemo } from '../version-memo';
import { getFeaturedDivision, listDivisions, listDivisionTotalsFacts, type DivisionListItem } from './divisions';
import { listParties, type PartySummary } from './parties';

// The lists of divisions with their totals (rebels, departures): the home page's featured division and the
// divisions list's pages. Each total judges a division's votes against its whips, so a list is kept until the data
// changes (db/version-memo.ts) rather than judged again on every request; what they return is shared and must not
// be changed.

export type DivisionsPage = { items: DivisionListItem[]; total: number; totals: Map<number, DivisionTotals> };

const listMemo = versionMemo<string, DivisionsPage>({ maxEntries: 32 });

/** One page of the divisions list, newest first, with each division's totals. */
export function loadDivisionsPage(limit: number, offset: number): DivisionsPage {
  return listMemo(`${limit}:${offset}`, () => {
    const { items, total } = listDivisions({ limit, offset });
    const totals = summariseDivisions({ divisionIds: items.map((d) => d.id), parties: listParties(), ...listDivisionTotalsFacts(items) });
    return { items, total, totals };
  });
}

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
