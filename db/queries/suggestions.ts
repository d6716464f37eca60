import 'server-only';
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { suggestions, suggestionScans } from '@/db/schema';
import type { SuggestionKind, SuggestionStatus } from '@/db/schema/enums';

// The editors' queue of suggestions. Nothing here is ever read by a public page, download or the API: a reader's
// words are for the editors alone.

export const SUGGESTIONS_PER_PAGE = 50;

export type SuggestionListItem = {
  id: number;
  kind: SuggestionKind;
  status: SuggestionStatus;
  evidence: Record<string, unknown>;
  pagePath: string | null;
  message: string | null;
  sourceUrl: string | null;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
  revisionId: number | null;
};

/** One page of suggestions, newest first (open ones from the record by kind, then by date). */
export function listSuggestions(filter: { kind?: SuggestionKind; status?: SuggestionStatus; page?: number }): {
  rows: SuggestionListItem[];
  total: number;
} {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(suggestions.kind, filter.kind));
  if (filter.status) conditions.push(eq(suggestions.status, filter.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const db = getDb();
  const total = db.select({ n: count() }).from(suggestions).where(where).get()?.n ?? 0;
  const page = Math.max(1, filter.page ?? 1);
  const rows = db
    .select({
      id: suggestions.id,
      kind: suggestions.kind,
      status: suggestions.status,
      evidence: suggestions.evidence,
      pagePath: suggestions.pagePath,
      message: suggestions.message,
      sourceUrl: suggestions.sourceUrl,
      createdAt: suggestions.createdAt,
      resolvedAt: suggestions.resolvedAt,
      resolvedBy: suggestions.resolvedBy,
      resolutionNote: suggestions.resolutionNote,
      revisionId: suggestions.revisionId,
    })
    .from(suggestions)
    .where(where)
    .orderBy(desc(suggestions.createdAt), desc(suggestions.id))
    .limit(SUGGESTIONS_PER_PAGE)
    .offset((page - 1) * SUGGESTIONS_PER_PAGE)
    .all();
  return { rows, total };
}

export type SuggestionCounts = Record<SuggestionKind, Record<SuggestionStatus, number>>;

/** How many suggestions of each kind are open, confirmed and dismissed. */
export function countSuggestions(): SuggestionCounts {
  const counts: SuggestionCounts = {
    departure: { open: 0, confirmed: 0, dismissed: 0 },
    record_whip: { open: 0, confirmed: 0, dismissed: 0 },
    member_review: { open: 0, confirmed: 0, dismissed: 0 },
    reader_report: { open: 0, confirmed: 0, dismissed: 0 },
  };
  const rows = getDb()
    .select({ kind: suggestions.kind, status: suggestions.status, n: count() })
    .from(suggestions)
    .groupBy(suggestions.kind, suggestions.status)
    .all();
  for (const row of rows) counts[row.kind][row.status] = row.n;
  return counts;
}

/** When the record was last searched for suggestions, or null when it never has been. */
export function lastSuggestionScan(): string | null {
  return getDb().select({ at: suggestionScans.scannedAt }).from(suggestionScans).get()?.at ?? null;
}
