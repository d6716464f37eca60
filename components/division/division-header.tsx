'use client';

import type { ReactNode } from 'react';
import type { DivisionIntro } from '@/lib/view/division-intro';
import { plural } from '@/lib/view/format';
import { Breadcrumb } from '@/components/breadcrumb';
import { DivisionResult } from './division-result';

/**
 * A division page's opening: its titles, date, mover, debate and topics, then the result, how many defied their
 * whip and the page's contents. Sent as compact data (lib/view/division-intro.ts: dates and times already worded)
 * and drawn here, on the server for the HTML and in the browser for the page's own copy, rather than drawn twice.
 * `editLink` is the editor's "Edit" link, drawn on the server (nothing for anyone else).
 */
export function DivisionHeader({ intro, editLink }: { intro: DivisionIntro; editLink?: ReactNode }) {
  return (
    <>
      <header className="space-y-4">
        <Breadcrumb parent={{ href: '/divisions', label: 'Divisions' }} current={`Division ${intro.officialId}`} />
        <h1 className="max-w-4xl text-3xl sm:text-4xl">{intro.title}</h1>
        {editLink}
        <dl className="grid max-w-4xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Official title</dt>
          <dd>{intro.officialTitle}</dd>
          <dt className="font-semibold">Date</dt>
          <dd>
            {intro.date}, division {intro.number} of the session (Commons Votes{' '}
            <a href={`https://votes.parliament.uk/votes/commons/division/${intro.officialId}`}>{intro.officialId}</a>)
            {intro.deferred ? ', a deferred division' : ''}
          </dd>
          {intro.movedBy ? (
            <>
              <dt className="font-semibold">Moved by</dt>
              <dd>{intro.movedBy}</dd>
            </>
          ) : null}
          {intro.debate || intro.hansardReference ? (
            <>
              <dt className="font-semibold">Debate</dt>
              <dd>
                {intro.debate ? <a href={intro.debate.url}>Read the debate on {intro.debate.outlet}</a> : null}
                {intro.hansardReference ? <span className="block text-sm text-muted">{intro.hansardReference}</span> : null}
              </dd>
            </>
          ) : null}
          {intro.topics.length > 0 ? (
            <>
              <dt className="font-semibold">Topic</dt>
              <dd>
                {intro.topics.map((t) => (
                  <span key={t.id} className="mr-3 inline-block">
                    {t.title}: voting {t.supportingLobby === 'aye' ? 'for (aye)' : 'against (no)'} supports it
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="result-heading" className="space-y-3">
        <h2 id="result-heading" className="text-2xl">
          Result
        </h2>
        <p>Voted on {intro.votedOn}.</p>
        <DivisionResult {...intro.result} />
        <p className="text-lg">
          <strong>{plural(intro.rebels, 'member')}</strong> defied their party&rsquo;s whip.{' '}
          {intro.departed > 0 ? (
            <>
              <strong>{plural(intro.departed, 'member')}</strong> left a frontbench or PPS post over it.
            </>
          ) : null}
        </p>
        <nav aria-label="On this page">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><a href="#parties">Party by party</a></li>
            <li><a href="#rebels">Rebels</a></li>
            <li><a href="#departures">Who left their posts</a></li>
            {intro.partyLines ? <li><a href="#party-lines">What the parties said</a></li> : null}
            <li><a href="#members">All members</a></li>
          </ul>
        </nav>
      </section>
    </>
  );
}
