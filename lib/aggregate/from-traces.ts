// The fallback for a tracking server without `traces/metrics`: the same answers, computed from
// trace search results (at most a stated number of the most recent traces). It emulates the
// server's aggregation (bucket floors, linear-interpolation percentiles, sums, counts, means), so
// lib/aggregate/overview.ts prepares both alike. Trace infos carry no per-model cost, so cost is
// one series; feedback sources are exact (every assessment names its source).
import type { MetricDataPoint } from "@/lib/types/metrics";
import type { Period } from "@/lib/types/overview";
import type { TraceSummary } from "@/lib/types/trace";
import type { OverviewAnswers } from "./overview";
import { LATENCY_PERCENTILES, percentileKey } from "./overview-plan";
import { bucketStart } from "./window";

export const ALL_MODELS = "(all models)";
/** The most traces the search-based aggregation reads per period. */
export const SEARCH_FALLBACK_CAP = 5_000;

/** numpy's default (linear) percentile, as PostgreSQL's PERCENTILE_CONT and MLflow's SQLite aggregate. */
export function percentile(sortedValues: number[], p: number): number | null {
  if (sortedValues.length === 0) return null;
  const position = (p / 100) * (sortedValues.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sortedValues.length - 1);
  return sortedValues[lower] + (sortedValues[upper] - sortedValues[lower]) * (position - lower);
}

const point = (metricName: string, dimensions: Record<string, string>, values: Record<string, number>): MetricDataPoint => ({ metricName, dimensions, values });

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = key(item);
    if (group !== null) groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return groups;
}

const within = (period: Period) => (trace: TraceSummary) => trace.requestTimeMs !== null && trace.requestTimeMs >= period.startMs && trace.requestTimeMs <= period.endMs;

function latencyValues(traces: TraceSummary[], percentiles: readonly number[]): Record<string, number> | null {
  const durations = traces.flatMap((trace) => (trace.durationMs === null ? [] : [trace.durationMs])).sort((a, b) => a - b);
  if (durations.length === 0) return null;
  return Object.fromEntries(percentiles.map((p) => [percentileKey(p), percentile(durations, p)!]));
}

function feedbackOf(traces: TraceSummary[]) {
  return traces.flatMap((trace) => trace.assessments.filter((assessment) => assessment.kind === "feedback" && assessment.valid && assessment.value !== null).map((assessment) => ({ trace, assessment })));
}

function feedbackValuePoints(traces: TraceSummary[]): MetricDataPoint[] {
  const counts = groupBy(feedbackOf(traces), ({ assessment }) => `${assessment.name}\u0000${JSON.stringify(assessment.value)}`);
  return [...counts].map(([key, items]) => {
    const [name, value] = key.split("\u0000");
    return point("assessment_count", { assessment_name: name, assessment_value: value }, { COUNT: items.length });
  });
}

function numericFeedback(value: unknown): number | null {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && ["yes", "no"].includes(value.trim().toLowerCase())) return value.trim().toLowerCase() === "yes" ? 1 : 0;
  return null;
}

/** The overview's answers from the traces of the window (and of the previous period, if any). */
export function answersFromTraces(window: Period & { bucketMs: number }, current: TraceSummary[], previous: TraceSummary[] | null): OverviewAnswers {
  const traces = current.filter(within(window));
  const buckets = groupBy(traces, (trace) => new Date(bucketStart(trace.requestTimeMs!, window.bucketMs)).toISOString());
  const answers: Required<Pick<OverviewAnswers, "volume" | "latencyBuckets" | "inputTokens" | "outputTokens" | "totalTokens" | "cost" | "feedbackBuckets">> = {
    volume: [], latencyBuckets: [], inputTokens: [], outputTokens: [], totalTokens: [], cost: [], feedbackBuckets: [],
  };
  for (const [time_bucket, inBucket] of buckets) {
    for (const [status, withStatus] of groupBy(inBucket, (trace) => trace.state)) answers.volume.push(point("trace_count", { time_bucket, trace_status: status }, { COUNT: withStatus.length }));
    const latency = latencyValues(inBucket, LATENCY_PERCENTILES);
    if (latency) answers.latencyBuckets.push(point("latency", { time_bucket }, latency));
    for (const [name, key] of [["inputTokens", "input"], ["outputTokens", "output"], ["totalTokens", "total"]] as const) {
      const withTokens = inBucket.filter((trace) => trace.tokens?.[key] != null);
      if (withTokens.length) answers[name].push(point(`${key}_tokens`, { time_bucket }, { SUM: withTokens.reduce((sum, trace) => sum + trace.tokens![key]!, 0) }));
    }
    const withCost = inBucket.filter((trace) => trace.costUsd !== null);
    if (withCost.length) answers.cost.push(point("total_cost", { time_bucket, span_model_name: ALL_MODELS }, { SUM: withCost.reduce((sum, trace) => sum + trace.costUsd!, 0) }));
    for (const [name, items] of groupBy(feedbackOf(inBucket), ({ assessment }) => assessment.name)) {
      const scores = items.flatMap(({ assessment }) => {
        const score = numericFeedback(assessment.value);
        return score === null ? [] : [score];
      });
      if (scores.length) answers.feedbackBuckets.push(point("assessment_value", { time_bucket, assessment_name: name }, { AVG: scores.reduce((a, b) => a + b, 0) / scores.length }));
    }
  }
  const overall = latencyValues(traces, LATENCY_PERCENTILES);
  const result: OverviewAnswers = { ...answers, latencyOverall: overall ? [point("latency", {}, overall)] : [], feedbackValues: feedbackValuePoints(traces) };
  if (previous) {
    const before = previous.filter(within({ startMs: window.startMs - (window.endMs - window.startMs) - 1, endMs: window.startMs - 1 }));
    result.previousVolume = [...groupBy(before, (trace) => trace.state)].map(([status, items]) => point("trace_count", { trace_status: status }, { COUNT: items.length }));
    const p95 = latencyValues(before, [95]);
    result.previousLatency = p95 ? [point("latency", {}, p95)] : [];
    result.previousTokens = [point("total_tokens", {}, { SUM: before.reduce((sum, trace) => sum + (trace.tokens?.total ?? 0), 0) })];
    result.previousFeedbackValues = feedbackValuePoints(before);
  }
  return result;
}

/** Source type of every valid feedback, for lib/aggregate/feedback-values.ts sourceKinds(). */
export function feedbackSources(traces: TraceSummary[]): { name: string; sourceType: string | null }[] {
  return feedbackOf(traces).map(({ assessment }) => ({ name: assessment.name, sourceType: assessment.sourceType }));
}
