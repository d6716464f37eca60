'use client';

import type { VotePosition } from '@/lib/domain/types';
import type { RowParty } from '@/lib/view/row-parties';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/**
 * One member's row, as compact as it can travel: the page sends the rows once, as data, and they are drawn here
 * (on the server for the HTML, in the browser for the page's own copy) rather than sent as a drawn table twice.
 */
export type MemberRow = {
  /** Official member id, for the link; null for a person without one. */
  id: number | null;
  name: string;
  seat: string | null;
  vote: VotePosition;
  /** Index into the table's parties; -1 for none recorded. */
  party: number;
  /** What the vote was against the whip, in words ("Defied the whip"); null in the Chair. */
  verdict: string | null;
  rebel?: true;
  teller?: true;
  proxy?: string;
  /** Frontbench (f), PPS (p) or backbench (b) on the day; absent when no post is recorded. */
  payroll?: 'f' | 'p' | 'b';
};

const PAYROLL = { f: 'frontbench', p: 'pps', b: 'backbench' } as const;

export function MemberRows({ rows, parties }: { rows: ReadonlyArray<MemberRow>; parties: ReadonlyArray<RowParty> }) {
  return (
    <tbody>
      {rows.map((m, i) => {
        const party = parties[m.party] ?? null;
        return (
          <tr key={i}>
            <th scope="row" className="member-cell">
              {m.id ? <a href={`/mps/${m.id}`}>{m.name}</a> : <strong>{m.name}</strong>}
              {m.seat ? <small>{m.seat}</small> : null}
            </th>
            {m.verdict === null ? (
              <>
                <td>In the Chair</td>
                <td>{party?.name}</td>
                <td className="text-muted" data-label="Whip">Does not vote</td>
              </>
            ) : (
              <>
                <td>
                  <VoteBadge position={m.vote} />
                </td>
                <td>
                  <PartyBadge party={party} short />
                </td>
                <td className={m.rebel ? 'font-semibold' : undefined} data-label="Whip">
                  {m.verdict}
                </td>
              </>
            )}
            {m.teller || m.proxy || m.payroll ? (
              <td>
                <span className="tags">
                  {m.teller ? <Tag tone="info">Teller</Tag> : null}
                  {m.proxy ? <Tag>Proxy: {m.proxy}</Tag> : null}
                  {m.payroll ? <PayrollBadge status={PAYROLL[m.payroll]} /> : null}
                </span>
              </td>
            ) : (
              <td />
            )}
          </tr>
        );
      })}
    </tbody>
  );
}
