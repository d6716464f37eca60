import type { Source } from '@/db/schema/columns';
import { sourceHost } from './format';

// How a source is named on the page: its title and outlet where entered or imported; else the outlet the site is
// known as; else its bare web address's host.

/** The names of sites the record cites, by host (without "www."). */
const OUTLETS: Record<string, string> = {
  'bbc.co.uk': 'BBC News',
  'feeds.bbci.co.uk': 'BBC News',
  'bedfordindependent.co.uk': 'Bedford Independent',
  'easterneye.biz': 'Eastern Eye',
  'headtopics.com': 'Head Topics',
  'holyrood.com': 'Holyrood',
  'independent.co.uk': 'The Independent',
  'irishnews.com': 'The Irish News',
  'labourlist.org': 'LabourList',
  'lutontoday.co.uk': 'Luton Today',
  'markpack.org.uk': 'Mark Pack',
  'nation.cymru': 'Nation.Cymru',
  'neighbournet.com': 'Chiswick W4 (neighbournet.com)',
  'order-order.com': 'Guido Fawkes',
  'politics.co.uk': 'politics.co.uk',
  'thedailystar.net': 'The Daily Star (Bangladesh)',
  'theboltonnews.co.uk': 'The Bolton News',
  'thenational.scot': 'The National',
  'thenationalnews.com': 'The National (Abu Dhabi)',
  'thenorthernecho.co.uk': 'The Northern Echo',
  'theyworkforyou.com': 'TheyWorkForYou',
  'votes.parliament.uk': 'UK Parliament, Commons Votes',
  'hansard.parliament.uk': 'Hansard',
  'members.parliament.uk': 'UK Parliament, MPs and Lords',
};

/** The outlet a source was published by: as entered, else the known name of its site, else its host. */
export function sourceOutlet(source: Pick<Source, 'url' | 'outlet'>): string {
  if (source.outlet) return source.outlet;
  const host = sourceHost(source.url);
  return OUTLETS[host] ?? host;
}

/** A source's link text: "Title (Outlet)" when the title is known, else the outlet. */
export function sourceLabel(source: Pick<Source, 'url' | 'outlet' | 'title'>): string {
  const outlet = sourceOutlet(source);
  return source.title ? `${source.title} (${outlet})` : outlet;
}
