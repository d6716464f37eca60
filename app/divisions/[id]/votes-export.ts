import 'server-only';
import { getDivisionByOfficialId, loadDivisionView } from '@/db/queries/division-detail';
import { divisionVotesCsvColumns, divisionVotesJson } from '@/lib/export/division-votes';
import { divisionVotesFilename } from '@/lib/export/filenames';
import { csvResponse, downloadErrorResponse, jsonDownloadResponse, type DownloadProblem } from '@/lib/export/response';
import { parseDivisionVotesQuery } from '@/lib/validation/division-votes';
import { filterMembers } from '@/lib/view/division-view';
import { parseRouteKey } from '@/lib/view/params';

// GET route handlers that read the request are dynamic (never prerendered), so no connection() is needed.
/**
 * /divisions/1666/votes.csv?party=Lab&vote=aye and .json: the members list of the division page, from the
 * same reads (loadDivisionView) and the same filter (filterMembers). 404 for an unknown division, 400 for a
 * filter the page would not accept: a page for a browser, JSON for a program (downloadErrorResponse).
 */
export async function divisionVotesExport(request: Request, rawId: string, format: 'csv' | 'json'): Promise<Response> {
  const url = new URL(request.url);
  const notFound = (message: string) =>
    downloadErrorResponse(request, { status: 404, message, back: { href: '/divisions', label: 'the list of divisions' } });
  const key = parseRouteKey(rawId);
  if (!key || key.kind === 'slug') return notFound(`There is no division "${rawId}".`);
  const division = getDivisionByOfficialId(key.id);
  if (!division) return notFound(`There is no division ${key.id}.`);
  const badFilter = (problem: Pick<DownloadProblem, 'message' | 'issues'>) =>
    downloadErrorResponse(request, {
      status: 400,
      ...problem,
      back: { href: `/divisions/${division.officialId}${url.search}`, label: `division ${division.officialId} with these filters` },
    });

  const parsed = parseDivisionVotesQuery(url.searchParams);
  if (!parsed.ok) return badFilter({ message: 'These filters are not valid.', issues: parsed.issues });
  const { query } = parsed;

  const { view } = loadDivisionView(division);
  const party = query.party ? view.partyRows.find((r) => r.party.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  if (query.party && !party) {
    return badFilter({
      message: `No party with the abbreviation "${query.party}" voted in division ${division.officialId}.`,
      issues: [{ path: 'party', message: 'Unknown party for this division' }],
    });
  }
  const members = filterMembers(view.members, { partyAbbreviation: party?.party.abbreviation, vote: query.vote, sort: query.sort });
  const filename = divisionVotesFilename(division, { partyName: party?.party.name, vote: query.vote }, format);
  const filters = { ...query, party: party?.party.abbreviation };
  return format === 'csv'
    ? csvResponse(members, divisionVotesCsvColumns, filename)
    : jsonDownloadResponse(divisionVotesJson(division, filters, members), filename);
}
