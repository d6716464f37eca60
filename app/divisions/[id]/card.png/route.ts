import { divisionCardResponse } from '@/components/share/share-responses';

/** The division's share card (og:image), 1200×630 PNG. */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  return divisionCardResponse((await ctx.params).id);
}
