// Types for client-bucket.mjs (plain Node, loaded by the production server before Next.js).
export const UNKNOWN_CLIENT: string;
export function clientBucket(value: string | null | undefined): string;
