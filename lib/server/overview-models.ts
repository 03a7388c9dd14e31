import "server-only";
import { batchGetTraces, type TraceWithSpans } from "@/lib/mlflow/client";
import { isMissingEndpoint } from "@/lib/mlflow/errors";
import { tokensByModel } from "@/lib/aggregate/model-tokens";
import type { ModelTokensData } from "@/lib/types/overview";
import type { TraceSummary } from "@/lib/types/trace";
import { createLimiter } from "@/lib/async/limiter";
import { runMetrics } from "./metrics-runner";
import { readFilter, recentTraces, resolveWindow, type OverviewRequest } from "./overview-period";

// Tokens by model, from the spans of the most recent MODEL_SAMPLE traces of the window (the
// metrics API sums tokens per trace, not per model). Reading spans is the costliest call the
// tracking server has (about 25 ms per ordinary trace, seconds for one with thousands of spans),
// so the sample is small, very large traces are left out (and named), at most two batches are
// read at a time (leaving the server's other workers to the rest of the page), and reading stops
// when the browser has gone away.

export const MODEL_SAMPLE = 100;
export const MAX_SPANS_PER_TRACE = 500;
/** Batches of a quarter-second or so: a request whose browser has gone away stops soon, and there are few round trips. */
const BATCH = 25;
/** Two at a time: one batch after another made this the overview's slowest panel by far. */
const PARALLEL_BATCHES = 2;

const tooLarge = (spans: number | null | undefined) => (spans ?? 0) > MAX_SPANS_PER_TRACE;

/** The spans of the sample's traces (all but the very large), two batches at a time. */
async function readSample(traces: TraceSummary[], signal: AbortSignal | undefined): Promise<TraceWithSpans[]> {
  const ids = traces.filter((trace) => !tooLarge(trace.sizeStats?.numSpans)).map((trace) => trace.traceId);
  const limit = createLimiter(PARALLEL_BATCHES);
  const batches = Array.from({ length: Math.ceil(ids.length / BATCH) }, (_, index) => ids.slice(index * BATCH, (index + 1) * BATCH));
  const read = await Promise.all(
    batches.map((batch) =>
      limit(() => {
        // Nobody is waiting any more (the page moved on): leave the tracking server to other work.
        signal?.throwIfAborted();
        return batchGetTraces(batch, { timeoutMs: 60_000 });
      }),
    ),
  );
  return read.flat();
}

export async function loadModelTokens(request: OverviewRequest, signal?: AbortSignal, nowMs = Date.now()): Promise<ModelTokensData> {
  const pushdown = readFilter(request.filter);
  const window = await resolveWindow(request, pushdown, nowMs);
  const sample = recentTraces(request.experimentId, request.filter, window, MODEL_SAMPLE);
  // The span batches start as soon as the sample is known, not after the total count.
  const [{ traces, truncated }, read, total] = await Promise.all([
    sample,
    sample.then((recent) => readSample(recent.traces, signal)),
    runMetrics(request.experimentId, { viewType: "TRACES", metricName: "trace_count", aggregations: [{ type: "COUNT" }], startTimeMs: window.startMs, endTimeMs: window.endMs, filters: pushdown.metricsFilters }).then(
      (points) => (pushdown.unapplied.length ? null : (points[0]?.values.COUNT ?? 0)),
      (error) => {
        if (isMissingEndpoint(error)) return null;
        throw error;
      },
    ),
  ]);
  const skipped = traces.filter((trace) => tooLarge(trace.sizeStats?.numSpans)).map((trace) => ({ traceId: trace.traceId, spans: trace.sizeStats!.numSpans! }));
  return {
    models: tokensByModel(read),
    sampledTraces: traces.length - skipped.length,
    totalTraces: total ?? (truncated ? null : traces.length),
    cap: MODEL_SAMPLE,
    skipped,
    maxSpansPerTrace: MAX_SPANS_PER_TRACE,
  };
}
