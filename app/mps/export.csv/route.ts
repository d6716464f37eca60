import type { NextRequest } from 'next/server';
import { memberListFilename } from '@/lib/export/filenames';
import { csvResponse } from '@/lib/export/response';
import { requestSiteOrigin } from '@/lib/site-origin';
import { MEMBER_EXPORT_COLUMNS, toMemberExportRows } from '../member-export';
import { loadMemberList } from '../member-list';

/** /mps/export.csv?q=&party=: the MPs the list page shows for the same query, as CSV. */
export async function GET(request: NextRequest) {
  const list = await loadMemberList(Object.fromEntries(request.nextUrl.searchParams));
  return csvResponse(toMemberExportRows(list, requestSiteOrigin(request)), MEMBER_EXPORT_COLUMNS, memberListFilename({ partyName: list.party?.name, q: list.q }, 'csv'));
}
