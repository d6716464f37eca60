import 'server-only';
import { posts } from '@/db/schema';

/** The columns every page that shows a post reads: what it was, when and how it ended, and the sources. */
export const postColumns = {
  title: posts.title,
  kind: posts.kind,
  side: posts.side,
  department: posts.department,
  startDate: posts.startDate,
  endDate: posts.endDate,
  endReason: posts.endReason,
  endReasonNote: posts.endReasonNote,
  endedOverDivisionId: posts.endedOverDivisionId,
  note: posts.note,
  sources: posts.sources,
};
