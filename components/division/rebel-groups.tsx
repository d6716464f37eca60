'use client';

import type { PayrollStatus } from '@/lib/domain';
import type { RowParty } from '@/lib/view/row-parties';
import { html, innerHtml } from '@/lib/view/html';
import { PartyBadge } from '../party-badge';
import { payrollBadgeHtml } from '../payroll-badge';

/**
 * One party's rebels as compact as they can travel (RebelsByParty makes them): the page sends them once, as data,
 * and they are drawn here, on the server for the HTML and in the browser for the page's own copy.
 */
export type RebelGroupItem = {
  party: RowParty | null;
  /** "9 rebels". */
  count: string;
  /** The whip and how the rebels voted: "Whip: abstain (inferred by an editor). 5 voted for, 4 voted against." */
  summary: string;
  members: ReadonlyArray<{ id: number | null; name: string; payroll: PayrollStatus }>;
};

/** The rebels' names, each with their post on the day: one element for React (lib/view/html.ts), however many. */
function rebelNamesHtml(members: RebelGroupItem['members']) {
  return html`${members.map(
    (m) =>
      html`<li class="name-item">${m.id ? html`<a href="/mps/${m.id}">${m.name}</a>` : html`<span>${m.name}</span>`}${payrollBadgeHtml(m.payroll) ?? ''}</li>`,
  )}`;
}

export function RebelGroups({ groups }: { groups: ReadonlyArray<RebelGroupItem> }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => {
        const headingId = `rebels-${group.party?.abbreviation ?? 'none'}`;
        return (
          <section key={headingId} aria-labelledby={headingId} className="space-y-2">
            <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-xl">
              <PartyBadge party={group.party} />
              <span className="font-normal">
                <span aria-hidden="true">· </span>
                {group.count}
              </span>
            </h3>
            <p className="text-muted">{group.summary}</p>
            <ul className="gap-x-6 sm:columns-2 lg:columns-3" {...innerHtml(rebelNamesHtml(group.members))} />
          </section>
        );
      })}
    </div>
  );
}
