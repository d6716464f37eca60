import 'server-only';
import { loadRebelListKept } from '@/db/queries/rebel-lists';
import { rebelScopeJson, rebelsCsvColumns, rebelsJson } from '@/lib/export/rebels';
import { csvResponse, errorResponse, jsonDownloadResponse } from '@/lib/export/response';

/**
 * /rebels.csv and /rebels.json: every row of the explorer's list (all pages), from the same loader and filters
 * as /rebels; 400 for bad filters. The file name says what it covers ("rebels-latest-100-divisions-lab.csv",
 * "rebels-1666-lab.csv", "rebels-2020-01-01-to-2020-03-31.csv"); the JSON says it in `scope`.
 */
export async function rebelsExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const { query, issues, list, scope, divisions } = loadRebelListKept(new URL(request.url).searchParams);
  if (issues.length > 0) return errorResponse(400, 'These filters are not valid.', issues);
  const chosen = [...query.division].sort((a, b) => a - b).map(String);
  const latest = scope.kind === 'latest' && scope.matching > scope.read ? [`latest-${scope.read}-divisions`] : [];
  const dates = [query.from ? `from-${query.from}` : null, query.to ? `to-${query.to}` : null];
  const name = ['rebels', ...chosen, ...latest, ...dates, query.party].filter(Boolean).join('-');
  return format === 'csv'
    ? csvResponse(list.rows, rebelsCsvColumns(query.topic), `${name}.csv`)
    : jsonDownloadResponse({ scope: rebelScopeJson(scope, divisions), ...rebelsJson(list, query) }, `${name}.json`);
}
