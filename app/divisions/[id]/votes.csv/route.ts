import { divisionVotesExport } from '../votes-export';

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  return divisionVotesExport(request, (await ctx.params).id, 'csv');
}
