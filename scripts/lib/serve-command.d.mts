export function serverHeapMegabytes(env?: Record<string, string | undefined>): number;
export function serveArgs(root: string, env?: Record<string, string | undefined>): string[];
