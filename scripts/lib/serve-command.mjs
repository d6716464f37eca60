// @ts-check
// How the production server (scripts/serve.mjs) is started by `npm start`, `npm run serve:cluster` and the benchmark:
// with its JavaScript heap bounded. Left alone, V8 lets a busy server's heap grow towards a quarter of the machine's
// memory before collecting in earnest (600 MB after a crawl of 400 pages on a 24 GB machine); bounded, it collects
// sooner (`npm run bench` reports the peak). SERVER_HEAP_MB sets the bound. The young generation is given 32 MB
// semi-spaces rather than V8's 16: each page made leaves a few MB of short-lived objects, and fewer, larger
// scavenges cost less CPU per page (about 4% on a division page).
//
// Plain Node, no dependencies.
import path from 'node:path';

/** The bound on the server's old-generation heap, in MB. */
export function serverHeapMegabytes(env = process.env) {
  const value = Number(env.SERVER_HEAP_MB || 256);
  if (!Number.isInteger(value) || value < 64) throw new Error('SERVER_HEAP_MB takes a whole number of megabytes, at least 64');
  return value;
}

/**
 * The arguments for `node` that start scripts/serve.mjs with its heap bounded.
 * @param {string} root the project's folder
 * @param {Record<string, string | undefined>} [env]
 */
export function serveArgs(root, env = process.env) {
  return [`--max-old-space-size=${serverHeapMegabytes(env)}`, '--max-semi-space-size=32', path.join(root, 'scripts', 'serve.mjs')];
}
