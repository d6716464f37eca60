'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MemberIntro } from '@/lib/view/member-intro';
import { Breadcrumb } from '../breadcrumb';
import { FeedLink } from '../feed-link';
import { PartyBadge } from '../party-badge';

/**
 * An MP page's opening: name, summary, party and seat, the size of the record and where else to read about them.
 * Sent as compact data (lib/view/member-intro.ts) and drawn here, on the server for the HTML and in the browser for
 * the page's own copy, rather than drawn twice. `editLink` is the editor's "Edit" link, drawn on the server
 * (nothing for anyone else).
 */
export function MemberHeader({ intro, editLink }: { intro: MemberIntro; editLink?: ReactNode }) {
  return (
    <header className="space-y-3">
      <Breadcrumb parent={{ href: '/mps', label: 'MPs' }} current={intro.name} />
      <h1 className="text-3xl sm:text-5xl">{intro.name}</h1>
      {editLink}
      {intro.otherNames.length > 0 ? <p className="text-muted">Also recorded as {intro.otherNames.join(', ')}.</p> : null}
      <section aria-labelledby="summary-heading" className="max-w-3xl space-y-1 border-l-4 border-brand bg-paper p-4">
        <h2 id="summary-heading" className="sr-only">
          In short
        </h2>
        <p className="text-lg sm:text-xl">{intro.headline}</p>
        {intro.detail ? <p className="text-muted">{intro.detail}</p> : null}
      </section>
      {intro.seat ? (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg sm:text-xl">
          {intro.speaker && intro.party ? <strong>{intro.party.name}</strong> : <PartyBadge party={intro.party} />}
          <span>
            MP for <strong>{intro.seat.name ?? 'a seat not recorded'}</strong>, {intro.seat.dates}
          </span>
        </p>
      ) : (
        <p>No Commons membership is recorded for {intro.name}.</p>
      )}
      <p className="text-muted">{intro.record}</p>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <a href={`https://members.parliament.uk/member/${intro.parliamentId}`}>Profile on parliament.uk</a>
        {intro.twfyId ? <a href={`https://www.theyworkforyou.com/mp/?p=${intro.twfyId}`}>TheyWorkForYou</a> : null}
        <Link href={`/compare?mps=${intro.parliamentId}`} className="no-print">
          Compare with other MPs
        </Link>
      </p>
      <FeedLink href={`/mps/${intro.parliamentId}/feed.xml`} what={`${intro.name}’s votes, rebellions and posts left`} />
    </header>
  );
}
