// A liveness check that touches no database: it answers while the server process is up. The benchmark
// (npm run bench) also uses it as the ceiling: the fastest any route of the framework can answer here.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ok\n', { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
