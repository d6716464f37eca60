import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMemberPage } from '@/db/queries/member-page';
import { memberIntroOf } from '@/lib/view/member-intro';
import type { TempDb } from './support/temp-db';
import { releaseAppDb, useSeededAppDb } from './support/app-db';

// An MP page's opening travels to the browser as data drawn by a client component (components/mp/member-header.tsx):
// what it is given, worded on the server, is what the page shows, and nothing the page does not draw.

describe('an MP page’s opening, as data', () => {
  let t: TempDb;
  beforeAll(() => {
    t = useSeededAppDb();
  });
  afterAll(() => releaseAppDb(t));

  it('words Yasmin Qureshi’s opening: party, seat and dates, the size of her record', () => {
    const member = loadMemberPage(3924, 1)!;
    const intro = memberIntroOf(member);
    expect(intro).toMatchObject({ parliamentId: 3924, name: 'Yasmin Qureshi', speaker: false, headline: member.summary.headline });
    expect(intro.party).toEqual({ name: 'Labour', abbreviation: 'Lab', colour: member.party!.colour });
    expect(intro.seat?.name).toBe('Bolton South East');
    expect(intro.seat?.dates).toBeTruthy();
    expect(intro.record).toBe(`1 recorded vote, 1 vote against the party whip, ${member.posts.length === 1 ? '1 post' : `${member.posts.length} posts`} recorded.`);
    expect(JSON.parse(JSON.stringify(intro))).toEqual(intro);
  });

  it('names the Speaker’s “party” without a colour chip', () => {
    const speaker = loadMemberPage(467, 1);
    if (!speaker) throw new Error('The seeded record has the Speaker, Lindsay Hoyle (467)');
    const intro = memberIntroOf(speaker);
    expect(intro.speaker).toBe(true);
    expect(intro.party?.name).toBe('Speaker');
  });
});
