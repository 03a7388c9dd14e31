import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toMetricDataPoint } from "@/lib/mlflow/to-experiment";
import type { MlflowMetricDataPoint } from "@/lib/mlflow/wire";
import type { MetricDataPoint } from "@/lib/types/metrics";
import { decodeFeedbackValue, sourceKinds, thumbsUpRate } from "./feedback-values";
import { prepareOverview, type OverviewAnswers } from "./overview";
import { overviewQueries } from "./overview-plan";
import { buildWindow } from "./window";

// The overview's answers as the pinned server gave them (scripts/record-fixtures.mjs, daily buckets).
const DAY = 86_400_000;
const points = (name: string): MetricDataPoint[] => fixture<{ data_points: MlflowMetricDataPoint[] }>(name).data_points.map(toMetricDataPoint);
const answers: OverviewAnswers = {
  volume: points("metrics-overview-volume-daily"),
  latencyBuckets: points("metrics-overview-latency-daily"),
  totalTokens: points("metrics-overview-tokens-daily"),
  cost: points("metrics-overview-cost-daily"),
  feedbackBuckets: points("metrics-overview-feedback-daily"),
  feedbackValues: points("metrics-overview-feedback-values"),
};
const bucketStarts = answers.volume!.map((point) => Date.parse(point.dimensions.time_bucket));
const first = Math.min(...bucketStarts);
const last = Math.max(...bucketStarts);
const window = buildWindow({ startMs: first, endMs: last + DAY - 1 }, "1d", { comparable: false });
const sources = sourceKinds([
  { name: "user_feedback", sourceType: "HUMAN" },
  { name: "correctness", sourceType: "LLM_JUDGE" },
  { name: "correctness", sourceType: "HUMAN" },
]);
const prepared = prepareOverview(window, answers, sources);
const sum = (list: MetricDataPoint[], key: string) => list.reduce((total, point) => total + (point.values[key] ?? 0), 0);

describe("rows per bucket", () => {
  it("has one row per day, empty days filled with zeros and gaps", () => {
    expect(prepared.rows).toHaveLength((last - first) / DAY + 1);
    prepared.rows.forEach((row, index) => {
      expect(row.startMs).toBe(first + index * DAY);
      expect(row.endMs).toBe(first + (index + 1) * DAY - 1);
    });
    const empty = prepared.rows.filter((row) => !bucketStarts.includes(row.startMs));
    expect(empty.length).toBeGreaterThan(0);
    for (const row of empty) expect(row).toMatchObject({ traces: 0, errors: 0, errorRate: null, p50Ms: null, totalTokens: 0, costByModel: {}, feedback: {} });
  });

  it("splits the volume by status and keeps every trace", () => {
    const volume = answers.volume!;
    // The recorder seeds 16 finished traces and one in progress.
    expect(prepared.rows.reduce((total, row) => total + row.traces, 0)).toBe(17);
    const errors = sum(volume.filter((point) => point.dimensions.trace_status === "ERROR"), "COUNT");
    expect(prepared.rows.reduce((total, row) => total + row.errors, 0)).toBe(errors);
    expect(prepared.rows.reduce((total, row) => total + row.inProgress, 0)).toBe(1);
    const withError = prepared.rows.find((row) => row.errors > 0)!;
    expect(withError.errorRate).toBeCloseTo(withError.errors / withError.traces);
  });

  it("takes each bucket's percentiles as the server computed them", () => {
    for (const point of answers.latencyBuckets!) {
      const row = prepared.rows.find((candidate) => candidate.startMs === Date.parse(point.dimensions.time_bucket))!;
      expect([row.p50Ms, row.p90Ms, row.p95Ms, row.p99Ms]).toEqual([point.values["P50.0"], point.values["P90.0"], point.values["P95.0"], point.values["P99.0"]]);
      expect(row.p99Ms!).toBeGreaterThanOrEqual(row.p50Ms!);
    }
  });

  it("sums tokens and cost per model", () => {
    expect(prepared.rows.reduce((total, row) => total + row.totalTokens, 0)).toBe(sum(answers.totalTokens!, "SUM"));
    const cost = prepared.rows.reduce((total, row) => total + Object.values(row.costByModel).reduce((a, b) => a + b, 0), 0);
    expect(cost).toBeCloseTo(sum(answers.cost!, "SUM"), 12);
    expect(prepared.models.sort()).toEqual([...new Set(answers.cost!.map((point) => point.dimensions.span_model_name))].sort());
  });
});

