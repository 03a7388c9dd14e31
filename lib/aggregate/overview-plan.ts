// The trace-metrics queries behind one overview, by name. Pure: the server runs them in parallel
// (lib/server/overview.ts) and lib/aggregate/overview.ts turns the answers into chart rows.
// Names and dimensions are the ones the pinned server (3.18.0) accepts: for TRACES only
// trace_count takes `trace_status`; latency and tokens take only `trace_name`.
import type { MetricsQuery } from "@/lib/mlflow/client";
import type { OverviewWindow, Period } from "@/lib/types/overview";

/** Far above what one overview can return (500 buckets × a few statuses, models or names). */
export const METRICS_MAX_RESULTS = 10_000;
export const LATENCY_PERCENTILES = [50, 90, 95, 99] as const;
export const FEEDBACK_ONLY = "assessment.type = 'feedback'";

export type OverviewQueryName =
  | "volume"
  | "latencyBuckets"
  | "latencyOverall"
  | "inputTokens"
  | "outputTokens"
  | "totalTokens"
  | "cost"
  | "feedbackBuckets"
  | "feedbackValues"
  | "previousVolume"
  | "previousLatency"
  | "previousTokens"
  | "previousFeedbackValues";

type Query = Omit<MetricsQuery, "experimentIds">;

const count = [{ type: "COUNT" as const }];
const sum = [{ type: "SUM" as const }];
const percentiles = LATENCY_PERCENTILES.map((percentile) => ({ type: "PERCENTILE" as const, percentile }));

function over(period: Period, filters: string[]) {
  return { startTimeMs: period.startMs, endTimeMs: period.endMs, filters, maxResults: METRICS_MAX_RESULTS };
}

export function overviewQueries(window: OverviewWindow, filters: string[]): Partial<Record<OverviewQueryName, Query>> {
  const bucketed = { ...over(window, filters), timeIntervalSeconds: window.bucketMs / 1000 };
  const whole = over(window, filters);
  const feedbackFilters = [...filters, FEEDBACK_ONLY];
  const queries: Partial<Record<OverviewQueryName, Query>> = {
    volume: { viewType: "TRACES", metricName: "trace_count", aggregations: count, dimensions: ["trace_status"], ...bucketed },
    latencyBuckets: { viewType: "TRACES", metricName: "latency", aggregations: percentiles, ...bucketed },
    latencyOverall: { viewType: "TRACES", metricName: "latency", aggregations: percentiles, ...whole },
    inputTokens: { viewType: "TRACES", metricName: "input_tokens", aggregations: sum, ...bucketed },
    outputTokens: { viewType: "TRACES", metricName: "output_tokens", aggregations: sum, ...bucketed },
    totalTokens: { viewType: "TRACES", metricName: "total_tokens", aggregations: sum, ...bucketed },
    cost: { viewType: "SPANS", metricName: "total_cost", aggregations: sum, dimensions: ["span_model_name"], ...bucketed },
    feedbackBuckets: { viewType: "ASSESSMENTS", metricName: "assessment_value", aggregations: [{ type: "AVG" }], dimensions: ["assessment_name"], ...bucketed, filters: feedbackFilters },
    feedbackValues: { viewType: "ASSESSMENTS", metricName: "assessment_count", aggregations: count, dimensions: ["assessment_name", "assessment_value"], ...whole, filters: feedbackFilters },
  };
  if (window.previous) {
    const previous = over(window.previous, filters);
    queries.previousVolume = { viewType: "TRACES", metricName: "trace_count", aggregations: count, dimensions: ["trace_status"], ...previous };
    queries.previousLatency = { viewType: "TRACES", metricName: "latency", aggregations: [{ type: "PERCENTILE", percentile: 95 }], ...previous };
    queries.previousTokens = { viewType: "TRACES", metricName: "total_tokens", aggregations: sum, ...previous };
    queries.previousFeedbackValues = { ...queries.feedbackValues!, ...over(window.previous, feedbackFilters) };
  }
  return queries;
}

/** The key MLflow gives a percentile's value: 95 → "P95.0". */
export function percentileKey(percentile: number): string {
  return `P${percentile.toFixed(1)}`;
}
