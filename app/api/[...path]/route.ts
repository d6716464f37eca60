import { apiError } from '../v1/_shared/http';

/**
 * GET /api/…: any address under /api that names no resource answers 404 in JSON, as the API's own errors do, rather
 * than with the site's HTML page (the routes beside it, /api/v1/…, are matched first).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = `/api/${(await params).path.map(encodeURIComponent).join('/')}`;
  return apiError(404, `There is nothing at ${path.slice(0, 200)}: the API's addresses are listed in /api/v1/openapi.json and described at /api`);
}
