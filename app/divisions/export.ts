import 'server-only';
import { findDivisions } from '@/db/queries/division-finder';
import { divisionListCsvColumns, divisionListJson } from '@/lib/export/division-list';
import { divisionListFilename } from '@/lib/export/filenames';
import { csvResponse, downloadErrorResponse, jsonDownloadResponse } from '@/lib/export/response';

/**
 * /divisions.csv and /divisions.json: every division the finder matches (all pages), with the same filters as
 * /divisions; 400 for bad filters (a page for a browser, JSON for a program: downloadErrorResponse). The file name
 * says what it holds ("divisions-from-2023-01-01-titled-ceasefire-labour-rebels.csv": lib/export/filenames.ts).
 */
export async function divisionsExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const url = new URL(request.url);
  const found = findDivisions(url.searchParams, { allRows: true });
  if (found.issues.length > 0) {
    return downloadErrorResponse(request, {
      status: 400,
      message: 'These filters are not valid.',
      issues: found.issues,
      back: { href: `/divisions${url.search}`, label: 'the divisions with these filters' },
    });
  }
  const { query } = found;
  const filename = divisionListFilename(query, found.party?.name, format);
  const rows = found.items.map((d) => ({ division: d, totals: found.totals.get(d.id) }));
  return format === 'csv'
    ? csvResponse(rows, divisionListCsvColumns(found.parties), filename)
    : jsonDownloadResponse(divisionListJson(rows, found), filename);
}
