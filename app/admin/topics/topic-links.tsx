import Link from 'next/link';
import { SubmitButton } from '@/components/forms/submit-button';
import type { TopicLinkRow } from '@/db/queries/admin-topics';
import { formatDate } from '@/lib/view/format';
import { changeTopicLink } from './actions';
import { TableContainer } from '@/components/table';

/** The divisions the topic links, each with its supporting lobby to change and a button to remove it. */
export function TopicLinks({ topicId, links }: { topicId: number; links: TopicLinkRow[] }) {
  if (links.length === 0) return <p>No divisions linked yet.</p>;
  return (
    <TableContainer label="Linked divisions (scrolls sideways)">
      <table className="data-table">
        <caption className="sr-only">Divisions linked to this topic</caption>
        <thead>
          <tr>
            <th scope="col">Division</th>
            <th scope="col">Supporting lobby</th>
            <th scope="col">Remove</th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => {
            const name = l.officialId !== null ? `division ${l.officialId}` : `division #${l.divisionId}`;
            return (
              <tr key={l.divisionId}>
                <td>
                  {l.officialId !== null ? <Link href={`/divisions/${l.officialId}`}>{l.title}</Link> : l.title}
                  <span className="block text-sm text-muted">
                    {formatDate(l.date)}, {name}
                  </span>
                </td>
                <td>
                  <form action={changeTopicLink} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="topicId" value={topicId} />
                    <input type="hidden" name="divisionId" value={l.divisionId} />
                    <label htmlFor={`lobby-${l.divisionId}`} className="sr-only">
                      Supporting lobby for {name}
                    </label>
                    <select id={`lobby-${l.divisionId}`} name="supportingLobby" defaultValue={l.supportingLobby} className="border-2 border-ink bg-surface px-2 py-1">
                      <option value="aye">Aye</option>
                      <option value="no">No</option>
                    </select>
                    <SubmitButton variant="secondary">
                      Change lobby<span className="sr-only"> for {name}</span>
                    </SubmitButton>
                  </form>
                </td>
                <td>
                  <form action={changeTopicLink}>
                    <input type="hidden" name="topicId" value={topicId} />
                    <input type="hidden" name="divisionId" value={l.divisionId} />
                    <input type="hidden" name="remove" value="1" />
                    <SubmitButton variant="danger" pendingLabel="Removing…">
                      Remove link<span className="sr-only"> to {name}</span>
                    </SubmitButton>
                  </form>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableContainer>
  );
}
