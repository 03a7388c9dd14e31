// Splitting a long trace scan into time windows that can be read in parallel, and working out which
// part of the time axis a stopped (capped) scan covered completely. Pure.

/** Traces with `fromMs <= timestamp < toMs`. */
export interface ScanWindow {
  fromMs: number;
  toMs: number;
}

/** `count` windows over [oldestMs, newestMs], newest first, sharing their boundaries. */
export function splitWindows(oldestMs: number, newestMs: number, count: number): ScanWindow[] {
  const top = newestMs + 1;
  const span = Math.max(1, top - oldestMs);
  const parts = Math.max(1, Math.min(count, span));
  const size = Math.ceil(span / parts);
  const windows: ScanWindow[] = [];
  for (let to = top; to > oldestMs; to -= size) windows.push({ fromMs: Math.max(oldestMs, to - size), toMs: to });
  return windows;
}

export function windowClauses(window: ScanWindow): string[] {
  return [`trace.timestamp_ms >= ${window.fromMs}`, `trace.timestamp_ms < ${window.toMs}`];
}

export interface WindowProgress {
  window: ScanWindow;
  /** Every page of the window was read. */
  done: boolean;
  /** Oldest trace time read so far (windows are read newest first). */
  oldestSeenMs: number | null;
}

/**
 * The instant from which the scan saw every trace, given its windows newest first; null when all
 * windows were read to the end. Traces at exactly the oldest time seen in an unfinished window may
 * have been only partly read, so that instant is excluded.
 */
export function coveredSince(progress: readonly WindowProgress[]): number | null {
  for (const { window, done, oldestSeenMs } of progress) {
    if (done) continue;
    return oldestSeenMs === null ? window.toMs : oldestSeenMs + 1;
  }
  return null;
}
