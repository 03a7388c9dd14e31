// Breakdowns for a server without `traces/metrics`: grouped from search results. Spans are not in
// search results, so span type and model breakdowns are not available this way.
import type { BreakdownDimension, BreakdownRow } from "@/lib/types/overview";
import type { TraceSummary } from "@/lib/types/trace";
import { drillClause } from "./drilldown";
import { percentile } from "./from-traces";

function valueOf(trace: TraceSummary, dimension: BreakdownDimension): string | null {
  if (dimension === "name") return trace.name;
  if (dimension === "status") return trace.state;
  if (dimension.startsWith("tag:")) return trace.tags[dimension.slice(4)] ?? null;
  if (dimension.startsWith("metadata:")) return trace.metadata[dimension.slice(9)] ?? null;
  return null;
}

function clauseOf(dimension: BreakdownDimension, value: string): string {
  if (dimension === "name") return drillClause.name(value);
  if (dimension === "status") return drillClause.status(value);
  if (dimension.startsWith("tag:")) return drillClause.tag(dimension.slice(4), value);
  return drillClause.metadata(dimension.slice(9), value);
}

export function breakdownFromTraces(dimension: BreakdownDimension, traces: TraceSummary[]): BreakdownRow[] | null {
  if (dimension === "span_type" || dimension === "model") return null;
  const groups = new Map<string, TraceSummary[]>();
  for (const trace of traces) {
    const value = valueOf(trace, dimension);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), trace]);
  }
  return [...groups]
    .map(([value, group]) => {
      const durations = group.flatMap((trace) => (trace.durationMs === null ? [] : [trace.durationMs])).sort((a, b) => a - b);
      const errors = group.filter((trace) => trace.state === "ERROR").length;
      return {
        value,
        count: group.length,
        errors,
        errorRate: errors / group.length,
        p50Ms: percentile(durations, 50),
        p95Ms: percentile(durations, 95),
        totalTokens: group.reduce((sum, trace) => sum + (trace.tokens?.total ?? 0), 0),
        costUsd: null,
        clause: clauseOf(dimension, value),
      };
    })
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
