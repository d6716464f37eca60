import { memberCardResponse } from '@/components/share/share-responses';

/** The MP's share card (og:image), 1200×630 PNG. */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  return memberCardResponse((await ctx.params).id);
}
