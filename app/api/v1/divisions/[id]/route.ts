import type { NextRequest } from 'next/server';
import { getDivisionByOfficialId, listDivisionTopics, loadDivisionView } from '@/db/queries/division-detail';
import { officialIdSchema } from '@/lib/validation/api';
import { apiError, apiJson } from '../../_shared/http';
import { siteOrigin, divisionSummaryJson, partyRef, whipJson } from '../../_shared/serialise';

/** GET /api/v1/divisions/{id}: one division by Commons Votes id, with each party's whip and the departures. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/divisions/[id]'>) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return apiError(400, `The division id must be a Commons Votes id, a whole number such as 1666`);
  const division = getDivisionByOfficialId(id.data);
  if (!division) return apiError(404, `There is no division ${id.data}`);

  const { view } = loadDivisionView(division);
  const origin = siteOrigin();
  return apiJson({
    data: {
      ...divisionSummaryJson(division, origin),
      motion_text: division.motionText,
      moved_by: division.movedBy,
      is_deferred: division.isDeferred,
      hansard_url: division.hansardUrl,
      names_recorded: {
        ayes: view.countCheck.recorded.ayes,
        noes: view.countCheck.recorded.noes,
        differs_from_official: view.countCheck.differs,
      },
      topics: listDivisionTopics(division.id).map((t) => ({ title: t.title, supporting_lobby: t.supportingLobby })),
      parties: view.partyRows.map((row) => ({
        party: partyRef(row.party),
        ayes: row.tally.ayes,
        noes: row.tally.noes,
        both: row.tally.both,
        absent: row.tally.absent,
        whip: whipJson(row.whip),
        rebels: row.rebels,
      })),
      rebels_total: view.rebelsTotal,
      departures: view.departures.map((d) => ({
        member_id: d.parliamentId,
        name: d.name,
        post: d.title,
        end_reason: d.endReason,
        ended_on: d.endDate,
      })),
      sources: division.sources,
      links: { votes: `${origin}/api/v1/divisions/${division.officialId}/votes`, html: `${origin}/divisions/${division.officialId}` },
    },
  });
}
