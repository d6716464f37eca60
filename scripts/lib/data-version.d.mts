// Types for data-version.mjs (plain Node, loaded by the production server before Next.js).
export const DATA_VERSION_SQL: string;
