import { memberEmbedResponse } from '@/components/share/share-responses';

/** The MP's embeddable card: a small HTML document for an iframe (lib/view/embed-html.ts). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  return memberEmbedResponse((await ctx.params).id);
}
