import "server-only";
import { isMissingEndpoint } from "@/lib/mlflow/errors";
import { breakdownQueries, keysOf, prepareBreakdown, sampledValues, spanTypesOf, TAG_VALUE_LIMIT } from "@/lib/aggregate/breakdown";
import { breakdownFromTraces } from "@/lib/aggregate/breakdown-from-traces";
import type { BreakdownData, BreakdownDimension, BreakdownRow } from "@/lib/types/overview";
import { runAllMetrics } from "./metrics-runner";
import { SEARCH_FALLBACK_CAP } from "@/lib/aggregate/from-traces";
import { readFilter, recentTraces, resolveWindow, type OverviewRequest } from "./overview-period";

// One breakdown of the window. Tag and metadata keys (and a tag's values) come from the most
// recent KEY_SAMPLE traces; every figure then comes from the metrics API over the whole window.

export const KEY_SAMPLE = 200;

const NOTES: Partial<Record<string, string>> = {
  span_type: "Counts spans, not traces; errors are spans with status ERROR.",
  model: "Counts LLM spans per model; the metrics API has no latency or tokens per model (see tokens by model).",
};

export async function loadBreakdown(request: OverviewRequest & { source: "metrics" | "search"; dimension: BreakdownDimension }, nowMs = Date.now()): Promise<BreakdownData> {
  const pushdown = readFilter(request.filter);
  const window = await resolveWindow(request, pushdown, nowMs);
  const sample = await recentTraces(request.experimentId, request.filter, window, KEY_SAMPLE);
  const keys = keysOf(sample.traces);
  const unit = request.dimension === "span_type" || request.dimension === "model" ? "spans" : "traces";
  const base = { dimension: request.dimension, unit, ...keys, appliedClauses: pushdown.applied, unappliedClauses: pushdown.unapplied } as const;

  const fromSearch = async (reason: string): Promise<BreakdownData> => {
    const all = await recentTraces(request.experimentId, request.filter, window, SEARCH_FALLBACK_CAP);
    const rows = breakdownFromTraces(request.dimension, all.traces);
    const scope = `${all.traces.length.toLocaleString("en")}${all.truncated ? " most recent" : ""} traces of the range`;
    return {
      ...base,
      appliedClauses: [...pushdown.applied, ...pushdown.unapplied.map((item) => item.clause)],
      unappliedClauses: [],
      rows: rows ?? [],
      note: rows ? `${reason} Grouped from the ${scope}.` : `${reason} Span breakdowns need the metrics endpoint.`,
    };
  };
  if (request.source === "search") return fromSearch("Aggregated from search results so that the whole filter applies.");

  try {
    let rows: BreakdownRow[];
    let note = NOTES[request.dimension] ?? null;
    const filters = pushdown.metricsFilters;
    if (request.dimension === "span_type") {
      const first = await runAllMetrics(request.experimentId, breakdownQueries("span_type", window, filters));
      const second = await runAllMetrics(request.experimentId, breakdownQueries("span_type", window, filters, spanTypesOf(first)));
      rows = prepareBreakdown("span_type", { ...first, ...second });
    } else if (request.dimension.startsWith("tag:") || request.dimension.startsWith("metadata:")) {
      const { values, distinct } = sampledValues(sample.traces, request.dimension);
      rows = prepareBreakdown(request.dimension, await runAllMetrics(request.experimentId, breakdownQueries(request.dimension, window, filters, values)), values);
      note =
        `Values seen on the ${sample.traces.length.toLocaleString("en")} most recent traces of the range` +
        (distinct > TAG_VALUE_LIMIT ? ` (${distinct} distinct; the ${TAG_VALUE_LIMIT} most frequent shown)` : "") +
        "; each value counted over the whole range. Traces without the key are not shown.";
    } else {
      rows = prepareBreakdown(request.dimension, await runAllMetrics(request.experimentId, breakdownQueries(request.dimension, window, filters)));
    }
    return { ...base, rows, note };
  } catch (error) {
    if (!isMissingEndpoint(error)) throw error;
    return fromSearch("The tracking server has no trace metrics endpoint.");
  }
}
