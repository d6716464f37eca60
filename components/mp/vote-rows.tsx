'use client';

import type { VotePosition } from '@/lib/domain/types';
import { Tag } from '../tag';
import { VoteBadge } from '../vote-badge';

/**
 * One vote of an MP's record, as compact as it can travel: the page sends a page of rows once, as data, drawn here
 * (on the server for the HTML, in the browser for the page's own copy), rather than a drawn table twice.
 */
export type VoteRow = {
  /** The division's official id, for the link; null for one entered without it. */
  id: number | null;
  title: string;
  /** "15 Nov 2023 · division 1666". */
  when: string;
  /** "Labour, Bolton South East", or what is not recorded. */
  as: string;
  /** Null in the Chair, who does not vote. */
  vote: VotePosition | null;
  /** The vote against the whip, in a sentence; and the whip's basis, when there is a whip. */
  verdict: string;
  whip?: string;
  rebel?: true;
  teller?: true;
  proxy?: string;
};

export function VoteRows({ rows }: { rows: ReadonlyArray<VoteRow> }) {
  return (
    <tbody>
      {rows.map((v, i) => (
        <tr key={i}>
          <th scope="row" className="member-cell">
            {v.id ? <a href={`/divisions/${v.id}`}>{v.title}</a> : <strong>{v.title}</strong>}
            <small>{v.when}</small>
            <small>{v.as}</small>
          </th>
          {v.vote === null ? (
            <td className="min-w-44">In the Chair: the Speaker and Deputy Speakers do not vote.</td>
          ) : (
            <td className="min-w-44">
              <span className="tags items-start">
                <VoteBadge position={v.vote} />
                {v.teller ? <Tag tone="info">Teller</Tag> : null}
                {v.proxy ? <Tag>Proxy: {v.proxy}</Tag> : null}
              </span>
              <span className={v.rebel ? 'mt-1 block font-semibold' : 'mt-1 block'}>{v.verdict}</span>
              {v.whip ? <small className="block text-sm text-muted">Whip: {v.whip}.</small> : null}
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
