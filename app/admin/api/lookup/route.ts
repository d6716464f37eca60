import { NextResponse, type NextRequest } from 'next/server';
import { suggestDivisions, suggestPeople } from '@/db/queries/lookup';
import { getEditor } from '@/lib/auth/server';

// Suggestions for the admin pickers. Read-only, but only for editors: it is part of the admin area.
export async function GET(request: NextRequest) {
  if (!(await getEditor())) return NextResponse.json({ error: 'Sign in as an editor.' }, { status: 401 });
  const kind = request.nextUrl.searchParams.get('kind');
  const q = request.nextUrl.searchParams.get('q') ?? '';
  if (kind !== 'person' && kind !== 'division') {
    return NextResponse.json({ error: 'kind must be "person" or "division".' }, { status: 400 });
  }
  const suggestions = kind === 'person' ? suggestPeople(q) : suggestDivisions(q);
  return NextResponse.json({ suggestions }, { headers: { 'Cache-Control': 'private, no-store' } });
}
