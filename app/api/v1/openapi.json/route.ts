import { getConfig } from '@/lib/config';
import { buildOpenApiDocument } from '@/lib/openapi/document';
import { apiJson } from '../_shared/http';

/** GET /api/v1/openapi.json: the API described in OpenAPI 3.1, generated from its zod schemas. */
export function GET() {
  return apiJson(buildOpenApiDocument(getConfig().siteUrl), { cacheControl: 'public, max-age=3600, stale-while-revalidate=86400' });
}
