'use client';

import Link from 'next/link';
import type { SaidVsDid } from '@/lib/domain/said-vs-did';
import type { SaidListData } from '@/lib/view/quotes';
import { PartyBadge } from '../party-badge';
import { QuoteFigure } from '../quote-figure';

const VERDICT_STYLES: Record<SaidVsDid, string> = {
  kept: 'border-aye bg-aye-tint',
  broke: 'border-no bg-no-tint',
  did_not_vote: 'border-line bg-paper',
};

/**
 * What a member said, division by division: rule 7's one verdict, judged only on words said before the vote, with
 * every quote under it and their party's line; then what they said on topics with no division they voted in. Sent as
 * data worded on the server (lib/view/quotes.ts saidListOf) and drawn here: a page with a dozen entries was several
 * hundred elements drawn into its payload.
 */
export function SaidList({ said, editor }: { said: SaidListData; editor: boolean }) {
  if (said.verdicts.length === 0 && said.unlinked.length === 0) return <p>No statements recorded.</p>;
  return (
    <div className="space-y-8">
      {said.verdicts.length > 0 ? (
        <ul className="space-y-8">
          {said.verdicts.map((entry) => (
            <li key={entry.key} className="space-y-3 border-l-4 border-brand pl-4">
              <h3 className="text-lg">
                <span className="block text-sm font-semibold uppercase tracking-wide text-muted">{entry.topicTitle}</span>
                {entry.officialId ? <Link href={`/divisions/${entry.officialId}`}>Division {entry.officialId}</Link> : 'A division'}
                {entry.heading}
              </h3>
              {entry.verdict.kind ? (
                <p className={`rounded border-l-4 px-3 py-2 ${VERDICT_STYLES[entry.verdict.kind]}`}>
                  <strong>{entry.verdict.headline}</strong>
                  {entry.verdict.text}
                </p>
              ) : (
                <p className="text-sm text-muted">{entry.verdict.text}</p>
              )}
              {entry.groups.map((group) => (
                <div key={group.heading} className="space-y-2">
                  <h4 className="font-semibold">{group.heading}</h4>
                  {group.quotes.map((quote, i) => (
                    <QuoteFigure key={quote.id ?? i} quote={quote} editor={editor} />
                  ))}
                </div>
              ))}
              {entry.partyLines.length > 0 ? (
                <div className="space-y-2">
                  <h4 className="font-semibold">Their party&rsquo;s line</h4>
                  {entry.partyLines.map((line, i) => (
                    <div key={line.quote.id ?? i} className="space-y-1">
                      <PartyBadge party={line.party} />
                      <QuoteFigure quote={line.quote} editor={editor} />
                    </div>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {said.unlinked.length > 0 ? (
        <div className="space-y-3">
          {said.verdicts.length > 0 ? <h3 className="text-xl">Other statements</h3> : null}
          <ul className="space-y-6">
            {said.unlinked.map((s) => (
              <li key={s.key} className="space-y-2 border-l-4 border-line pl-4">
                <p className="text-sm font-semibold uppercase tracking-wide text-muted">{s.topicTitle}</p>
                <p className="font-semibold">{s.label}</p>
                <QuoteFigure quote={s.quote} editor={editor} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
