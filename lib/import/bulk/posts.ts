import type { Source } from '@/db/schema/columns';
import { POST_END_REASONS, POST_KINDS, POST_SIDES, type PostEndReason, type PostKind, type PostSide } from '@/db/schema/enums';
import { CellReader } from './cells';
import { column } from './columns';
import type { BulkCsvLine } from './csv-file';

// A file of posts: one line a role held between two dates. A line whose person, title and start date match a
// post already held updates it; any other line adds a post.

export const POST_COLUMNS = [
  column('person', 'The Parliament member id (e.g. 3924) or the person’s name as held (Yasmin Qureshi). A name two people share is refused, naming both: give the member id.', true),
  column('title', 'The title of the post, e.g. Shadow Minister for Women and Equalities.', true),
  column('kind', 'minister, shadow_minister, whip, spokesperson, pps or party_leader (spaces for underscores are fine; “parliamentary private secretary” is read as pps).', true),
  column('side', 'government or opposition.', true),
  column('party', 'The party the post is held for, by name or abbreviation; blank for none.'),
  column('department', 'The department or brief, e.g. Shadow Women and Equalities; blank for none.'),
  column('start_date', 'The day the post began (15/11/2023, 15 November 2023 or 2023-11-15); blank when not known.'),
  column('end_date', 'The day it ended; blank while it is still held.'),
  column('end_reason', 'How it ended: resigned, sacked, reshuffle, election or unknown; needs end_date. Blank when not known.'),
  column('end_reason_note', 'What the sources say about the ending, in their words; blank for none.'),
  column('ended_over_division', 'The official number of the division the post was left over (e.g. 1666); needs end_date. Blank for none.'),
  column('note', 'Shown to the public with the post; blank for none.'),
  column('source_url', 'The web address of the source; several may be given, separated by spaces or semicolons.'),
  column('source_note', 'What the first source says, in a few words; blank for none.'),
];

export type PostLine = {
  line: number;
  person: string;
  title: string;
  kind: PostKind;
  side: PostSide;
  party: string | null;
  department: string | null;
  startDate: string | null;
  endDate: string | null;
  endReason: PostEndReason | null;
  endReasonNote: string | null;
  endedOverDivision: number | null;
  note: string | null;
  sources: Source[];
};

export function readPostLine(row: BulkCsvLine): { value: PostLine | null; problems: CellReader['problems'] } {
  const cells = new CellReader(row);
  const person = cells.text('person', 300, { missing: 'give the Parliament member id or the name of the person who held the post' });
  const title = cells.text('title', 200, { missing: 'give the title of the post' });
  const kind = cells.choice('kind', POST_KINDS, {
    synonyms: { parliamentary_private_secretary: 'pps', shadow: 'shadow_minister', leader: 'party_leader', spokesman: 'spokesperson', spokeswoman: 'spokesperson' },
  });
  const side = cells.choice('side', POST_SIDES, { synonyms: { govt: 'government', opp: 'opposition' } });
  const party = cells.text('party', 120);
  const department = cells.text('department', 200);
  const startDate = cells.date('start_date');
  const endDate = cells.date('end_date');
  const endReason = cells.choice('end_reason', POST_END_REASONS, { fallback: null, synonyms: { resignation: 'resigned', not_known: 'unknown' } });
  const endReasonNote = cells.text('end_reason_note', 2000, { multiline: true });
  const endedOverDivision = cells.positiveInteger('ended_over_division', 'a division number');
  const note = cells.text('note', 4000, { multiline: true });
  const sources = cells.sources('source_url', 'source_note');
  // The form's rules (lib/validation/posts.ts), on the same columns.
  if (startDate && endDate && endDate < startDate) cells.problem('end_date', 'the post cannot end before it starts: check both dates');
  if (endReason && !endDate && cells.raw('end_date') === '') cells.problem('end_date', 'empty: give the date the post ended, or clear end_reason');
  else if (endedOverDivision && !endDate && cells.raw('end_date') === '') cells.problem('end_date', 'empty: a post that ended over a vote needs the date it ended');
  if (person === null || title === null || kind === null || side === null || cells.problems.length > 0) return { value: null, problems: cells.problems };
  return {
    value: { line: row.line, person, title, kind, side, party, department, startDate, endDate, endReason, endReasonNote, endedOverDivision, note, sources },
    problems: [],
  };
}
