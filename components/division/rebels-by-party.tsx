import type { RebelGroup } from '@/lib/view/division-view';
import { describeWhipBasis, describeInstruction } from '@/lib/view/whip-wording';
import { plural } from '@/lib/view/format';
import { rowParty } from '@/lib/view/row-parties';
import { RebelGroups, type RebelGroupItem } from './rebel-groups';
import { describePosition } from '@/lib/domain';

/**
 * Those who defied their party's whip, party by party, with frontbench and PPS roles on the day. Sent to the
 * browser as compact data (RebelGroups draws it), not drawn twice.
 */
export function RebelsByParty({ groups }: { groups: ReadonlyArray<RebelGroup> }) {
  if (groups.length === 0) return <p>No member defied their party&rsquo;s whip.</p>;
  return (
    <RebelGroups
      groups={groups.map((group): RebelGroupItem => {
        const whip = group.members[0]!.whip;
        return {
          party: group.party && rowParty(group.party),
          count: plural(group.members.length, 'rebel'),
          summary: `${whip ? `Whip: ${describeInstruction(whip).toLowerCase()} (${describeWhipBasis(whip)}). ` : ''}${describeHowTheyVoted(group)}`,
          members: group.members.map((m) => ({ id: m.parliamentId, name: m.name, payroll: m.payroll })),
        };
      })}
    />
  );
}

/** "56 voted for." or "3 voted for, 1 voted against." */
function describeHowTheyVoted(group: RebelGroup): string {
  const counts = new Map<string, number>();
  for (const m of group.members) counts.set(describePosition(m.position), (counts.get(describePosition(m.position)) ?? 0) + 1);
  return `${[...counts].map(([words, n]) => `${n} ${words}`).join(', ')}.`;
}
