'use client';

import type { VotePosition } from '@/lib/domain/types';
import type { RowParty } from '@/lib/view/row-parties';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/** One vote against the whip, in a rebel's row. */
export type RebellionCell = {
  /** The division's official id and title. */
  id: number;
  title: string;
  /** "15 Nov 2023 · whip: abstain (reported, three-line)". */
  whip: string;
  vote: VotePosition;
  /** Frontbench (f), PPS (p) or backbench (b) on the day; absent when no post is recorded. */
  payroll?: 'f' | 'p' | 'b';
  left?: true;
};

/**
 * One rebel's row, as compact as it can travel: the explorer sends a page of rows once, as data, drawn here (on the
 * server for the HTML, in the browser for the page's own copy), rather than a drawn table twice.
 */
export type RebelRowData = {
  id: number | null;
  name: string;
  /** "Bolton South East, England". */
  seat: string | null;
  /** Index into the table's parties; -1 for none recorded. */
  party: number;
  /** "of 3 whipped votes". */
  of: string;
  rebellions: RebellionCell[];
};

const PAYROLL = { f: 'frontbench', p: 'pps', b: 'backbench' } as const;

export function RebelRows({ rows, parties }: { rows: ReadonlyArray<RebelRowData>; parties: ReadonlyArray<RowParty> }) {
  return (
    <tbody>
      {rows.map((row, i) => (
        <tr key={i}>
          <th scope="row" className="member-cell">
            {row.id ? <a href={`/mps/${row.id}`}>{row.name}</a> : <strong>{row.name}</strong>}
            {row.seat ? <small>{row.seat}</small> : null}
            <span className="block text-sm">
              <PartyBadge party={parties[row.party] ?? null} short />
            </span>
          </th>
          <td className="num">
            <span className="font-bold">{row.rebellions.length}</span>
            <span className="block text-xs text-muted">{row.of}</span>
          </td>
          <td className="sm:min-w-64">
            <ul className="space-y-2">
              {row.rebellions.map((r) => (
                <li key={r.id}>
                  <a href={`/divisions/${r.id}`}>{r.title}</a>
                  <small className="block text-sm text-muted">{r.whip}</small>
                  <span className="tags">
                    <VoteBadge position={r.vote} />
                    {r.payroll ? <PayrollBadge status={PAYROLL[r.payroll]} /> : null}
                    {r.left ? <Tag tone="warning">Left a post over it</Tag> : null}
                  </span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
