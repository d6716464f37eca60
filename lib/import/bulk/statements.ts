import { CONFIDENCES, STANCE_KINDS, STANCE_POSITIONS, STANCE_TIMINGS, type Confidence, type StanceKind, type StancePosition, type StanceTiming } from '@/db/schema/enums';
import { cleanText, hasVisibleLetter } from '@/lib/validation/common';
import { CellReader } from './cells';
import { column } from './columns';
import type { BulkCsvLine } from './csv-file';

// A file of statements (the stances table): what a person, or a party for a party line, said about a topic. A line
// whose speaker, topic, source and quote (or, with no quote, label) match a statement already held updates it.

export const STATEMENT_COLUMNS = [
  column('person', 'The Parliament member id (e.g. 3924) or the person’s name as held; blank for a party line (then give party). A name two people share is refused, naming both.'),
  column('party', 'For a party line: the party’s name or abbreviation. Blank otherwise.'),
  column('speaker', 'Who the words are attributed to, as the source puts it; blank for the person’s (or party’s) name.'),
  column('topic', 'The topic, by its address (gaza-immediate-ceasefire) or its title (Gaza: immediate ceasefire). The topic must be held already.', true),
  column('position', 'supports, opposes, mixed or other.', true),
  column('label', 'A short label saying what they said, e.g. supports an immediate ceasefire.', true),
  column('quote', 'Their words, verbatim; blank for none.'),
  column('said_on', 'The day the words were said (15/11/2023, 15 November 2023 or 2023-11-15); blank when not known.'),
  column('said', 'before, after or unknown: whether the words came before or after the vote, on the day of a vote; blank means unknown.'),
  column('kind', 'statement, letter, social_post, speech or interview (spaces for underscores are fine).', true),
  column('source_url', 'The web address of the source.', true),
  column('source_title', 'The title of the source; blank for none.'),
  column('source_outlet', 'Who published the source, e.g. The Bolton News; blank for none.'),
  column('confidence', 'How far the source can be trusted: high, medium or low.', true),
  column('note', 'Shown to the public with the statement; blank for none.'),
];

export type StatementLine = {
  line: number;
  person: string | null;
  party: string | null;
  speaker: string | null;
  topic: string;
  position: StancePosition;
  label: string;
  quote: string | null;
  statedOn: string | null;
  said: StanceTiming;
  kind: StanceKind;
  sourceUrl: string;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  confidence: Confidence;
  note: string | null;
};

export function readStatementLine(row: BulkCsvLine): { value: StatementLine | null; problems: CellReader['problems'] } {
  const cells = new CellReader(row);
  const person = cells.text('person', 300);
  const party = cells.text('party', 120);
  const speakerText = cleanText(cells.raw('speaker')).trim();
  let speaker: string | null = null;
  if (speakerText !== '') {
    if (!hasVisibleLetter(speakerText)) cells.problem('speaker', 'it has no visible letters');
    else if (speakerText.length > 300) cells.problem('speaker', `it is ${speakerText.length} characters long: use 300 or fewer`);
    else speaker = speakerText;
  }
  if (person === null && party === null && cells.raw('person') === '' && cells.raw('party') === '') {
    cells.problem('person', 'empty: give the person who said it, or a party in party for a party line');
  }
  const topic = cells.text('topic', 300, { missing: 'give the topic’s address or title, e.g. gaza-immediate-ceasefire' });
  const position = cells.choice('position', STANCE_POSITIONS, { synonyms: { support: 'supports', for: 'supports', oppose: 'opposes', against: 'opposes' } });
  const label = cells.text('label', 300, { missing: 'give a short label saying what they said, e.g. supports an immediate ceasefire' });
  const quote = cells.text('quote', 4000, { multiline: true });
  const statedOn = cells.date('said_on');
  const said = cells.choice('said', STANCE_TIMINGS, { fallback: 'unknown', synonyms: { not_known: 'unknown' } });
  const kind = cells.choice('kind', STANCE_KINDS, { synonyms: { tweet: 'social_post', post: 'social_post', social_media: 'social_post' } });
  const sourceUrl = cells.webAddress('source_url', { missing: 'give the web address of the source' });
  const sourceTitle = cells.text('source_title', 300);
  const sourceOutlet = cells.text('source_outlet', 120);
  const confidence = cells.choice('confidence', CONFIDENCES);
  const note = cells.text('note', 4000, { multiline: true });
  if (topic === null || position === null || label === null || said === null || kind === null || sourceUrl === null || confidence === null || cells.problems.length > 0) {
    return { value: null, problems: cells.problems };
  }
  return {
    value: { line: row.line, person, party, speaker, topic, position, label, quote, statedOn, said, kind, sourceUrl, sourceTitle, sourceOutlet, confidence, note },
    problems: [],
  };
}
