import Link from 'next/link';
import type { RebelGroup } from '@/lib/view/division-view';
import { describeWhipBasis, describeInstruction } from '@/lib/view/whip-wording';
import { plural } from '@/lib/view/format';
import { PartyBadge } from '../party-badge';
import { PayrollBadge } from '../payroll-badge';
import { describePosition } from '@/lib/domain';

/** Those who defied their party's whip, party by party, with frontbench and PPS roles on the day. */
export function RebelsByParty({ groups }: { groups: ReadonlyArray<RebelGroup> }) {
  if (groups.length === 0) return <p>No member defied their party&rsquo;s whip.</p>;
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const whip = group.members[0]!.whip;
        const headingId = `rebels-${group.party?.abbreviation ?? 'none'}`;
        return (
          <section key={group.party?.id ?? 'none'} aria-labelledby={headingId} className="space-y-2">
            <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-xl">
              <PartyBadge party={group.party} />
              <span className="font-normal">
                <span aria-hidden="true">· </span>
                {plural(group.members.length, 'rebel')}
              </span>
            </h3>
            <p className="text-muted">
              {whip ? `Whip: ${describeInstruction(whip).toLowerCase()} (${describeWhipBasis(whip)}). ` : ''}
              {describeHowTheyVoted(group)}
            </p>
            <ul className="gap-x-6 sm:columns-2 lg:columns-3">
              {group.members.map((m) => (
                <li key={m.personId} className="name-item">
                  {m.parliamentId ? <Link href={`/mps/${m.parliamentId}`}>{m.name}</Link> : <span>{m.name}</span>}
                  <PayrollBadge status={m.payroll} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** "56 voted for." or "3 voted for, 1 voted against." */
function describeHowTheyVoted(group: RebelGroup): string {
  const counts = new Map<string, number>();
  for (const m of group.members) counts.set(describePosition(m.position), (counts.get(describePosition(m.position)) ?? 0) + 1);
  return `${[...counts].map(([words, n]) => `${n} ${words}`).join(', ')}.`;
}
