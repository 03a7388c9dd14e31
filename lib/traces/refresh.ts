import type { TraceListPage } from "@/lib/types/trace-list";

/**
 * An auto-refreshed page keeps its rows where they are: the traces already shown get their fresh
 * details (state, latency, feedback) in place; the page's order and membership do not change.
 */
export function keepRowsInPlace(previous: TraceListPage | undefined, fresh: TraceListPage): TraceListPage {
  if (!previous) return fresh;
  const byId = new Map(fresh.traces.map((trace) => [trace.traceId, trace]));
  return { ...previous, traces: previous.traces.map((trace) => byId.get(trace.traceId) ?? trace) };
}
