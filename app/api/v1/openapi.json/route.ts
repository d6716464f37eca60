import { buildOpenApiDocument } from '@/lib/openapi/document';
import { requestSiteOrigin } from '@/lib/site-origin';
import { apiJson } from '../_shared/http';

/** GET /api/v1/openapi.json: the API described in OpenAPI 3.1, generated from its zod schemas. */
export function GET(request: Request) {
  return apiJson(buildOpenApiDocument(requestSiteOrigin(request)), { cacheControl: 'public, max-age=3600, stale-while-revalidate=86400' });
}
