// Reading many traces through a paged search (MLflow: at most 500 per request, offset paging) for
// the sessions and users screens. Long scans are split into time windows read in parallel. The
// search itself is passed in, so this logic runs (and is tested) without a server.
import type { ScanCoverage } from "@/lib/types/session";
import type { TracePage, TraceSummary } from "@/lib/types/trace";
import { coveredSince, splitWindows, type ScanWindow, type WindowProgress } from "./scan-windows";

/** A scan stops after this many traces; its figures are then labelled as covering the newest ones. */
export const SCAN_MAX_TRACES = 20_000;
export const SCAN_PAGE_SIZE = 500;
const WINDOWS = 8;

export interface PageRequest {
  /** Only traces in this window; null for all. */
  window: ScanWindow | null;
  order: "newest" | "oldest";
  maxResults: number;
  pageToken?: string;
}

/** One page of the (already filtered) trace search. */
export type SearchPage = (request: PageRequest) => Promise<TracePage>;

export interface NewestFirstResult {
  scanned: number;
  /** Every matching trace was read. */
  exhausted: boolean;
  oldestSeenMs: number | null;
}

/**
 * Reads pages newest first and hands each to `onPage`, until it returns false, the pages run out,
 * or `maxTraces` were read.
 */
export async function scanNewestFirst(search: SearchPage, onPage: (traces: TraceSummary[]) => boolean, maxTraces = SCAN_MAX_TRACES): Promise<NewestFirstResult> {
  let pageToken: string | undefined;
  let scanned = 0;
  let oldestSeenMs: number | null = null;
  for (;;) {
    const page = await search({ window: null, order: "newest", maxResults: SCAN_PAGE_SIZE, pageToken });
    scanned += page.traces.length;
    oldestSeenMs = page.traces.at(-1)?.requestTimeMs ?? oldestSeenMs;
    const wantsMore = onPage(page.traces);
    pageToken = page.nextPageToken ?? undefined;
    if (!pageToken) return { scanned, exhausted: true, oldestSeenMs };
    if (!wantsMore || scanned >= maxTraces) return { scanned, exhausted: false, oldestSeenMs };
  }
}

export interface ScanResult {
  traces: TraceSummary[];
  coverage: ScanCoverage;
}

/**
 * Every matching trace, or, past `maxTraces`, every matching trace from some instant on (the
 * newest ones; `coverage` says which). One request when a page holds them all; otherwise the rest
 * of the time axis is split into windows read in parallel (the search limits concurrency).
 */
export async function scanAll(search: SearchPage, maxTraces = SCAN_MAX_TRACES): Promise<ScanResult> {
  const first = await search({ window: null, order: "newest", maxResults: SCAN_PAGE_SIZE });
  const lastMs = first.traces.at(-1)?.requestTimeMs ?? null;
  if (!first.nextPageToken || lastMs === null) {
    return { traces: first.traces, coverage: { tracesScanned: first.traces.length, capped: false, sinceMs: null } };
  }
  const oldest = await search({ window: null, order: "oldest", maxResults: 1 });
  const oldestMs = oldest.traces[0]?.requestTimeMs ?? lastMs;
  const seen = new Map(first.traces.map((trace) => [trace.traceId, trace]));
  // The windows cover [oldest, lastMs]; traces at exactly lastMs are read again, and deduplicated.
  const progress: WindowProgress[] = splitWindows(oldestMs, lastMs, WINDOWS).map((window) => ({ window, done: false, oldestSeenMs: null }));
  let stop = false;
  const readWindow = async (entry: WindowProgress) => {
    let pageToken: string | undefined;
    do {
      if (stop) return;
      const page = await search({ window: entry.window, order: "newest", maxResults: SCAN_PAGE_SIZE, pageToken });
      for (const trace of page.traces) seen.set(trace.traceId, trace);
      entry.oldestSeenMs = page.traces.at(-1)?.requestTimeMs ?? entry.oldestSeenMs;
      pageToken = page.nextPageToken ?? undefined;
      if (seen.size >= maxTraces) stop = true;
    } while (pageToken);
    entry.done = true;
  };
  await Promise.all(
    progress.map((entry) =>
      readWindow(entry).catch((error: unknown) => {
        stop = true;
        throw error;
      }),
    ),
  );
  const sinceMs = coveredSince(progress);
  const all = [...seen.values()];
  const traces = sinceMs === null ? all : all.filter((trace) => (trace.requestTimeMs ?? 0) >= sinceMs);
  return { traces, coverage: { tracesScanned: all.length, capped: sinceMs !== null, sinceMs } };
}

/** Combines scans of the same traces under different filters (e.g. metadata and tag forms). */
export function mergeScans(results: ScanResult[]): ScanResult {
  const byId = new Map<string, TraceSummary>();
  for (const result of results) for (const trace of result.traces) byId.set(trace.traceId, trace);
  const since = results.map((result) => result.coverage.sinceMs).filter((ms): ms is number => ms !== null);
  const sinceMs = since.length ? Math.max(...since) : null;
  const traces = [...byId.values()].filter((trace) => sinceMs === null || (trace.requestTimeMs ?? 0) >= sinceMs);
  return {
    traces,
    coverage: { tracesScanned: results.reduce((sum, result) => sum + result.coverage.tracesScanned, 0), capped: sinceMs !== null, sinceMs },
  };
}
