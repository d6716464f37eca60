import { VOTE_POSITIONS } from '@/db/schema/enums';
import { VOTE_CSV_COLUMNS, VOTE_CSV_REQUIRED_COLUMNS, voteCsvRowSchema, type VoteCsvRow } from '@/lib/validation/votes';
import { parseCsv } from './csv';
import { ImportError } from './errors';

// A pasted list of votes for one division: `member_id,vote[,teller,proxy]`. Every line is checked before
// anything is written, and every problem is reported with its line, so that an editor can fix them all
// at once. Whether a member id is known and sat on the day is checked against the database afterwards.

export type VoteCsvLine = VoteCsvRow & { line: number };
export type VoteCsvProblem = { line: number | null; message: string };

export const MAX_VOTE_CSV_ROWS = 1500;
const SOURCE = 'the pasted CSV';

/** "Line 4: …", or the message alone for a problem with the whole paste. */
export function describeVoteCsvProblem(problem: VoteCsvProblem): string {
  return problem.line === null ? problem.message : `Line ${problem.line}: ${problem.message}`;
}

export function parseVoteCsv(text: string): { rows: VoteCsvLine[]; problems: VoteCsvProblem[] } {
  // Line by line rather than in one parse, so that each message names the line as the editor sees it
  // (a blank line does not shift the count). No field of this format spans lines.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerText = lines[0] ?? '';
  const header = headerText.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
  const headerProblem = checkHeader(header);
  if (headerProblem) return { rows: [], problems: [{ line: 1, message: headerProblem }] };
  const normalisedHeader = header.join(',');

  const rows: VoteCsvLine[] = [];
  const problems: VoteCsvProblem[] = [];
  const firstLineOf = new Map<number, number>();
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === '') return;
    let record: Record<string, string>;
    try {
      [record = {}] = parseCsv(`${normalisedHeader}\n${text}`, SOURCE);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push({ line, message: error.detail.startsWith('has ') ? `it ${error.detail}` : error.detail });
      return;
    }
    const parsed = voteCsvRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, message: rowMessage(issue.path, issue.message, record) });
      return;
    }
    const earlier = firstLineOf.get(parsed.data.member_id);
    if (earlier !== undefined) {
      problems.push({ line, message: `member ${parsed.data.member_id} is also on line ${earlier}: list each member once` });
      return;
    }
    firstLineOf.set(parsed.data.member_id, line);
    rows.push({ ...parsed.data, line });
  });

  if (rows.length === 0 && problems.length === 0) problems.push({ line: null, message: 'There are no votes below the header line' });
  if (rows.length > MAX_VOTE_CSV_ROWS) {
    problems.push({ line: null, message: `There are ${rows.length} votes: paste at most ${MAX_VOTE_CSV_ROWS} at a time` });
  }
  return { rows, problems };
}

function checkHeader(header: string[]): string | null {
  const expected = `Start with the header line member_id,vote (optionally followed by ,teller,proxy)`;
  if (header.length === 1 && header[0] === '') return `The first line is empty. ${expected}`;
  const unknown = header.filter((h) => !(VOTE_CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) return `Unknown column “${unknown[0]}”. ${expected}`;
  const repeated = header.find((h, i) => header.indexOf(h) !== i);
  if (repeated) return `The column ${repeated} appears twice in the header`;
  const missing = VOTE_CSV_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return `The header has no ${missing.join(' or ')} column. ${expected}`;
  return null;
}

function rowMessage(path: ReadonlyArray<PropertyKey>, message: string, record: Record<string, string>): string {
  const column = String(path[0] ?? '');
  if (column === 'vote') {
    const got = (record.vote ?? '').trim();
    return got === '' ? `the vote is empty: use ${VOTE_POSITIONS.join(', ')}` : `“${got}” is not a vote: use ${VOTE_POSITIONS.join(', ')}`;
  }
  if (column === 'member_id') return `${lowerFirst(message)} (got “${(record.member_id ?? '').trim()}”)`;
  return lowerFirst(message);
}

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
