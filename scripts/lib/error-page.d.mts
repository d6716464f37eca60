// Types for error-page.mjs (plain Node, loaded by the production server before Next.js, and by the downloads).
export function prefersHtml(accept: string | string[] | null | undefined): boolean;
export function escapeHtml(text: string): string;
export function standaloneDocument(page: { title: string; style: string; body: string }): string;
export function errorPageHtml(page: { title: string; body: string }): string;
