import { describe, expect, it } from 'vitest';
import { divisionListFilename, divisionVotesFilename, downloadFilename, memberListFilename, rebelsFilename } from '@/lib/export/filenames';

describe('download file names say what the file holds', () => {
  it('name a division’s votes by party and vote, whatever the order', () => {
    expect(divisionVotesFilename({ officialId: 1666 }, { partyName: 'Labour', vote: 'aye' }, 'csv')).toBe('division-1666-votes-labour-aye.csv');
    expect(divisionVotesFilename({ officialId: 1666 }, { vote: 'absent' }, 'json')).toBe('division-1666-votes-did-not-vote.json');
    expect(divisionVotesFilename({ officialId: 1666 }, {}, 'csv')).toBe('division-1666-votes.csv');
  });

  it('name the finder’s downloads by dates, topic, words and flags', () => {
    expect(divisionListFilename({ from: '2023-11-01', to: '2023-11-30', topic: 'gaza' }, undefined, 'csv')).toBe(
      'divisions-2023-11-01-to-2023-11-30-topic-gaza.csv',
    );
    expect(divisionListFilename({ to: '2023-11-30', q: 'Rwanda bill', result: 'noes', departures: 'yes' }, 'Scottish National Party', 'json')).toBe(
      'divisions-to-2023-11-30-titled-rwanda-bill-won-by-noes-scottish-national-party-rebels-with-departures.json',
    );
    expect(divisionListFilename({ rebels: 'yes' }, undefined, 'csv')).toBe('divisions-with-rebels.csv');
  });

  it('name the rebels by divisions, then every filter', () => {
    expect(rebelsFilename({ division: [1666], role: 'frontbench' }, { partyName: 'Labour' }, 'csv')).toBe('rebels-division-1666-labour-frontbench.csv');
    expect(
      rebelsFilename(
        { division: [], from: '2023-11-01', basis: 'reported', vote: 'aye', left: 'no', stance: 'supports', party_stance: 'none', topic: 'gaza-ceasefire', nation: 'scotland', q: 'Ann' },
        { latestRead: 100 },
        'json',
      ),
    ).toBe('rebels-latest-100-divisions-from-2023-11-01-reported-whip-voted-aye-kept-post-said-supports-no-party-line-topic-gaza-ceasefire-scotland-matching-ann.json');
    expect(rebelsFilename({ division: [3, 1, 2] }, {}, 'csv')).toBe('rebels-division-1-2-3.csv');
    expect(rebelsFilename({ division: Array.from({ length: 40 }, (_, i) => 1000 + i) }, {}, 'csv')).toBe('rebels-40-divisions.csv');
  });

  it('name the MP list by party and search words', () => {
    expect(memberListFilename({ partyName: 'Sinn Féin', q: 'BT1 1AA' }, 'csv')).toBe('mps-sinn-fein-matching-bt1-1aa.csv');
    expect(memberListFilename({}, 'json')).toBe('mps.json');
  });

  it('keep names safe and short, cut at a hyphen', () => {
    const name = downloadFilename(['rebels', 'x'.repeat(80), 'y'.repeat(80), 'z'.repeat(80)], 'csv');
    expect(name).toBe(`rebels-${'x'.repeat(80)}-${'y'.repeat(80)}.csv`);
    expect(downloadFilename(['../../etc', 'passwd"; x=1'], 'csv')).toBe('etc-passwd-x-1.csv');
  });
});
