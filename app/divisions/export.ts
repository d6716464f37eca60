import 'server-only';
import { findDivisions } from '@/db/queries/division-finder';
import { divisionListCsvColumns, divisionListJson } from '@/lib/export/division-list';
import { csvResponse, errorResponse, jsonDownloadResponse } from '@/lib/export/response';

/**
 * /divisions.csv and /divisions.json: every division the finder matches (all pages), with the same filters as
 * /divisions; 400 for bad filters. The file name says what it holds ("divisions-ceasefire-from-2023-01-01-lab-rebels.csv").
 */
export async function divisionsExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const found = findDivisions(new URL(request.url).searchParams, { allRows: true });
  if (found.issues.length > 0) return errorResponse(400, 'These filters are not valid.', found.issues);
  const { query } = found;
  const name = [
    'divisions',
    query.q,
    query.from ? `from-${query.from}` : null,
    query.to ? `to-${query.to}` : null,
    query.topic,
    query.result ? `won-by-${query.result}` : null,
    found.party ? `${found.party.abbreviation}-rebels` : query.rebels ? 'with-rebels' : null,
    query.departures ? 'with-departures' : null,
  ]
    .filter(Boolean)
    .join('-');
  const rows = found.items.map((d) => ({ division: d, totals: found.totals.get(d.id) }));
  return format === 'csv'
    ? csvResponse(rows, divisionListCsvColumns(found.parties), `${name}.csv`)
    : jsonDownloadResponse(divisionListJson(rows, found), `${name}.json`);
}
