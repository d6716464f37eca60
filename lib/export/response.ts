import { errorPageHtml, escapeHtml, prefersHtml } from '@/scripts/lib/error-page.mjs';
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

/** What is wrong with a download's address, and the page to go back to: the one the download is taken from. */
export type DownloadProblem = {
  status: 400 | 404;
  message: string;
  issues?: ReadonlyArray<{ path: string; message: string }>;
  /** The page the download comes from, with the same filters where there is one ("/rebels?from=…"). */
  back: { href: string; label: string };
};

/**
 * A download that cannot be made, answered in the asker's terms (scripts/lib/error-page.mjs: prefersHtml). A person
 * whose browser followed the link, or who typed the address, gets a page that says what is wrong and links back to
 * the page the download comes from; a program (Accept: application/json, text/csv, *\/*, or none) gets
 * errorResponse's JSON. The same status either way; Vary: Accept, and never kept.
 */
export function downloadErrorResponse(request: Request, problem: DownloadProblem): Response {
  if (!prefersHtml(request.headers.get('accept'))) {
    const response = errorResponse(problem.status, problem.message, problem.issues);
    response.headers.set('Vary', 'Accept');
    return response;
  }
  return new Response(downloadErrorPage(problem), {
    status: problem.status,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept' },
  });
}

function downloadErrorPage({ status, message, issues = [], back }: DownloadProblem): string {
  const title = status === 404 ? 'Nothing to download here' : 'This download could not be made';
  // The issues name the filter their message is about; a message already said in full is not repeated.
  const details = issues.map((i) => i.message).filter((m) => m !== message);
  const list = details.length > 0 ? `\n<ul>\n${details.map((m) => `<li>${escapeHtml(m)}.</li>`).join('\n')}\n</ul>` : '';
  const href = escapeHtml(back.href);
  const then =
    status === 404
      ? `<p>No file was made. Go to <a href="${href}">${escapeHtml(back.label)}</a> to find what you were looking for.</p>`
      : `<p>No file was made. Go back to <a href="${href}">${escapeHtml(back.label)}</a>, which shows what it can with them; its download links hold what it shows.</p>`;
  return errorPageHtml({ title, body: `<h1>${title}</h1>\n<p>${escapeHtml(message)}</p>${list}\n${then}` });
}
