import type { NextRequest } from 'next/server';
import { getDivisionByOfficialId, listDivisionTopics, loadDivisionView } from '@/db/queries/division-detail';
import { officialIdSchema } from '@/lib/validation/api';
import { apiError, apiJson } from '../../_shared/http';
import { describeNoWhip } from '@/lib/view/whip-wording';
import { requestSiteOrigin } from '@/lib/site-origin';
import { divisionSummaryJson, partyRef, statementJson, whipJson } from '../../_shared/serialise';

/** GET /api/v1/divisions/{id}: one division by Commons Votes id, with each party's whip and the departures. */
export async function GET(request: NextRequest, ctx: RouteContext<'/api/v1/divisions/[id]'>) {
  const id = officialIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return apiError(400, `The division id must be a Commons Votes id, a whole number such as 1666`);
  const division = getDivisionByOfficialId(id.data);
  if (!division) return apiError(404, `There is no division ${id.data}`);

  const { view } = loadDivisionView(division);
  const origin = requestSiteOrigin(request);
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
      lobbies: Object.fromEntries(
        (['aye', 'no'] as const).map((side) => {
          const l = view.lobbies[side];
          return [side, { official: l.official, names_recorded: l.namesRecorded, tellers: l.tellers, both: l.both, party_total: l.partyTotal }];
        }),
      ),
      topics: listDivisionTopics(division.id).map((t) => ({ title: t.title, supporting_lobby: t.supportingLobby })),
      parties: view.partyRows.map((row) => ({
        party: partyRef(row.party),
        ayes: row.tally.ayes,
        noes: row.tally.noes,
        both: row.tally.both,
        absent: row.tally.absent,
        seated: row.seated,
        whip: whipJson(row.whip),
        no_whip_reason: row.whip ? null : describeNoWhip(row.guess, row.party.name, row.tally.both),
        rebels: row.rebels,
      })),
      in_the_chair: view.chair.map((m) => ({ member_id: m.parliamentId, name: m.name, role: m.party?.name ?? null })),
      rebels_total: view.rebelsTotal,
      party_lines: view.partyLines.map((line) => ({ party: partyRef(line.party), topic: line.topicTitle, ...statementJson(line) })),
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
