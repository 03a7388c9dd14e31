// Each chart's data as CSV: exact figures, times in ISO 8601 UTC (end inclusive), units in the
// column names.
import { toCsv } from "@/lib/format/csv";
import { isoUtc } from "@/lib/format/units";
import type { BreakdownData, BucketRow, FeedbackName, ModelTokens } from "@/lib/types/overview";

export type OverviewChart = "volume" | "errors" | "latency" | "tokens" | "cost" | "feedback";

const period = (row: BucketRow) => [isoUtc(row.startMs), isoUtc(row.endMs)];
const PERIOD = ["bucket_start_utc", "bucket_end_utc"];

export function chartCsv(chart: OverviewChart, rows: BucketRow[], extra: { models?: string[]; feedback?: FeedbackName[] } = {}): string {
  switch (chart) {
    case "volume":
      return toCsv([...PERIOD, "traces", "ok", "error", "in_progress"], rows.map((row) => [...period(row), row.traces, row.ok, row.errors, row.inProgress]));
    case "errors":
      return toCsv([...PERIOD, "traces", "errors", "error_rate"], rows.map((row) => [...period(row), row.traces, row.errors, row.errorRate]));
    case "latency":
      return toCsv([...PERIOD, "p50_ms", "p90_ms", "p95_ms", "p99_ms"], rows.map((row) => [...period(row), row.p50Ms, row.p90Ms, row.p95Ms, row.p99Ms]));
    case "tokens":
      return toCsv([...PERIOD, "input_tokens", "output_tokens", "total_tokens"], rows.map((row) => [...period(row), row.inputTokens, row.outputTokens, row.totalTokens]));
    case "cost": {
      const models = extra.models ?? [];
      return toCsv([...PERIOD, ...models.map((model) => `cost_usd:${model}`)], rows.map((row) => [...period(row), ...models.map((model) => row.costByModel[model] ?? 0)]));
    }
    case "feedback": {
      const names = extra.feedback ?? [];
      return toCsv(
        [...PERIOD, ...names.map((name) => `${name.kind === "pass_fail" ? "positive_share" : "mean_score"}:${name.name}`)],
        rows.map((row) => [...period(row), ...names.map((name) => row.feedback[name.name] ?? null)]),
      );
    }
  }
}

export function modelTokensCsv(models: ModelTokens[]): string {
  return toCsv(["model", "calls", "input_tokens", "output_tokens", "total_tokens"], models.map((entry) => [entry.model, entry.calls, entry.inputTokens, entry.outputTokens, entry.totalTokens]));
}

export function breakdownCsv(data: BreakdownData): string {
  return toCsv(
    [data.dimension, data.unit, "errors", "error_rate", "p50_ms", "p95_ms", "total_tokens", "cost_usd"],
    data.rows.map((row) => [row.value, row.count, row.errors, row.errorRate, row.p50Ms, row.p95Ms, row.totalTokens, row.costUsd]),
  );
}
