import type { DivisionDetail, DivisionTopicRow } from '@/db/queries/division-detail';
import type { CountCheck } from '@/lib/domain';
import type { DepartureInput, DivisionView, StanceInput } from './division-view';
import { formatDate, formatLongDate, formatTime } from './format';
import { sourceOutlet } from './sources';

/**
 * What a division page's opening shows (components/division/division-header.tsx), worded on the server: dates and
 * times in UK words, the debate's outlet named. Only what is drawn travels to the browser.
 */
export type DivisionIntro = {
  officialId: number;
  /** The short title, else the official one. */
  title: string;
  officialTitle: string;
  /** "23 May 2024" */
  date: string;
  number: number;
  deferred: boolean;
  movedBy: string | null;
  debate: { url: string; outlet: string } | null;
  hansardReference: string | null;
  topics: Pick<DivisionTopicRow, 'id' | 'title' | 'supportingLobby'>[];
  /** "Thursday, 23 May 2024 at 20:10" */
  votedOn: string;
  result: { ayeCount: number; noCount: number; resultText: string | null; countCheck?: CountCheck };
  rebels: number;
  /** Members who left a frontbench or PPS post over the vote. */
  departed: number;
  /** Whether the page has a "What the parties said" section. */
  partyLines: boolean;
};

export function divisionIntroOf(division: DivisionDetail, topics: ReadonlyArray<DivisionTopicRow>, view: DivisionView<DepartureInput, StanceInput>): DivisionIntro {
  const time = formatTime(division.heldAt);
  return {
    officialId: division.officialId,
    title: division.shortTitle ?? division.officialTitle,
    officialTitle: division.officialTitle,
    date: formatDate(division.date),
    number: division.number,
    deferred: Boolean(division.isDeferred),
    movedBy: division.movedBy ?? null,
    debate: division.hansardUrl ? { url: division.hansardUrl, outlet: sourceOutlet({ url: division.hansardUrl }) } : null,
    hansardReference: division.hansardReference ?? null,
    topics: topics.map(({ id, title, supportingLobby }) => ({ id, title, supportingLobby })),
    votedOn: `${formatLongDate(division.date)}${time ? ` at ${time}` : ''}`,
    result: { ayeCount: division.ayeCount, noCount: division.noCount, resultText: division.resultText, countCheck: view.countCheck },
    rebels: view.rebelsTotal,
    departed: new Set(view.departures.map((d) => d.personId)).size,
    partyLines: view.partyLines.length > 0,
  };
}
