import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTolerance, parseDivisionJson } from '@/lib/import/commons-division';

const text = fs.readFileSync('data/commons-2023-11-15/commonsvotes-division-1666.json', 'utf8');
const excerpt = fs.readFileSync('tests/fixtures/api/commons-votes-division-1666-excerpt.json', 'utf8');

describe('parseDivisionJson on the real record', () => {
  const input = parseDivisionJson(text, 'division-1666.json');

  it('keeps the official fields', () => {
    expect(input).toMatchObject({
      officialId: 1666,
      heldAt: '2023-11-15T19:14:00',
      date: '2023-11-15',
      number: 3,
      ayeCount: 125,
      noCount: 293,
      isDeferred: false,
      publicationUpdated: '2023-11-15T19:48:10',
    });
    expect(input.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives each of the 650 members one effective vote', () => {
    expect(input.votes).toHaveLength(650);
    const by = (p: string) => input.votes.filter((v) => v.position === p).length;
    expect([by('aye'), by('no'), by('both'), by('absent')]).toEqual([127, 296, 0, 227]);
    expect(input.votes.find((v) => v.memberId === 4357)).toMatchObject({ position: 'aye', isTeller: true, name: 'Kirsty Blackman' });
    expect(input.votes.find((v) => v.memberId === 4385)?.proxyName).toBe('Marion Fellows');
    expect(input.votes.find((v) => v.memberId === 474)).toMatchObject({ partyName: 'Deputy Speaker', partyAbbreviation: null });
  });

  it('warns, without failing, that 294 names are recorded against an official 293', () => {
    expect(input.warnings).toEqual(['NoCount: official count 293 but 294 names recorded in Noes']);
  });
});

describe('parseDivisionJson on an excerpt with shortened member lists', () => {
  it('refuses it because the counts cannot add up', () => {
    expect(() => parseDivisionJson(excerpt, 'excerpt.json')).toThrow(/excerpt\.json: AyeCount: official count 125 but \d+ names recorded in Ayes: the counts do not add up/);
  });
});

describe('countTolerance', () => {
  it('allows a slip of two names, or 2% on large lobbies', () => {
    expect(countTolerance(10)).toBe(2);
    expect(countTolerance(293)).toBe(6);
  });
});
