import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/lib/import/http/api-client';
import { createProgress, formatDuration, formatProgressLine } from '@/lib/import/progress';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T12:00:00Z');
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('progress', () => {
  it('shows counts, a bar and an estimate of the time left', () => {
    const line = formatProgressLine({
      label: 'Fetching divisions',
      done: 120,
      total: 480,
      outcomes: new Map([['fetched', 100], ['cached', 20]]),
      elapsedMs: 30_000,
      width: null,
    });
    expect(line).toBe('Fetching divisions  120/480  [#####...............]   25%  fetched 100 · cached 20  ~1m 30s left');
  });

  it('redraws one line on a terminal', () => {
    let clock = 0;
    const out: string[] = [];
    const progress = createProgress('Loading', 3, { stream: { isTTY: true, columns: 200, write: (s: string) => out.push(s) }, now: () => clock, redrawEveryMs: 100 });
    progress.tick('new');
    clock = 50;
    progress.tick('new'); // too soon to redraw
    clock = 200;
    progress.tick('unchanged');
    progress.done();
    expect(out.every((s) => s.startsWith('\r') || s === '\n')).toBe(true);
    expect(out).toHaveLength(4);
    expect(out[2]).toContain('3/3');
    expect(out[2]).toContain('new 2 · unchanged 1');
  });

  it('writes a line every few seconds in a log, and nothing for a short run', () => {
    let clock = 0;
    const out: string[] = [];
    const stream = { isTTY: false, write: (s: string) => out.push(s) };
    const short = createProgress('Loading', 2, { stream, now: () => clock, logEveryMs: 5_000 });
    short.tick();
    short.tick();
    short.done();
    expect(out).toEqual([]);

    const long = createProgress('Loading', 10, { stream, now: () => clock, logEveryMs: 5_000 });
    for (let i = 0; i < 10; i += 1) {
      clock += 1_000;
      long.tick('new');
    }
    long.done();
    expect(out).toHaveLength(3); // at 5 s, at 10 s, and the last state
    expect(out.every((s) => s.endsWith('\n') && !s.includes('\r'))).toBe(true);
  });

  it('formats durations', () => {
    expect([formatDuration(4_400), formatDuration(95_000), formatDuration(3_720_000)]).toEqual(['4s', '1m 35s', '1h 02m']);
  });
});
