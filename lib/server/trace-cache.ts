import "server-only";
import { BoundedCache } from "@/lib/cache/bounded-cache";
import { getTraceForView, type TraceForView } from "@/lib/mlflow/client";
import { toSkeleton } from "@/lib/trace/skeleton";
import type { Span } from "@/lib/types/span";
import type { TraceSkeleton } from "@/lib/types/trace-skeleton";
import type { TraceSummary } from "@/lib/types/trace";
import { processWide } from "./process-wide";

// Whole traces, fetched from the tracking server once and kept here so the browser can get a small
// skeleton first and single spans on demand. Bounded by an estimate of memory (least recently used
// go first); in-progress traces are fetched again when their copy is a couple of seconds old.

export interface CachedTrace {
  traceId: string;
  info: TraceSummary;
  trace: TraceForView;
  indexById: Map<string, number>;
  fetchedAtMs: number;
  estimatedBytes: number;
  skeleton: TraceSkeleton | null;
  skeletonJson: string | null;
}

/** Decoded spans take about three times their JSON size in the heap. */
const HEAP_PER_JSON_BYTE = 3;
const FALLBACK_BYTES_PER_SPAN = 2_000;
export const CACHE_BUDGET_BYTES = 600 * 1024 * 1024;
const IN_PROGRESS_MAX_AGE_MS = 2_000;
const FINISHED_MAX_AGE_MS = 10 * 60_000;
/** Huge traces take a while to come out of the tracking server. */
const FETCH_TIMEOUT_MS = 180_000;

// One cache per process (process-wide.ts): the page warms the trace the skeleton route then reads.
const entries = processWide("trace-cache.entries", () => new BoundedCache<CachedTrace>(CACHE_BUDGET_BYTES));
const inFlight = processWide("trace-cache.in-flight", () => new Map<string, Promise<CachedTrace>>());

function estimateBytes(info: TraceSummary, spanCount: number): number {
  const jsonBytes = info.sizeStats?.totalSizeBytes ?? spanCount * FALLBACK_BYTES_PER_SPAN;
  return Math.max(jsonBytes, spanCount * 200) * HEAP_PER_JSON_BYTE;
}

function isFresh(entry: CachedTrace, now: number): boolean {
  const maxAge = entry.info.state === "IN_PROGRESS" ? IN_PROGRESS_MAX_AGE_MS : FINISHED_MAX_AGE_MS;
  return now - entry.fetchedAtMs < maxAge;
}

async function fetchTrace(traceId: string): Promise<CachedTrace> {
  const trace = await getTraceForView(traceId, { timeoutMs: FETCH_TIMEOUT_MS });
  const indexById = new Map<string, number>();
  trace.outlines.forEach((outline, index) => {
    if (!indexById.has(outline.spanId)) indexById.set(outline.spanId, index);
  });
  const entry: CachedTrace = {
    traceId,
    info: trace.info,
    trace,
    indexById,
    fetchedAtMs: Date.now(),
    estimatedBytes: estimateBytes(trace.info, trace.outlines.length),
    skeleton: null,
    skeletonJson: null,
  };
  entries.set(traceId, entry, entry.estimatedBytes);
  return entry;
}

/** The trace, from the cache when fresh enough; concurrent callers share one fetch. */
export async function cachedTrace(traceId: string, options: { refresh?: boolean } = {}): Promise<CachedTrace> {
  const entry = entries.get(traceId);
  if (entry && !options.refresh && isFresh(entry, Date.now())) return entry;
  let pending = inFlight.get(traceId);
  if (!pending) {
    pending = fetchTrace(traceId).finally(() => inFlight.delete(traceId));
    inFlight.set(traceId, pending);
  }
  return pending;
}

/** Starts fetching a trace (e.g. while the browser is still loading the page); errors surface later, to whoever asks. */
export function warmTrace(traceId: string): void {
  cachedTrace(traceId).catch(() => undefined);
}

function skeletonOf(entry: CachedTrace): TraceSkeleton {
  entry.skeleton ??= toSkeleton(entry.traceId, entry.trace.outlines, entry.fetchedAtMs);
  return entry.skeleton;
}

/** The skeleton, built once per fetched copy (the trace page renders its first screen from it). */
export async function cachedSkeleton(traceId: string): Promise<TraceSkeleton> {
  return skeletonOf(await cachedTrace(traceId));
}

/** The skeleton as JSON text, built once per fetched copy. */
export async function skeletonJson(traceId: string): Promise<string> {
  const entry = await cachedTrace(traceId);
  entry.skeletonJson ??= JSON.stringify(skeletonOf(entry));
  return entry.skeletonJson;
}

/** One span; an in-progress trace is fetched again when the span is newer than our copy. */
export async function cachedSpan(traceId: string, spanId: string): Promise<Span | null> {
  let entry = await cachedTrace(traceId);
  let index = entry.indexById.get(spanId);
  if (index === undefined && entry.info.state === "IN_PROGRESS") {
    entry = await cachedTrace(traceId, { refresh: true });
    index = entry.indexById.get(spanId);
  }
  return index === undefined ? null : entry.trace.span(index);
}

/** Every span of the trace, decoded (once) for a search through their contents. */
export async function cachedSpans(traceId: string): Promise<Span[]> {
  const entry = await cachedTrace(traceId);
  return Array.from({ length: entry.trace.outlines.length }, (_, index) => entry.trace.span(index));
}

export function cacheStats() {
  return { traces: entries.size, estimatedBytes: entries.bytes };
}
