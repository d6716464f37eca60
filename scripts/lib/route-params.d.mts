// Types for route-params.mjs (plain Node, loaded by the production server before Next.js).

export type Route = {
  pattern: RegExp;
  params: readonly string[];
  lists?: readonly string[];
  api?: boolean;
  defaults?: Readonly<Record<string, string>>;
};

export const PUBLIC_ROUTES: readonly Route[];
export const FRAMEWORK_PARAM: string;
export function routeFor(pathname: string): Route | null;
export function canonicalQuery(route: Route, search: URLSearchParams): { query: string; unknown: string[] };
