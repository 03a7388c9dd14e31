import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTraceInfo } from "@/lib/mlflow/wire";
import { sourceKinds } from "./feedback-values";
import { ALL_MODELS, answersFromTraces, feedbackSources, percentile } from "./from-traces";
import { prepareOverview } from "./overview";
import { buildWindow } from "./window";

// The fallback computed on a trace search page recorded from the pinned server (10 most recent traces).
const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);
const times = traces.map((trace) => trace.requestTimeMs!);
const DAY = 86_400_000;
const window = buildWindow({ startMs: Math.min(...times), endMs: Math.max(...times) }, "1d", { comparable: true });

describe("percentiles", () => {
  it("interpolate linearly between ranks, like PERCENTILE_CONT", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 95)).toBeCloseTo(3.85, 10);
    expect(percentile([10, 20, 30, 40, 50], 90)).toBe(46);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe("the overview from trace search results", () => {
  const answers = answersFromTraces(window, traces, []);
  const sources = sourceKinds(feedbackSources(traces));
  const prepared = prepareOverview(window, answers, sources);

  it("counts every trace of the window by status and day", () => {
    expect(prepared.rows.reduce((sum, row) => sum + row.traces, 0)).toBe(traces.length);
    expect(prepared.rows.reduce((sum, row) => sum + row.inProgress, 0)).toBe(traces.filter((trace) => trace.state === "IN_PROGRESS").length);
    for (const row of prepared.rows) {
      expect(row.traces).toBe(traces.filter((trace) => trace.requestTimeMs! >= row.startMs && trace.requestTimeMs! <= row.endMs).length);
    }
  });

  it("computes percentiles over finished traces only", () => {
    const durations = traces.flatMap((trace) => (trace.durationMs === null ? [] : [trace.durationMs])).sort((a, b) => a - b);
    expect(durations.length).toBe(traces.length - 1);
    expect(prepared.latency.p50Ms).toBe(percentile(durations, 50));
    expect(prepared.latency.p95Ms).toBe(percentile(durations, 95));
    const busiest = prepared.rows.reduce((best, row) => (row.traces > best.traces ? row : best));
    const inBusiest = traces.filter((trace) => trace.durationMs !== null && trace.requestTimeMs! >= busiest.startMs && trace.requestTimeMs! <= busiest.endMs);
    expect(busiest.p50Ms).toBe(percentile(inBusiest.map((trace) => trace.durationMs!).sort((a, b) => a - b), 50));
  });

  it("sums tokens from each trace's token usage and cost as one series", () => {
    expect(prepared.rows.reduce((sum, row) => sum + row.totalTokens, 0)).toBe(traces.reduce((sum, trace) => sum + (trace.tokens?.total ?? 0), 0));
    expect(prepared.rows.reduce((sum, row) => sum + row.inputTokens + row.outputTokens, 0)).toBe(
      traces.reduce((sum, trace) => sum + (trace.tokens?.input ?? 0) + (trace.tokens?.output ?? 0), 0),
    );
    expect(prepared.models).toEqual([ALL_MODELS]);
    const cost = prepared.rows.reduce((sum, row) => sum + (row.costByModel[ALL_MODELS] ?? 0), 0);
    expect(cost).toBeCloseTo(traces.reduce((sum, trace) => sum + (trace.costUsd ?? 0), 0), 12);
  });

  it("reads feedback with its exact source; expectations are not feedback", () => {
    const names = Object.fromEntries(prepared.feedbackNames.map((item) => [item.name, item]));
    const userFeedback = traces.flatMap((trace) => trace.assessments.filter((assessment) => assessment.name === "user_feedback"));
    expect(userFeedback.length).toBeGreaterThan(0);
    expect(names.user_feedback).toMatchObject({ kind: "pass_fail", source: "HUMAN", count: userFeedback.length });
    expect(names.user_feedback.overall).toBe(userFeedback.filter((assessment) => assessment.value === true).length / userFeedback.length);
    expect(names.correctness).toMatchObject({ kind: "pass_fail", source: "LLM_JUDGE" });
    expect(names.relevance).toMatchObject({ kind: "score", source: "LLM_JUDGE" });
    expect(names.expected_response).toBeUndefined();
  });

  it("compares with the previous period from the traces before the window", () => {
    const later = buildWindow({ startMs: window.endMs + 1, endMs: window.endMs + 1 + (window.endMs - window.startMs) }, "1d", { comparable: true });
    const shifted = prepareOverview(later, answersFromTraces(later, [], traces), new Map());
    const cards = Object.fromEntries(shifted.summary.map((card) => [card.key, card]));
    expect(cards.traces).toMatchObject({ value: 0, previous: traces.length, change: -1 });
    expect(cards.tokens.previous).toBe(traces.reduce((sum, trace) => sum + (trace.tokens?.total ?? 0), 0));
    expect(window.endMs - window.startMs).toBeGreaterThan(DAY);
  });
});

describe("breakdowns from trace search results", () => {
  it("groups by name, status and tag with exact counts, and has no span breakdowns", async () => {
    const { breakdownFromTraces } = await import("./breakdown-from-traces");
    const byName = breakdownFromTraces("name", traces)!;
    expect(byName.reduce((sum, row) => sum + row.count, 0)).toBe(traces.length);
    for (const row of byName) expect(row.count).toBe(traces.filter((trace) => trace.name === row.value).length);
    const byTag = breakdownFromTraces("tag:environment", traces)!;
    expect(byTag[0].clause).toBe(`tags.environment = '${byTag[0].value}'`);
    expect(byTag.reduce((sum, row) => sum + row.count, 0)).toBe(traces.filter((trace) => trace.tags.environment !== undefined).length);
    const byStatus = breakdownFromTraces("status", traces)!;
    expect(byStatus.find((row) => row.value === "IN_PROGRESS")).toMatchObject({ count: 1, p50Ms: null });
    expect(breakdownFromTraces("model", traces)).toBeNull();
  });
});
