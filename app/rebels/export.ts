import 'server-only';
import { loadRebelList } from '@/db/queries/rebels';
import { rebelsCsvColumns, rebelsJson } from '@/lib/export/rebels';
import { csvResponse, errorResponse, jsonDownloadResponse } from '@/lib/export/response';

/** /rebels.csv and /rebels.json: the explorer's rows, from the same loader and filters as /rebels; 400 for bad filters. */
export async function rebelsExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const { query, issues, list } = loadRebelList(new URL(request.url).searchParams);
  if (issues.length > 0) return errorResponse(400, 'These filters are not valid.', issues);
  const name = ['rebels', ...[...query.division].sort((a, b) => a - b).map(String), query.party].filter(Boolean).join('-');
  return format === 'csv'
    ? csvResponse(list.rows, rebelsCsvColumns(query.topic), `${name}.csv`)
    : jsonDownloadResponse(rebelsJson(list, query), `${name}.json`);
}
