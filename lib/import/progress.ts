// A progress line for long imports, on stderr so that stdout keeps only the results. On a terminal it
// is one line redrawn in place; in a log (CI, a pipe) it is a new line every few seconds instead.

export type ProgressStream = { write(text: string): unknown; isTTY?: boolean; columns?: number };

export type ProgressOptions = {
  stream?: ProgressStream;
  /** Between two lines when the stream is not a terminal (default 5 s). */
  logEveryMs?: number;
  /** Between two redraws on a terminal (default 0.1 s). */
  redrawEveryMs?: number;
  now?: () => number;
};

export type Progress = {
  /** How many items there are, when it becomes known. */
  setTotal(total: number | null): void;
  /** One more item done, counted under `outcome` (new, changed, cached…) if given. */
  tick(outcome?: string, by?: number): void;
  /** Finishes the line: a terminal keeps the last state; a log gets a last line if it had any. */
  done(): void;
};

/** A progress reporter that reports nothing: for tests and library callers. */
export const silentProgress: Progress = { setTotal() {}, tick() {}, done() {} };

export type ProgressFactory = (label: string, total?: number | null) => Progress;

export const noProgress: ProgressFactory = () => silentProgress;

/** Progress on stderr (or the given stream). */
export function progressOn(options: ProgressOptions = {}): ProgressFactory {
  return (label, total = null) => createProgress(label, total, options);
}

export function createProgress(label: string, initialTotal: number | null, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const isTTY = Boolean(stream.isTTY);
  const logEveryMs = options.logEveryMs ?? 5_000;
  const redrawEveryMs = options.redrawEveryMs ?? 100;
  const startedAt = now();
  let total = initialTotal;
  let done = 0;
  let lastDrawnAt = isTTY ? -Infinity : startedAt;
  let linesWritten = 0;
  const outcomes = new Map<string, number>();

  const render = () =>
    formatProgressLine({ label, done, total, outcomes, elapsedMs: now() - startedAt, width: isTTY && stream.columns ? stream.columns : null });

  const draw = (force: boolean) => {
    const at = now();
    if (!force && at - lastDrawnAt < (isTTY ? redrawEveryMs : logEveryMs)) return;
    lastDrawnAt = at;
    linesWritten += 1;
    stream.write(isTTY ? `\r${render()}\x1b[K` : `${render()}\n`);
  };

  return {
    setTotal(next) {
      total = next;
      draw(false);
    },
    tick(outcome, by = 1) {
      done += by;
      if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + by);
      draw(false);
    },
    done() {
      if (isTTY) {
        draw(true);
        stream.write('\n');
      } else if (linesWritten > 0) draw(true);
    },
  };
}

/** "Divisions  120/480 [██████░░░░░░░░░░░░]  25%  new 100 · unchanged 20  ~1m 30s left" */
export function formatProgressLine(state: {
  label: string;
  done: number;
  total: number | null;
  outcomes: ReadonlyMap<string, number>;
  elapsedMs: number;
  width: number | null;
}): string {
  const { label, done, total, elapsedMs } = state;
  const counts = [...state.outcomes.entries()].filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(' · ');
  const parts: string[] = [label];
  if (total !== null && total > 0) {
    const share = Math.min(1, done / total);
    const barWidth = 20;
    const filled = Math.round(share * barWidth);
    parts.push(`${done}/${total}`, `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`, `${String(Math.floor(share * 100)).padStart(3)}%`);
  } else parts.push(String(done));
  if (counts) parts.push(counts);
  if (total !== null && done > 0 && done < total && elapsedMs >= 1_000) {
    parts.push(`~${formatDuration((elapsedMs / done) * (total - done))} left`);
  } else parts.push(formatDuration(elapsedMs));
  const line = parts.join('  ');
  return state.width !== null && line.length > state.width - 1 ? line.slice(0, Math.max(10, state.width - 1)) : line;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
