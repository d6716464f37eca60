import { describe, expect, it } from 'vitest';
import { parseVoteCsv } from '@/lib/import/vote-csv';

describe('reading a pasted votes CSV', () => {
  it('reads the optional columns, quoted fields and any case, and numbers lines as the editor sees them', () => {
    const { rows, problems } = parseVoteCsv('\uFEFFMember_ID,Vote,Teller,Proxy\r\n3924, AYE ,,\r\n\r\n4357,no,yes,"Flynn, Stephen"\r\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, member_id: 3924, vote: 'aye', teller: false, proxy: null },
      { line: 4, member_id: 4357, vote: 'no', teller: true, proxy: 'Flynn, Stephen' },
    ]);
  });

  it('refuses a paste without the required columns, or with nothing below the header', () => {
    expect(parseVoteCsv('member_id\n3924').problems[0]?.message).toMatch(/^The header has no vote column/);
    expect(parseVoteCsv('vote,vote\naye,no').problems[0]?.message).toBe('The column vote appears twice in the header');
    expect(parseVoteCsv('member_id,vote\n\n').problems).toEqual([{ line: null, message: 'There are no votes below the header line' }]);
  });

  it('names a line with too many fields or an unclosed quote', () => {
    expect(parseVoteCsv('member_id,vote\n3924,aye,extra\n4357,"no').problems).toEqual([
      { line: 2, message: 'it has 3 fields, the header has 2' },
      { line: 3, message: 'a quoted field is never closed' },
    ]);
  });
});
