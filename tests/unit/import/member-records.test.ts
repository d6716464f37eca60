import { describe, expect, it } from 'vitest';
import { membershipPeriods, plainName, plainSortName, postKindFor, type PartySpell, type SeatSpell } from '@/lib/import/member-records';
import { canonicalParty } from '@/lib/import/parties';

const LAB = { name: 'Labour', abbreviation: 'Lab', colour: 'd50000' };
const IND = { name: 'Independent', abbreviation: 'Ind', colour: '909090' };
const CON = { name: 'Conservative', abbreviation: 'Con', colour: '0063ba' };
const seat = (startDate: string, endDate: string | null, endReason: string | null = null, name = 'Hackney North and Stoke Newington'): SeatSpell => ({
  seat: { officialId: 3506, name, validFrom: '2010-05-06', validTo: '2024-05-30' },
  startDate,
  endDate,
  endReason,
});
const spell = (party: PartySpell['party'], startDate: string, endDate: string | null): PartySpell => ({ party, startDate, endDate });
const summary = (periods: ReturnType<typeof membershipPeriods>) => periods.map((p) => [p.party.abbreviation, p.startDate, p.endDate, p.endReason]);

describe('membershipPeriods: seats cut by party history', () => {
  it('starts a new period when the whip is suspended (Labour → Independent)', () => {
    const periods = membershipPeriods([seat('1987-06-11', '2024-05-30', 'Dissolution')], [spell(LAB, '1987-06-11', '2023-04-23'), spell(IND, '2023-04-23', null)]);
    expect(summary(periods)).toEqual([
      ['Lab', '1987-06-11', '2023-04-23', 'Party changed to Independent'],
      ['Ind', '2023-04-23', '2024-05-30', 'Dissolution'],
    ]);
  });

  it('keeps one period for a member who never changed party, ending with the seat', () => {
    expect(summary(membershipPeriods([seat('2010-05-06', '2024-05-30', 'Dissolution')], [spell(LAB, '2010-05-06', null)]))).toEqual([
      ['Lab', '2010-05-06', '2024-05-30', 'Dissolution'],
    ]);
  });

  it('gives each seat its own periods, and only the party spells that overlap it', () => {
    const periods = membershipPeriods(
      [seat('1997-05-01', '2001-06-07', 'General election', 'Old Seat'), seat('2005-05-05', null, null, 'New Seat')],
      [spell(CON, '1997-05-01', '2003-01-01'), spell(IND, '2003-01-01', '2004-01-01'), spell(LAB, '2004-01-01', null)],
    );
    expect(periods.map((p) => [p.seat?.name, p.party.abbreviation, p.startDate, p.endDate, p.endReason])).toEqual([
      ['Old Seat', 'Con', '1997-05-01', '2001-06-07', 'General election'],
      ['New Seat', 'Lab', '2005-05-05', null, null],
    ]);
  });

  it('on a day two parties share (left one, joined the next), the later party has the day', () => {
    const periods = membershipPeriods([seat('2019-12-12', null)], [spell(CON, '2010-05-06', '2019-12-12'), spell(IND, '2019-12-12', null)]);
    expect(summary(periods)).toEqual([['Ind', '2019-12-12', null, null]]);
  });

  it('cuts a party spell that runs past the start of the next one', () => {
    const periods = membershipPeriods([seat('2010-05-06', null)], [spell(LAB, '2010-05-06', null), spell(IND, '2020-10-29', '2021-01-01'), spell(LAB, '2021-01-01', null)]);
    expect(summary(periods)).toEqual([
      ['Lab', '2010-05-06', '2020-10-29', 'Party changed to Independent'],
      ['Ind', '2020-10-29', '2021-01-01', 'Party changed to Labour'],
      ['Lab', '2021-01-01', null, null],
    ]);
  });

  it('has no period without a seat in the Commons or without a party', () => {
    expect(membershipPeriods([], [spell(LAB, '2010-05-06', null)])).toEqual([]);
    expect(membershipPeriods([seat('2010-05-06', null)], [])).toEqual([]);
    expect(membershipPeriods([seat('2010-05-06', '2015-03-30')], [spell(LAB, '2017-06-08', null)])).toEqual([]);
  });
});