describe("feedback", () => {
  it("decodes values the way the server aggregates them", () => {
    expect(decodeFeedbackValue("true")).toEqual({ kind: "pass_fail", positive: true, boolean: true });
    expect(decodeFeedbackValue('"No"')).toEqual({ kind: "pass_fail", positive: false, boolean: false });
    expect(decodeFeedbackValue("0.62")).toEqual({ kind: "score", score: 0.62 });
    expect(decodeFeedbackValue('"a free text answer"')).toEqual({ kind: "other" });
  });

  it("tells pass/fail names from scores, with their overall value and source", () => {
    const values = answers.feedbackValues!;
    const of = (name: string) => prepared.feedbackNames.find((item) => item.name === name)!;
    const userTrue = sum(values.filter((p) => p.dimensions.assessment_name === "user_feedback" && p.dimensions.assessment_value === "true"), "COUNT");
    const userAll = sum(values.filter((p) => p.dimensions.assessment_name === "user_feedback"), "COUNT");
    expect(of("user_feedback")).toEqual({ name: "user_feedback", kind: "pass_fail", source: "HUMAN", count: userAll, overall: userTrue / userAll, searchValues: { positive: "true", negative: "false" } });
    expect(of("correctness")).toMatchObject({ kind: "pass_fail", source: "mixed", searchValues: { positive: "yes", negative: "no" } });
    const relevance = values.filter((p) => p.dimensions.assessment_name === "relevance");
    const mean = relevance.reduce((total, p) => total + Number(p.dimensions.assessment_value) * p.values.COUNT, 0) / sum(relevance, "COUNT");
    expect(of("relevance").kind).toBe("score");
    expect(of("relevance").overall).toBeCloseTo(mean, 12);
    expect(of("relevance").source).toBe("unknown");
  });

  it("puts each bucket's mean per name into its row", () => {
    for (const point of answers.feedbackBuckets!) {
      const row = prepared.rows.find((candidate) => candidate.startMs === Date.parse(point.dimensions.time_bucket))!;
      expect(row.feedback[point.dimensions.assessment_name]).toBe(point.values.AVG);
    }
  });

  it("rates thumbs up over true/false feedback only", () => {
    const bools = answers.feedbackValues!.filter((p) => p.dimensions.assessment_value === "true" || p.dimensions.assessment_value === "false");
    const up = sum(bools.filter((p) => p.dimensions.assessment_value === "true"), "COUNT");
    expect(thumbsUpRate(answers.feedbackValues!)).toBe(up / sum(bools, "COUNT"));
    expect(thumbsUpRate([])).toBeNull();
  });
});

describe("summary cards", () => {
  it("totals the window and leaves the change empty without a previous period", () => {
    const byKey = Object.fromEntries(prepared.summary.map((card) => [card.key, card]));
    expect(byKey.traces).toEqual({ key: "traces", value: 17, previous: null, change: null });
    expect(byKey.tokens.value).toBe(sum(answers.totalTokens!, "SUM"));
    expect(byKey.errorRate.value).toBeCloseTo(sum(answers.volume!.filter((p) => p.dimensions.trace_status === "ERROR"), "COUNT") / 17);
  });

  it("compares with the previous period: relative for counts, absolute for rates", () => {
    const comparable = buildWindow({ startMs: window.startMs, endMs: window.endMs }, "1d", { comparable: true });
    const halfVolume = answers.volume!.filter((point) => point.dimensions.trace_status !== "IN_PROGRESS").slice(0, 2);
    const withPrevious = prepareOverview(comparable, { ...answers, previousVolume: halfVolume, previousTokens: [], previousFeedbackValues: [] }, sources);
    const byKey = Object.fromEntries(withPrevious.summary.map((card) => [card.key, card]));
    const previousTraces = sum(halfVolume, "COUNT");
    expect(byKey.traces).toMatchObject({ value: 17, previous: previousTraces, change: (17 - previousTraces) / previousTraces });
    expect(byKey.errorRate.change).toBeCloseTo(byKey.errorRate.value! - byKey.errorRate.previous!);
    // No tokens before: a relative change from zero is undefined, so none is shown.
    expect(byKey.tokens).toMatchObject({ previous: 0, change: null });
    expect(byKey.thumbsUp).toMatchObject({ previous: null, change: null });
  });
});

describe("the query plan", () => {
  it("asks for the previous period only when there is one, and for feedback only with its type filter", () => {
    const filters = ["trace.tag.environment = 'prod'"];
    const withPrevious = overviewQueries(buildWindow({ startMs: 0, endMs: 7 * DAY - 1 }, null, { comparable: true }), filters);
    expect(Object.keys(withPrevious)).toHaveLength(13);
    expect(withPrevious.previousVolume).toMatchObject({ startTimeMs: -7 * DAY, endTimeMs: -1, filters });
    expect(withPrevious.volume).toMatchObject({ timeIntervalSeconds: 6 * 3600, dimensions: ["trace_status"], filters });
    expect(withPrevious.feedbackBuckets!.filters).toEqual([...filters, "assessment.type = 'feedback'"]);
    const allTime = overviewQueries(buildWindow({ startMs: 0, endMs: 7 * DAY - 1 }, null, { comparable: false }), []);
    expect(Object.keys(allTime).some((name) => name.startsWith("previous"))).toBe(false);
  });
});
