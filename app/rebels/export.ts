import 'server-only';
import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { rebelScopeJson, rebelsCsvColumns, rebelsJson } from '@/lib/export/rebels';
import { rebelsFilename } from '@/lib/export/filenames';
import { csvResponse, downloadErrorResponse, jsonDownloadResponse } from '@/lib/export/response';

/**
 * /rebels.csv and /rebels.json: every row of the explorer's list (all pages), from the same loader and filters
 * as /rebels; 400 for bad filters (a page for a browser, JSON for a program: downloadErrorResponse). The file name
 * says what it covers ("rebels-latest-100-divisions-labour.csv", "rebels-division-1666-labour-frontbench.csv",
 * "rebels-2020-01-01-to-2020-03-31.csv": lib/export/filenames.ts); the JSON says it in `scope`.
 */
export async function rebelsExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const url = new URL(request.url);
  const { query, issues, list, scope, divisions, parties } = loadRebelListKept(url.searchParams);
  if (issues.length > 0) {
    return downloadErrorResponse(request, {
      status: 400,
      message: 'These filters are not valid.',
      issues,
      back: { href: `/rebels${url.search}`, label: 'the rebels with these filters' },
    });
  }
  const party = query.party ? parties.find((p) => p.abbreviation.toLowerCase() === query.party!.toLowerCase()) : undefined;
  const latestRead = scope.kind === 'latest' && scope.matching > scope.read ? scope.read : undefined;
  const filename = rebelsFilename(query, { partyName: party?.name, latestRead }, format);
  return format === 'csv'
    ? csvResponse(list.rows, rebelsCsvColumns(query.topic), filename)
    : jsonDownloadResponse({ scope: rebelScopeJson(scope, divisions), ...rebelsJson(list, query) }, filename);
}
