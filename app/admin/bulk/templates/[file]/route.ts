import { csvResponse } from '@/lib/export/response';
import { getEditor } from '@/lib/auth/server';
import { bulkColumns, bulkExample, isBulkKind } from '@/lib/import/bulk/kinds';

// The templates the bulk form offers: the header row and one example line from the real record. Only for
// editors, as the rest of the admin area.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (!(await getEditor())) return new Response('Sign in as an editor.', { status: 401, headers: { 'Cache-Control': 'private, no-store' } });
  const { file } = await params;
  const kind = file.replace(/\.csv$/, '');
  if (!file.endsWith('.csv') || !isBulkKind(kind)) return new Response('There is no such template.', { status: 404 });
  const columns = bulkColumns(kind).map((c) => ({ header: c.name, value: (row: Record<string, string>) => row[c.name] ?? '' }));
  return csvResponse([bulkExample(kind)], columns, `${kind}.csv`);
}
