import type { BulkColumn } from './columns';
import { readBulkCsv, type BulkCsvLine } from './csv-file';
import { POST_COLUMNS, readPostLine, type PostLine } from './posts';
import { sortProblems, type BulkProblem } from './problems';
import { readStatementLine, STATEMENT_COLUMNS, type StatementLine } from './statements';
import { readWhipLine, WHIP_COLUMNS, type WhipLine } from './whips';

// The three kinds of bulk file: the command's subcommands, the admin form's choice and the templates.

export const BULK_KINDS = ['whips', 'posts', 'statements'] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

export const isBulkKind = (value: unknown): value is BulkKind => (BULK_KINDS as readonly unknown[]).includes(value);

/** The table each kind writes, as revisions name it (statements are the stances table). */
export const BULK_TABLES: Record<BulkKind, 'whips' | 'posts' | 'stances'> = { whips: 'whips', posts: 'posts', statements: 'stances' };

type Reader<T> = (row: BulkCsvLine) => { value: T | null; problems: BulkProblem[] };

type KindSpec<T> = { label: string; one: string; columns: ReadonlyArray<BulkColumn>; read: Reader<T>; example: Record<string, string> };

// One example line each, from the real record of 15 November 2023 (data/commons-2023-11-15): loaded into the
// seeded record, each template changes nothing.
const SPECS: { whips: KindSpec<WhipLine>; posts: KindSpec<PostLine>; statements: KindSpec<StatementLine> } = {
  whips: {
    label: 'Whips',
    one: 'whip',
    columns: WHIP_COLUMNS,
    read: readWhipLine,
    example: {
      division: '1666',
      party: 'Labour',
      instruction: 'abstain',
      strength: '3',
      basis: 'reported',
      note: 'LabourList reported a three-line whip “both to support Labour\'s amendment and abstain on the SNP\'s amendment”; frontbenchers were warned of consequences.',
      source_url:
        'https://labourlist.org/2023/11/parliament-ceasefire-vote-mps-labour-frontbench/ https://headtopics.com/uk/rebel-labour-mps-defy-starmer-and-back-snp-call-for-gaza-48988749 https://nation.cymru/news/mps-vote-against-gaza-ceasefire-amendment-as-three-labour-frontbenchers-rebel/',
      source_note: '',
    },
  },
  posts: {
    label: 'Posts',
    one: 'post',
    columns: POST_COLUMNS,
    read: readPostLine,
    example: {
      person: '3924',
      title: 'Shadow Minister for Women and Equalities',
      kind: 'shadow_minister',
      side: 'opposition',
      party: 'Labour',
      department: 'Shadow Women and Equalities',
      start_date: '',
      end_date: '15/11/2023',
      end_reason: 'resigned',
      end_reason_note: '',
      ended_over_division: '1666',
      note: 'Resigned before the vote: “With regret, I have stepped down as Shadow Women and Equalities Minister.”',
      source_url:
        'https://independent.co.uk/news/uk/labour-commons-mps-snp-naz-shah-b2448023.html https://www.theboltonnews.co.uk/news/23926442.bolton-yasmin-qureshi-resigns-frontbench-gaza/ https://feeds.bbci.co.uk/news/uk-politics-67438901',
      source_note: '',
    },
  },
  statements: {
    label: 'Statements',
    one: 'statement',
    columns: STATEMENT_COLUMNS,
    read: readStatementLine,
    example: {
      person: '3924',
      party: '',
      speaker: 'Yasmin Qureshi',
      topic: 'gaza-immediate-ceasefire',
      position: 'supports',
      label: 'supports immediate ceasefire; will vote for SNP amendment',
      quote: 'I intend to vote for this motion.',
      said_on: '15/11/2023',
      said: 'before',
      kind: 'statement',
      source_url: 'https://www.theboltonnews.co.uk/news/23926442.bolton-yasmin-qureshi-resigns-frontbench-gaza/',
      source_title: '',
      source_outlet: '',
      confidence: 'high',
      note: 'Statement announcing her resignation as shadow equalities minister.',
    },
  },
};

export const bulkKindLabel = (kind: BulkKind) => SPECS[kind].label;
export const bulkColumns = (kind: BulkKind): ReadonlyArray<BulkColumn> => SPECS[kind].columns;
export const bulkExample = (kind: BulkKind): Record<string, string> => SPECS[kind].example;
/** "whip", "post", "statement". */
export const bulkItemNoun = (kind: BulkKind) => SPECS[kind].one;

export type BulkLines = { whips: WhipLine[]; posts: PostLine[]; statements: StatementLine[] };

/** A bulk file read and checked line by line (without the database): its lines, or every problem found. */
export type ParsedBulkFile<K extends BulkKind = BulkKind> = {
  kind: K;
  fileName: string;
  /** Lines read below the header (blank lines aside). */
  rows: number;
  lines: BulkLines[K];
  /** The lines that could not be read whole, as typed: their references are still checked against the record. */
  unread: BulkCsvLine[];
  problems: BulkProblem[];
};

/** The columns that name a record already held, and what kind of record: checked against the record on every line. */
export const BULK_REFERENCES: Record<BulkKind, Record<string, 'division' | 'party' | 'person' | 'topic'>> = {
  whips: { division: 'division', party: 'party' },
  posts: { person: 'person', party: 'party', ended_over_division: 'division' },
  statements: { person: 'person', party: 'party', topic: 'topic' },
};

export function parseBulkFile<K extends BulkKind>(kind: K, text: string, fileName: string): ParsedBulkFile<K> {
  const spec = SPECS[kind] as unknown as KindSpec<BulkLines[K][number]>;
  const read = readBulkCsv(text, spec.columns);
  const problems = [...read.problems];
  const lines: BulkLines[K][number][] = [];
  const unread: BulkCsvLine[] = [];
  for (const row of read.lines) {
    const result = spec.read(row);
    problems.push(...result.problems);
    if (result.value) lines.push(result.value);
    else unread.push(row);
  }
  return { kind, fileName, rows: read.lines.length, lines: lines as BulkLines[K], unread, problems: sortProblems(problems, spec.columns.map((c) => c.name)) };
}
