import 'server-only';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { divisionVotesCsvColumns, divisionVotesJson } from '@/lib/export/division-votes';
import { divisionVotesFilename } from '@/lib/export/filenames';
import { csvResponse, errorResponse, jsonDownloadResponse } from '@/lib/export/response';
import { parseDivisionVotesQuery } from '@/lib/validation/division-votes';
import { filterMembers } from '@/lib/view/division-view';
import { parseRouteKey } from '@/lib/view/params';

// GET route handlers that read the request are dynamic (never prerendered), so no connection() is needed.
/**
 * /divisions/1666/votes.csv?party=Lab&vote=aye and .json: the members list of the division page, from the
 * same reads (loadDivisionView) and the same filter (filterMembers). 404 for an unknown division, 400 for a
 * filter the page would not accept.
 */
export async function divisionVotesExport(request: Request, rawId: string, format: 'csv' | 'json'): Promise<Response> {
  const key = parseRouteKey(rawId);
  if (!key || key.kind === 'slug') return errorResponse(404, `There is no division "${rawId}".`);
  const division = getDivisionByOfficialId(key.id);
  if (!division) return errorResponse(404, `There is no division ${key.id}.`);

  const parsed = parseDivisionVotesQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(400, 'These filters are not valid.', parsed.issues);
  const { query } = parsed;

  const { view } = loadDivisionView(division);
  const party = query.party ? view.partyRows.find((r) => r.party.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  if (query.party && !party) {
    return errorResponse(400, `No party with the abbreviation "${query.party}" voted in division ${division.officialId}.`, [
      { path: 'party', message: 'Unknown party for this division' },
    ]);
  }
  const members = filterMembers(view.members, { partyAbbreviation: party?.party.abbreviation, vote: query.vote, sort: query.sort });
  const filename = divisionVotesFilename(division, { partyName: party?.party.name, vote: query.vote }, format);
  const filters = { ...query, party: party?.party.abbreviation };
  return format === 'csv'
    ? csvResponse(members, divisionVotesCsvColumns, filename)
    : jsonDownloadResponse(divisionVotesJson(division, filters, members), filename);
}
