import type { NextRequest } from 'next/server';
import { loadPartyPage } from '@/db/queries/party-page';
import { pagingQuerySchema, parseApiQuery } from '@/lib/validation/api';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiError, apiJson, badQuery } from '../../_shared/http';
import { partyRef } from '../../_shared/serialise';

/**
 * GET /api/v1/parties/{abbreviation}: a party's MPs now, whips recorded, rebellions and most frequent rebels, posts
 * its MPs left over a vote, and its cohesion in the latest divisions with the median over all. As /parties/{abbr}.
 */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/parties/[abbr]'>) {
  const abbr = (await ctx.params).abbr;
  if (abbr.length > 20) return apiError(400, 'A party is given by its abbreviation, e.g. Lab');
  const parsed = parseApiQuery(pagingQuerySchema.pick({}), request.nextUrl.searchParams);
  if (!parsed.success) return badQuery(parsed.issues);
  const page = loadPartyPage(abbr);
  if (!page) return apiError(404, `There is no party with the abbreviation "${abbr}"`);
  const { party } = page;
  return apiJson({
    data: {
      abbreviation: party.abbreviation,
      name: party.name,
      kind: partyRef(party)!.kind,
      colour: party.colour,
      members_now: page.membersNow.length,
      url: `${requestSiteOrigin(request)}/parties/${encodeURIComponent(party.abbreviation)}`,
      whips_recorded: page.whipsRecorded.map((w) => ({ instruction: w.instruction, divisions: w.count })),
      rebellions: page.rebellions,
      top_rebels: page.topRebels.map((r) => ({ id: r.parliamentId, name: r.name, rebellions: r.rebellions })),
      departures: page.departures.map((d) => ({ id: d.parliamentId, name: d.name, division_id: d.officialId, date: d.date })),
      median_cohesion: page.medianCohesion,
      cohesion: page.cohesion.map((c) => ({
        division_id: c.officialId,
        date: c.date,
        title: c.title,
        ayes: c.ayes,
        noes: c.noes,
        cohesion: c.cohesion,
        whip: c.whip,
        rebels: c.rebels,
      })),
    },
  });
}
