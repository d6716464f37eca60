import { z } from 'zod';
import { MEMBER_SORTS, MEMBER_VOTE_FILTERS } from '@/lib/view/division-view';
import type { QueryIssue } from './rebels';

// The filters of a division's members list (?party=Lab&vote=aye&sort=name), strict, for its CSV and JSON
// exports. The page reads the same names leniently (lib/view/params) and links to the exports only with
// values that passed.

const blank = (v: unknown) => {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
};

export const divisionVotesQuerySchema = z.object({
  party: z.preprocess(blank, z.string().max(30).regex(/^[\p{L}\p{N} .&'-]+$/u, 'A party is given by its abbreviation, e.g. Lab').optional()),
  vote: z.preprocess(blank, z.enum(MEMBER_VOTE_FILTERS, 'Vote must be aye, no, both, absent or rebels').optional()),
  sort: z.preprocess(blank, z.enum(MEMBER_SORTS, 'Sort must be name, name-desc, party or constituency').optional()),
});
export type DivisionVotesQuery = z.output<typeof divisionVotesQuerySchema>;

export function parseDivisionVotesQuery(
  params: URLSearchParams,
): { ok: true; query: DivisionVotesQuery } | { ok: false; issues: QueryIssue[] } {
  const result = divisionVotesQuerySchema.safeParse(Object.fromEntries(params));
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
}
