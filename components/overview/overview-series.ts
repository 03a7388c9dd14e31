// Which figures each overview chart draws, with their labels, colours and units.
import type { Series } from "@/components/charts/series";
import { LATENCY_COLORS, STATUS_COLORS, TOKEN_COLORS } from "@/components/charts/series-colors";
import { formatCount, formatExactDuration, formatPercent, formatUsd } from "@/lib/format/units";
import type { BucketRow, FeedbackName, ModelTokens } from "@/lib/types/overview";

const traces = (value: number | null) => (value === null ? "—" : `${formatCount(value)} traces`);
const tokens = (value: number | null) => (value === null ? "—" : `${formatCount(value)} tokens`);

export const VOLUME_SERIES: Series<BucketRow>[] = [
  { key: "OK", label: "OK", color: STATUS_COLORS.ok, value: (row) => row.ok, format: formatCount },
  { key: "ERROR", label: "Error", color: STATUS_COLORS.errors, value: (row) => row.errors, format: formatCount },
  { key: "IN_PROGRESS", label: "In progress", color: STATUS_COLORS.inProgress, value: (row) => row.inProgress, format: formatCount },
];

export const ERROR_RATE_SERIES: Series<BucketRow>[] = [{ key: "rate", label: "Error rate", color: STATUS_COLORS.errors, value: (row) => row.errorRate, format: formatPercent }];
/** Shown in the tooltip only, beside the rate. */
export const ERROR_COUNTS: Series<BucketRow>[] = [
  { key: "errors", label: "Errors", color: "transparent", value: (row) => row.errors, format: traces },
  { key: "traces", label: "Traces", color: "transparent", value: (row) => row.traces, format: traces },
];

export const LATENCY_SERIES: Series<BucketRow>[] = (["p50Ms", "p90Ms", "p95Ms", "p99Ms"] as const).map((key) => ({
  key,
  label: key.replace("Ms", ""),
  color: LATENCY_COLORS[key],
  value: (row: BucketRow) => row[key],
  format: formatExactDuration,
}));

export const TOKEN_SERIES: Series<BucketRow>[] = [
  { key: "input", label: "Input", color: TOKEN_COLORS.inputTokens, value: (row) => row.inputTokens, format: tokens },
  { key: "output", label: "Output", color: TOKEN_COLORS.outputTokens, value: (row) => row.outputTokens, format: tokens },
];
/** Shown in the tooltip only: the server's own total. */
export const TOKEN_TOTAL: Series<BucketRow>[] = [{ key: "total", label: "Total", color: "transparent", value: (row) => row.totalTokens, format: tokens }];

export function costSeries(models: string[], colors: Record<string, string>): Series<BucketRow>[] {
  return models.map((model) => ({ key: model, label: model, color: colors[model], value: (row) => row.costByModel[model] ?? 0, format: formatUsd }));
}

export function feedbackSeries(names: FeedbackName[], colors: Record<string, string>): Series<BucketRow>[] {
  return names.map((name) => ({
    key: name.name,
    label: name.name,
    color: colors[name.name],
    value: (row) => row.feedback[name.name] ?? null,
    format: (value) => (value === null ? "—" : name.kind === "pass_fail" ? `${formatPercent(value)} positive` : `${value.toFixed(2)} mean`),
  }));
}

export const MODEL_TOKEN_SERIES: Series<ModelTokens>[] = [
  { key: "input", label: "Input", color: TOKEN_COLORS.inputTokens, value: (row) => row.inputTokens, format: tokens },
  { key: "output", label: "Output", color: TOKEN_COLORS.outputTokens, value: (row) => row.outputTokens, format: tokens },
];
/** Shown in the tooltip only. */
export const MODEL_TOKEN_EXTRA: Series<ModelTokens>[] = [
  { key: "total", label: "Total", color: "transparent", value: (row) => row.totalTokens, format: tokens },
  { key: "calls", label: "LLM calls", color: "transparent", value: (row) => row.calls, format: (value) => formatCount(value) },
];

export const SOURCE_LABELS: Record<FeedbackName["source"], string> = {
  HUMAN: "human",
  LLM_JUDGE: "LLM judge",
  CODE: "code",
  mixed: "human + LLM judge",
  unknown: "source unknown",
};
