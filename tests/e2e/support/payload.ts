/**
 * A page's HTML taken apart: its markup without scripts, and the payload Next.js pushes beside it in script tags
 * (from which the browser takes the page over). What a server component draws is in both; what a client component
 * draws is in the markup only, its props in the payload.
 */
export function splitPage(document: string): { markup: string; payload: string } {
  const payload = [...document.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)]
    .map((match) => JSON.parse(match[1]!) as [number, string?])
    .filter(([kind]) => kind === 1)
    .map(([, chunk]) => chunk ?? '')
    .join('');
  return { markup: document.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''), payload };
}
