import { asc, count, eq, and, inArray, lte } from 'drizzle-orm';
import type { Db } from '../connection';
import { reportClients, suggestions } from '../schema';

// Readers' reports ("Report a mistake or add a source"): anyone may send one, with no account, so each client address
// may send a few an hour, and the editors' queue holds at most so many unread ones: a flood can neither fill the disk
// nor bury the reports that matter. Counted and written in one IMMEDIATE transaction, so that reports sent at once
// cannot all slip under the limit (as sign-in attempts once did: db/mutations/login-failures.ts).

/** Reports one client address (an IPv6 client by its /64) may send in a window. */
export const MAX_REPORTS_PER_CLIENT = 5;
export const REPORT_WINDOW_MINUTES = 60;
/** Reports waiting for an editor: past this, new ones are refused until editors catch up. */
export const MAX_OPEN_REPORTS = 1_000;
/** Client counters kept at most: the least recently started windows go first. */
export const MAX_TRACKED_CLIENTS = 10_000;

export type ReaderReport = { pagePath: string; message: string; sourceUrl: string | null };

export type ReportOutcome =
  | { status: 'accepted'; id: number }
  | { status: 'limited'; retryInMinutes: number }
  | { status: 'full' };

const minutes = (n: number) => n * 60_000;

/**
 * Files a reader's report in the editors' queue (kind `reader_report`), counted against its client's window. Nothing
 * else is kept of the reader: not their address, not the time of day beyond the report's own.
 */
export function fileReaderReport(db: Db, report: ReaderReport, client: string, now = new Date()): ReportOutcome {
  return db.transaction(
    (tx): ReportOutcome => {
      const windowCutoff = now.getTime() - minutes(REPORT_WINDOW_MINUTES);
      tx.delete(reportClients).where(lte(reportClients.windowStartedAt, windowCutoff)).run();

      const counter = tx.select().from(reportClients).where(eq(reportClients.client, client)).get();
      if (counter && counter.reports >= MAX_REPORTS_PER_CLIENT) {
        const endsAt = counter.windowStartedAt + minutes(REPORT_WINDOW_MINUTES);
        return { status: 'limited', retryInMinutes: Math.max(1, Math.ceil((endsAt - now.getTime()) / 60_000)) };
      }
      const waiting = tx
        .select({ n: count() })
        .from(suggestions)
        .where(and(eq(suggestions.kind, 'reader_report'), eq(suggestions.status, 'open')))
        .get()!.n;
      if (waiting >= MAX_OPEN_REPORTS) return { status: 'full' };

      const [row] = tx
        .insert(suggestions)
        .values({
          kind: 'reader_report',
          status: 'open',
          evidence: {},
          pagePath: report.pagePath,
          message: report.message,
          sourceUrl: report.sourceUrl,
          createdAt: now.toISOString(),
        })
        .returning({ id: suggestions.id })
        .all();
      const reports = (counter?.reports ?? 0) + 1;
      const windowStartedAt = counter?.windowStartedAt ?? now.getTime();
      tx.insert(reportClients)
        .values({ client, reports, windowStartedAt })
        .onConflictDoUpdate({ target: reportClients.client, set: { reports } })
        .run();
      keepAtMost(tx, MAX_TRACKED_CLIENTS);
      return { status: 'accepted', id: row!.id };
    },
    { behavior: 'immediate' },
  );
}

/** Made-up client addresses within one window are bounded: the oldest windows go. */
function keepAtMost(db: Db, max: number): void {
  const excess = db.select({ n: count() }).from(reportClients).get()!.n - max;
  if (excess <= 0) return;
  const oldest = db.select({ client: reportClients.client }).from(reportClients).orderBy(asc(reportClients.windowStartedAt)).limit(excess);
  db.delete(reportClients).where(inArray(reportClients.client, oldest)).run();
}
