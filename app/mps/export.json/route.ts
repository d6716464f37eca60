import type { NextRequest } from 'next/server';
import { memberListFilename } from '@/lib/export/filenames';
import { jsonDownloadResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { describeFilters, toMemberExportRows } from '../member-export';
import { loadMemberList } from '../member-list';

/** /mps/export.json?q=&party=: the MPs the list page shows for the same query, as JSON. */
export async function GET(request: NextRequest) {
  const list = await loadMemberList(Object.fromEntries(request.nextUrl.searchParams));
  const rows = toMemberExportRows(list, requestSiteOrigin(request));
  return jsonDownloadResponse({ filters: describeFilters(list), total: rows.length, mps: rows }, memberListFilename({ partyName: list.party?.name, q: list.q }, 'json'));
}
