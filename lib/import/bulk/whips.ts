import type { Source } from '@/db/schema/columns';
import { WHIP_BASES, WHIP_INSTRUCTIONS, type WhipBasis, type WhipInstruction } from '@/db/schema/enums';
import { CellReader } from './cells';
import { column } from './columns';
import type { BulkCsvLine } from './csv-file';

// A file of party whips: one line a party's instruction on one division.

export const WHIP_COLUMNS = [
  column('division', 'The division’s official number, as Commons Votes gives it (e.g. 1666). The division must be held already.', true),
  column('party', 'The party’s name or abbreviation, in any case (Labour, labour or Lab).', true),
  column('instruction', 'aye, no, abstain or free (a free vote); “for” and “against” are read as aye and no.', true),
  column('strength', '1, 2 or 3 for a one-, two- or three-line whip (“three-line” is read too); blank when not known. A free vote has no lines: a strength given with one is cleared.'),
  column('basis', 'reported (a source says so) or inferred (an editor judged it from the votes); blank means reported.'),
  column('note', 'Shown to the public with the whip; blank for none.'),
  column('source_url', 'The web address of the source; several may be given, separated by spaces or semicolons. A reported whip needs one.'),
  column('source_note', 'What the first source says, in a few words; blank for none.'),
];

export type WhipLine = {
  line: number;
  division: number;
  party: string;
  instruction: WhipInstruction;
  strength: number | null;
  basis: WhipBasis;
  note: string | null;
  sources: Source[];
  /** Said in the summary: what was read otherwise than written (a free vote's strength cleared). */
  notes: string[];
};

const STRENGTH = /^(1|2|3|one|two|three)(?:[\s-]*line(?:\s+whip)?)?$/i;
const STRENGTH_WORDS: Record<string, number> = { one: 1, two: 2, three: 3 };

export function readWhipLine(row: BulkCsvLine): { value: WhipLine | null; problems: CellReader['problems'] } {
  const cells = new CellReader(row);
  const division = cells.positiveInteger('division', 'a division number', { missing: 'give the division’s official number, e.g. 1666' });
  const party = cells.text('party', 120, { missing: 'give the party’s name or abbreviation, e.g. Labour or Lab' });
  const instruction = cells.choice('instruction', WHIP_INSTRUCTIONS, {
    synonyms: { for: 'aye', yes: 'aye', against: 'no', free_vote: 'free', abstention: 'abstain' },
  });
  const typedStrength = cells.raw('strength');
  let strength: number | null = null;
  let strengthRead = true;
  if (typedStrength !== '' && !/^(not known|unknown)$/i.test(typedStrength)) {
    const match = STRENGTH.exec(typedStrength);
    if (match) strength = STRENGTH_WORDS[match[1]!.toLowerCase()] ?? Number(match[1]);
    else {
      strengthRead = false;
      cells.problem('strength', `“${typedStrength}” is not a whip’s strength: use 1, 2 or 3 (one-, two- or three-line), or leave it blank when not known`);
    }
  }
  const basis = cells.choice('basis', WHIP_BASES, { fallback: 'reported' });
  const note = cells.text('note', 4000, { multiline: true });
  const sources = cells.sources('source_url', 'source_note');
  const notes: string[] = [];
  if (instruction === 'free' && strength !== null) {
    notes.push(`strength ${strength} cleared: a free vote has no whip lines`);
    strength = null;
  }
  if (basis === 'reported' && sources.length === 0 && cells.raw('source_url') === '') {
    cells.problem('source_url', 'empty: a reported whip needs a source that reports it: give its web address, or put inferred in basis');
  }
  if (division === null || party === null || instruction === null || basis === null || !strengthRead || cells.problems.length > 0) {
    return { value: null, problems: cells.problems };
  }
  return { value: { line: row.line, division, party, instruction, strength, basis, note, sources, notes }, problems: [] };
}
