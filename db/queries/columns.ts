import 'server-only';
import { divisions, posts, stances } from '@/db/schema';

/** How a division is named and dated where one is listed: its official id, day and time, and titles. */
export const divisionHeadingColumns = {
  officialId: divisions.officialId,
  date: divisions.date,
  heldAt: divisions.heldAt,
  officialTitle: divisions.officialTitle,
  shortTitle: divisions.shortTitle,
};

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
  /** The public note; editors' notes are never read for public pages. */
  note: posts.note,
  sources: posts.sources,
};

/** What deciding whether a member was on the payroll on a day needs of a post (payrollStatusOnDate, lib/domain). */
export const payrollPostColumns = {
  personId: posts.personId,
  kind: posts.kind,
  startDate: posts.startDate,
  endDate: posts.endDate,
  endReason: posts.endReason,
  endedOverDivisionId: posts.endedOverDivisionId,
};

/** What a stance says and where it comes from, as every page that quotes one shows it. */
export const stanceColumns = {
  stanceId: stances.id,
  position: stances.position,
  label: stances.label,
  quote: stances.quote,
  statedOn: stances.statedOn,
  said: stances.said,
  kind: stances.kind,
  sourceUrl: stances.sourceUrl,
  sourceTitle: stances.sourceTitle,
  sourceOutlet: stances.sourceOutlet,
  confidence: stances.confidence,
  /** The public note; editors' notes are never read for public pages. */
  note: stances.note,
};