describe('postKindFor: the kind of a post from its title', () => {
  const cases: [string, 'government' | 'opposition', string][] = [
    ['Parliamentary Secretary to the Treasury (Chief Whip)', 'government', 'whip'],
    ['Lord Commissioner of HM Treasury (Whip)', 'government', 'whip'],
    ['Lord Commissioner of HM Treasury', 'government', 'whip'],
    ['Assistant Whip (HM Treasury)', 'government', 'whip'],
    ['Comptroller of HM Household (Government Whip)', 'government', 'whip'],
    ['Vice-Chamberlain of HM Household', 'government', 'whip'],
    ['Opposition Whip (Commons)', 'opposition', 'whip'],
    ['Opposition Chief Whip (Commons)', 'opposition', 'whip'],
    ['Parliamentary Private Secretary to the Prime Minister', 'government', 'pps'],
    ['Liberal Democrat Spokesperson (Foreign Affairs)', 'opposition', 'spokesperson'],
    ['SNP Spokesperson (Defence)', 'opposition', 'spokesperson'],
    ['Leader of the Labour Party', 'opposition', 'party_leader'],
    ['Leader of the Scottish National Party', 'opposition', 'party_leader'],
    ['Leader of the Liberal Democrats', 'opposition', 'party_leader'],
    ['Leader of HM Official Opposition', 'opposition', 'party_leader'],
    ['Shadow Minister (Women and Equalities)', 'opposition', 'shadow_minister'],
    ['Shadow Secretary of State for Exiting the European Union', 'opposition', 'shadow_minister'],
    ['Shadow Leader of the House of Commons', 'opposition', 'shadow_minister'],
    ['Secretary of State for Wales', 'government', 'minister'],
    ['Leader of the House of Commons', 'government', 'minister'],
    ['Prime Minister, First Lord of the Treasury and Minister for the Civil Service', 'government', 'minister'],
    ['Parliamentary Under-Secretary (Department for Education)', 'government', 'minister'],
  ];
  it.each(cases)('%s (%s) → %s', (title, side, kind) => {
    expect(postKindFor(title, side)).toBe(kind);
  });
});

describe('names and parties as the division records give them', () => {
  it('drops honorifics from display names, but never the name itself', () => {
    expect(plainName('Ms Diane Abbott')).toBe('Diane Abbott');
    expect(plainName('Sir Keir Starmer')).toBe('Keir Starmer');
    expect(plainName('Rt Hon Sir Lindsay Hoyle')).toBe('Lindsay Hoyle');
    expect(plainName('Dr Rosena Allin-Khan')).toBe('Rosena Allin-Khan');
    expect(plainName('Yasmin Qureshi')).toBe('Yasmin Qureshi');
    expect(plainName('Lady Hermon')).toBe('Lady Hermon');
    expect(plainName('Dame')).toBe('Dame');
  });

  it('sorts by surname as Parliament lists it', () => {
    expect(plainSortName('Abbott, Ms Diane', 'Diane Abbott')).toBe('Abbott, Diane');
    expect(plainSortName('Long Bailey, Rebecca', 'Rebecca Long Bailey')).toBe('Long Bailey, Rebecca');
    expect(plainSortName(null, 'Yasmin Qureshi')).toBe('Qureshi, Yasmin');
  });

  it('counts Labour and Co-operative members as Labour, as the Commons Votes API does', () => {
    expect(canonicalParty({ name: 'Labour (Co-op)', abbreviation: 'Lab/Co-op', colour: 'd50000' })).toEqual({ name: 'Labour', abbreviation: 'Lab', colour: 'd50000' });
    expect(canonicalParty(CON)).toBe(CON);
  });
});
