import { toCsv, type CsvColumn } from './csv';

// HTTP responses for downloads, shared by the division, rebels and MP list exports (and /api/v1).
// Web-standard Response only, so route handlers and tests can use them without Next.js internals.

/** A file name safe in a Content-Disposition header: lower-case letters, digits, dots and hyphens. */
export function safeFilename(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned || 'download';
}

function disposition(filename: string): string {
  return `attachment; filename="${safeFilename(filename)}"`;
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** 200 text/csv with a BOM and CRLF, as an attachment named `filename` (e.g. "division-1666-votes.csv"). */
export function csvResponse<Row>(rows: ReadonlyArray<Row>, columns: ReadonlyArray<CsvColumn<Row>>, filename: string): Response {
  return new Response(toCsv(rows, columns), {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition(filename) },
  });
}

/** 200 application/json, pretty-printed, as an attachment named `filename` (e.g. "rebels.json"). */
export function jsonDownloadResponse(body: unknown, filename: string): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': disposition(filename) },
  });
}

/** An error as JSON: `{ "error": message, "issues"?: [...] }` with the given status (400, 404…). */
export function errorResponse(status: number, message: string, issues?: ReadonlyArray<{ path: string; message: string }>): Response {
  return new Response(`${JSON.stringify({ error: message, ...(issues && issues.length > 0 ? { issues } : {}) })}\n`, {
    status,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8' },
  });
}
