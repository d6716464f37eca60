import type { SuggestionKind, SuggestionStatus } from '@/db/schema/enums';
import { formatDate, plural } from './format';

// The words of the editors' queue of suggestions: what each kind asks, and its evidence as sentences.

/** What a reader is told once their report is sent (or, if a robot filled the honeypot, as if it were). */
export const REPORT_THANKS = 'Thank you: an editor will look at it. Nothing changes on the site until they do.';

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  departure: 'Left over a vote?',
  record_whip: 'Record the whip?',
  member_review: 'New member to review',
  reader_report: 'Reader’s report',
};

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  open: 'Waiting',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
};

const POSITION_WORDS: Record<string, string> = { aye: 'voted aye (for)', no: 'voted no (against)', both: 'voted in both lobbies' };
const WHIP_WORDS: Record<string, string> = { aye: 'to vote aye', no: 'to vote no', abstain: 'to abstain', free: 'a free vote' };
const END_WORDS: Record<string, string> = {
  resigned: 'resigned',
  sacked: 'was sacked',
  reshuffle: 'left in a reshuffle',
  election: 'ended at an election',
  unknown: 'ended (how is not known)',
};

type Evidence = Record<string, unknown>;
const text = (e: Evidence, key: string) => (typeof e[key] === 'string' ? (e[key] as string) : null);
const num = (e: Evidence, key: string) => (typeof e[key] === 'number' ? (e[key] as number) : 0);

/** "division 1666 (15 Nov 2023): King's Speech …", by its official number where it has one. */
export function describeDivision(e: Evidence): string {
  const number = e.divisionOfficialId ?? e.divisionNumber ?? e.divisionId;
  return `division ${number} (${formatDate(text(e, 'divisionDate'))}): ${text(e, 'divisionTitle') ?? 'untitled'}`;
}

/** How the post ended, as recorded. */
export function describeRecordedEnd(reason: string | null): string {
  return reason ? (END_WORDS[reason] ?? reason) : 'how it ended is not recorded';
}

/** The case for a departure, in sentences. */
export function describeDeparture(e: Evidence): string[] {
  const days = num(e, 'days');
  const whip =
    e.whipOrigin === 'recorded'
      ? `${text(e, 'partyName')}’s recorded whip (${e.whipBasis === 'reported' ? 'reported by a source' : 'inferred by an editor'}) was ${WHIP_WORDS[String(e.whip)] ?? e.whip}`
      : `no whip is recorded for ${text(e, 'partyName')}; the inferred whip was ${WHIP_WORDS[String(e.whip)] ?? e.whip} (${num(e, 'partyAyes')} aye, ${num(e, 'partyNoes')} no of ${num(e, 'partyMembers')} members)`;
  return [
    `${text(e, 'personName')} ${POSITION_WORDS[String(e.position)] ?? e.position} in ${describeDivision(e)}: ${whip}.`,
    `Their post “${text(e, 'postTitle')}” ended ${formatDate(text(e, 'postEndDate'))}, ${
      days === 0 ? 'the same day' : `${plural(days, 'day')} later`
    }; ${describeRecordedEnd(text(e, 'postEndReason'))}.${e.postOfficialId ? ' The post comes from the Members API.' : ' The post was entered by an editor.'}`,
  ];
}

/** The case for recording a whip: how the party split. */
export function describeSplit(e: Evidence): string[] {
  const voted = num(e, 'ayes') + num(e, 'noes') + num(e, 'both');
  return [
    `${text(e, 'partyName')} in ${describeDivision(e)}:`,
    `${num(e, 'ayes')} aye, ${num(e, 'noes')} no${num(e, 'both') > 0 ? `, ${num(e, 'both')} in both lobbies` : ''}, ${num(e, 'absent')} no vote recorded, of ${plural(num(e, 'members'), 'member')}. ` +
      `No side had two thirds of the ${voted} who voted, so no whip can be inferred and none is recorded: its members are measured against no whip.`,
  ];
}

/** What the record says of a member an import created. */
export function describeNewMember(e: Evidence): string[] {
  const created = text(e, 'importSource')
    ? `Created by the import “${text(e, 'importSource')}” (run #${e.importRunId}, ${formatDate(text(e, 'importStartedAt'))}).`
    : 'Created by an import (which run is not known).';
  const votes = num(e, 'votes');
  const record =
    votes > 0
      ? `${plural(votes, 'vote')} recorded, from ${formatDate(text(e, 'firstDivisionDate'))} to ${formatDate(text(e, 'lastDivisionDate'))}; in the latest: ${
          text(e, 'partyName') ?? 'no party'
        }, ${text(e, 'constituencyName') ?? 'no seat recorded'}.`
      : 'No votes recorded.';
  return [`${text(e, 'personName')}${e.parliamentId ? ` (member id ${e.parliamentId})` : ''}. ${created}`, record];
}
