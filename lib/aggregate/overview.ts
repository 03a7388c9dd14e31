// Prepare: trace-metrics answers → one row per time bucket (gaps filled), the feedback names and
// the summary cards. Pure; every figure the charts show is decided here.
import type { MetricDataPoint } from "@/lib/types/metrics";
import type { AssessmentSourceKind, BucketRow, FeedbackName, OverviewData, OverviewWindow, SummaryCard } from "@/lib/types/overview";
import { feedbackNames, thumbsUpRate } from "./feedback-values";
import { percentileKey, type OverviewQueryName } from "./overview-plan";
import { bucketPeriods, bucketStart } from "./window";

export type OverviewAnswers = Partial<Record<OverviewQueryName, MetricDataPoint[]>>;

type Prepared = Pick<OverviewData, "rows" | "models" | "feedbackNames" | "summary" | "latency">;

const value = (point: MetricDataPoint | undefined, key: string): number | null => {
  const raw = point?.values[key];
  return typeof raw === "number" && Number.isFinite(raw) ? raw : null;
};

/** Groups bucketed points by the aligned start of their `time_bucket`. */
function byBucket(points: MetricDataPoint[] | undefined): Map<number, MetricDataPoint[]> {
  const groups = new Map<number, MetricDataPoint[]>();
  for (const point of points ?? []) {
    const start = Date.parse(point.dimensions.time_bucket ?? "");
    if (Number.isNaN(start)) continue;
    groups.set(start, [...(groups.get(start) ?? []), point]);
  }
  return groups;
}

function countsByStatus(points: MetricDataPoint[] | undefined) {
  const counts = { traces: 0, ok: 0, errors: 0, inProgress: 0 };
  for (const point of points ?? []) {
    const n = value(point, "COUNT") ?? 0;
    counts.traces += n;
    if (point.dimensions.trace_status === "OK") counts.ok += n;
    if (point.dimensions.trace_status === "ERROR") counts.errors += n;
    if (point.dimensions.trace_status === "IN_PROGRESS") counts.inProgress += n;
  }
  return counts;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function buildRows(window: OverviewWindow, answers: OverviewAnswers): BucketRow[] {
  const volume = byBucket(answers.volume);
  const latency = byBucket(answers.latencyBuckets);
  const [input, output, total] = [byBucket(answers.inputTokens), byBucket(answers.outputTokens), byBucket(answers.totalTokens)];
  const cost = byBucket(answers.cost);
  const feedback = byBucket(answers.feedbackBuckets);
  return bucketPeriods(window).map((period) => {
    const key = bucketStart(period.startMs, window.bucketMs);
    const counts = countsByStatus(volume.get(key));
    const percentile = latency.get(key)?.[0];
    const costByModel: Record<string, number> = {};
    for (const point of cost.get(key) ?? []) costByModel[point.dimensions.span_model_name] = value(point, "SUM") ?? 0;
    const scores: Record<string, number> = {};
    for (const point of feedback.get(key) ?? []) {
      const mean = value(point, "AVG");
      if (mean !== null) scores[point.dimensions.assessment_name] = mean;
    }
    return {
      ...period,
      ...counts,
      errorRate: rate(counts.errors, counts.traces),
      p50Ms: value(percentile, percentileKey(50)),
      p90Ms: value(percentile, percentileKey(90)),
      p95Ms: value(percentile, percentileKey(95)),
      p99Ms: value(percentile, percentileKey(99)),
      inputTokens: value(input.get(key)?.[0], "SUM") ?? 0,
      outputTokens: value(output.get(key)?.[0], "SUM") ?? 0,
      totalTokens: value(total.get(key)?.[0], "SUM") ?? 0,
      costByModel,
      feedback: scores,
    };
  });
}

/** Relative change for counts and durations, absolute change (in points of a share) for rates. */
function card(key: SummaryCard["key"], current: number | null, previous: number | null, comparable: boolean): SummaryCard {
  if (!comparable) return { key, value: current, previous: null, change: null };
  const isRate = key === "errorRate" || key === "thumbsUp";
  let change: number | null = null;
  if (current !== null && previous !== null) change = isRate ? current - previous : previous > 0 ? (current - previous) / previous : null;
  return { key, value: current, previous, change };
}

function summaryCards(window: OverviewWindow, answers: OverviewAnswers, rows: BucketRow[], latencyP95: number | null): SummaryCard[] {
  const traces = rows.reduce((sum, row) => sum + row.traces, 0);
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  const tokens = rows.reduce((sum, row) => sum + row.totalTokens, 0);
  const previous = countsByStatus(answers.previousVolume);
  const comparable = window.previous !== null;
  return [
    card("traces", traces, previous.traces, comparable),
    card("p95", latencyP95, value(answers.previousLatency?.[0], percentileKey(95)), comparable),
    card("tokens", tokens, value(answers.previousTokens?.[0], "SUM") ?? 0, comparable),
    card("errorRate", rate(errors, traces), rate(previous.errors, previous.traces), comparable),
    card("thumbsUp", thumbsUpRate(answers.feedbackValues ?? []), thumbsUpRate(answers.previousFeedbackValues ?? []), comparable),
  ];
}

export function prepareOverview(window: OverviewWindow, answers: OverviewAnswers, sources: Map<string, AssessmentSourceKind>): Prepared {
  const rows = buildRows(window, answers);
  const costs = new Map<string, number>();
  for (const row of rows) for (const [model, usd] of Object.entries(row.costByModel)) costs.set(model, (costs.get(model) ?? 0) + usd);
  const overall = answers.latencyOverall?.[0];
  const latency = {
    p50Ms: value(overall, percentileKey(50)),
    p90Ms: value(overall, percentileKey(90)),
    p95Ms: value(overall, percentileKey(95)),
    p99Ms: value(overall, percentileKey(99)),
  };
  const names: FeedbackName[] = feedbackNames(answers.feedbackValues ?? [], sources);
  return {
    rows,
    models: [...costs.entries()].sort((a, b) => b[1] - a[1]).map(([model]) => model),
    feedbackNames: names,
    summary: summaryCards(window, answers, rows, latency.p95Ms),
    latency,
  };
}
