import Link from 'next/link';
import { formatDate } from '@/lib/view/format';

type Division = { id: number; officialId: number | null; date: string; supportingLobby: 'aye' | 'no' };

/**
 * The divisions behind an MP's summary, when there are too many for a column each: the numbers of those they voted in
 * support and against, each a link.
 */
export function DivisionsBehind({ positions, divisions }: { positions: ReadonlyMap<number, string>; divisions: ReadonlyArray<Division> }) {
  const ways = { support: [] as Division[], against: [] as Division[] };
  for (const d of divisions) {
    const position = positions.get(d.id);
    if (position === 'aye' || position === 'no') ways[position === d.supportingLobby ? 'support' : 'against'].push(d);
  }
  const links = (list: Division[]) =>
    list.map((d, i) => (
      <span key={d.id}>
        {i > 0 ? ', ' : ''}
        {d.officialId ? <Link href={`/divisions/${d.officialId}`}>{d.officialId}</Link> : formatDate(d.date)}
      </span>
    ));
  if (ways.support.length + ways.against.length === 0) return null;
  return (
    <span className="block text-sm text-muted">
      {ways.support.length > 0 ? <>In support: {links(ways.support)}</> : null}
      {ways.support.length > 0 && ways.against.length > 0 ? '; ' : null}
      {ways.against.length > 0 ? <>against: {links(ways.against)}</> : null}
    </span>
  );
}
