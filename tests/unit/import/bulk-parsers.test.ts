import { describe, expect, it } from 'vitest';
import { readBulkCsv } from '@/lib/import/bulk/csv-file';
import { BULK_KINDS, bulkColumns, bulkExample, parseBulkFile } from '@/lib/import/bulk/kinds';
import { describeBulkProblem } from '@/lib/import/bulk/problems';
import { describeBulkItem, describeRefusal } from '@/lib/import/bulk/summary';

const problems = (kind: Parameters<typeof parseBulkFile>[0], text: string) => parseBulkFile(kind, text, 'x.csv').problems.map(describeBulkProblem);
const WHIP_HEADER = 'division,party,instruction,strength,basis,note,source_url,source_note';

describe('the bulk CSV reader', () => {
  it('numbers lines as the file does: a quoted note over two lines moves the next line on, a blank line is skipped', () => {
    const text = `${WHIP_HEADER}\r\n1666,Lab,abstain,3,inferred,"two\nlines",,\n\n1666,Con,noo,,inferred,,,\n`;
    expect(problems('whips', text)).toEqual(['Line 5, column instruction: “noo” is not one of aye, no, abstain, free']);
  });

  it('checks the header: unknown, repeated and missing required columns, and an empty file', () => {
    expect(readBulkCsv('division,party,instrction,party\n', bulkColumns('whips')).problems.map(describeBulkProblem)).toEqual([
      'Line 1: Unknown column “instrction”: the columns are division, party, instruction, strength, basis, note, source_url, source_note',
      'Line 1: The column party appears twice in the header',
      'Line 1: The header has no instruction column. The first line must be the header row, e.g. division,party,instruction,strength,basis,note,source_url,source_note (download the template)',
    ]);
    expect(problems('whips', '')[0]).toMatch(/^Line 1: The file is empty/);
    expect(problems('whips', `${WHIP_HEADER}\n`)).toEqual(['There are no lines below the header row']);
  });

  it('reports a line with the wrong number of cells and an unclosed quote without stopping at the first', () => {
    expect(problems('whips', `${WHIP_HEADER}\n1666,Lab,aye\n1666,Con,no,,inferred,,,\n`)).toEqual([
      'Line 2: it has 3 cells, the header has 8: check the commas and quotes',
    ]);
    expect(problems('whips', `${WHIP_HEADER}\n1666,Lab,aye,,inferred,"open,,\n`)[0]).toMatch(/^Line 2: a quoted field is never closed/);
  });

  it('takes the columns in any order and leaves out those not required', () => {
    const parsed = parseBulkFile('whips', 'Instruction,Party,Division,Basis\nagainst,Labour,1666,inferred\n', 'x.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toEqual([{ line: 2, division: 1666, party: 'Labour', instruction: 'no', strength: null, basis: 'inferred', note: null, sources: [], notes: [] }]);
  });

  it('reads each template without a problem', () => {
    for (const kind of BULK_KINDS) {
      const columns = bulkColumns(kind).map((c) => c.name);
      const row = columns.map((c) => `"${(bulkExample(kind)[c] ?? '').replace(/"/g, '""')}"`).join(',');
      expect(parseBulkFile(kind, `${columns.join(',')}\n${row}\n`, `${kind}.csv`).problems, kind).toEqual([]);
    }
  });
});

describe('whip lines', () => {
  it('clears a free vote’s strength instead of refusing it, and says so', () => {
    const [line] = parseBulkFile('whips', `${WHIP_HEADER}\n1666,SNP,Free vote,three-line,inferred,,,\n`, 'x.csv').lines;
    expect(line).toMatchObject({ instruction: 'free', strength: null, notes: ['strength 3 cleared: a free vote has no whip lines'] });
  });

  it('reads several sources, the note going with the first, and defaults the basis to reported', () => {
    const [line] = parseBulkFile('whips', `${WHIP_HEADER}\n1666,Lab,abstain,2,,,"https://a.example/x ; https://b.example/y",the first says so\n`, 'x.csv').lines;
    expect(line).toMatchObject({ basis: 'reported', strength: 2, sources: [{ url: 'https://a.example/x', note: 'the first says so' }, { url: 'https://b.example/y' }] });
  });

  it('collects every problem of a line, each with its column', () => {
    expect(problems('whips', `${WHIP_HEADER}\n16x,,maybe,4,guessed,,ftp://x.example,\n`)).toEqual([
      'Line 2, column division: “16x” is not a division number: use a whole number, e.g. 1666',
      'Line 2, column party: empty: give the party’s name or abbreviation, e.g. Labour or Lab',
      'Line 2, column instruction: “maybe” is not one of aye, no, abstain, free',
      'Line 2, column strength: “4” is not a whip’s strength: use 1, 2 or 3 (one-, two- or three-line), or leave it blank when not known',
      'Line 2, column basis: “guessed” is not one of reported, inferred',
      'Line 2, column source_url: “ftp://x.example” is not a web address: start it with http:// or https://',
    ]);
  });
});

describe('post and statement lines', () => {
  const POST_HEADER = 'person,title,kind,side,start_date,end_date,end_reason,ended_over_division';
  it('reads UK dates and kinds written with spaces', () => {
    const [line] = parseBulkFile('posts', `${POST_HEADER}\n3924,PPS to the Leader,Parliamentary private secretary,Opposition,15/11/2021,"Wednesday 15 November 2023",Resigned,1666\n`, 'x.csv').lines;
    expect(line).toMatchObject({ person: '3924', kind: 'pps', side: 'opposition', startDate: '2021-11-15', endDate: '2023-11-15', endReason: 'resigned', endedOverDivision: 1666 });
  });

  it('applies the post form’s rules: no end before the start, an end reason or division needs the end date', () => {
    expect(problems('posts', `${POST_HEADER}\n3924,A,whip,government,2023-11-15,2023-11-14,,\n3924,B,whip,government,,,sacked,\n3924,C,whip,government,,,,1666\n`)).toEqual([
      'Line 2, column end_date: the post cannot end before it starts: check both dates',
      'Line 3, column end_date: empty: give the date the post ended, or clear end_reason',
      'Line 4, column end_date: empty: a post that ended over a vote needs the date it ended',
    ]);
  });

  it('needs a statement’s topic, position, label, kind, source and confidence, and reads a date said', () => {
    const header = 'person,topic,position,label,said_on,kind,source_url,confidence';
    expect(problems('statements', `${header}\n3924,,agree,,yesterday,tweet,,\n`)).toEqual([
      'Line 2, column topic: empty: give the topic’s address or title, e.g. gaza-immediate-ceasefire',
      'Line 2, column position: “agree” is not one of supports, opposes, mixed, other',
      'Line 2, column label: empty: give a short label saying what they said, e.g. supports an immediate ceasefire',
      'Line 2, column said_on: “yesterday” is not a date: write it like 15/11/2023, 15 November 2023 or 2023-11-15',
      'Line 2, column source_url: empty: give the web address of the source',
      'Line 2, column confidence: empty: use one of high, medium, low',
    ]);
  });
});

describe('the summary', () => {
  it('speaks as the division importer does, and a refusal lists every problem', () => {
    expect(describeBulkItem({ line: 2, label: 'Labour’s whip on division 1666', status: 'changed', detail: 'instruction abstain → aye', notes: ['x'] })).toEqual([
      'Line 2: Labour’s whip on division 1666: changed (instruction abstain → aye)',
      '  note: x',
    ]);
    expect(describeRefusal([{ line: 3, column: 'instruction', message: 'm' }])).toBe('refused, nothing was written: 1 problem:\n  Line 3, column instruction: m');
  });
});
