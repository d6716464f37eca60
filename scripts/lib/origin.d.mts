// Types for origin.mjs (plain Node, loaded by the production server before Next.js).
export const ORIGIN_HEADER: string;
export function isOrigin(value: unknown): value is string;
export function requestOrigin(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string; encrypted?: boolean } },
  trustedProxies: ReadonlySet<string>,
): string | null;
