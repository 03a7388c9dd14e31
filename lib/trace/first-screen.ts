import type { TraceSizeStats } from "@/lib/types/trace";

/**
 * How the trace page gets its first screen of spans, from the trace's size stats:
 * - `inline`: the page's HTML waits for the span tree. The tracking server answers such a trace in
 *   a fraction of a second, and a streamed part would be revealed no earlier than 300 ms after the
 *   rest of the page (React throttles Suspense reveals), so waiting is faster.
 * - `stream`: the page shows the trace's size and a timer at once, and the span tree follows in
 *   the same response (the skeleton is about 100 bytes a span: 2 MB at the span limit).
 * - `browser`: the size and timer, then the browser asks for the span tree. For traces above the
 *   span limit, and traces of unknown size.
 */
export type FirstScreenPlan = "inline" | "stream" | "browser";

/** Up to this many bytes on the tracking server a trace is fetched in about 200 ms or less. */
export const INLINE_TRACE_BYTES = 2 * 1024 * 1024;
/** Above this many spans the page's HTML does not carry the span tree. */
export const SERVER_RENDERED_SPAN_LIMIT = 20_000;

export function firstScreenPlan(sizeStats: TraceSizeStats | null): FirstScreenPlan {
  const spans = sizeStats?.numSpans ?? null;
  if (spans === null || spans > SERVER_RENDERED_SPAN_LIMIT) return "browser";
  const bytes = sizeStats?.totalSizeBytes ?? null;
  return bytes !== null && bytes <= INLINE_TRACE_BYTES ? "inline" : "stream";
}
