import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toSpan } from "@/lib/mlflow/to-span";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTrace } from "@/lib/mlflow/wire";
import type { Span } from "@/lib/types/span";
import { tokensByModel, UNKNOWN_MODEL } from "./model-tokens";

const traces = fixture<{ traces: MlflowTrace[] }>("traces-batch-get").traces.map((wire) => ({ info: toTraceSummary(wire.trace_info ?? {}), spans: (wire.spans ?? []).map(toSpan) }));

function span(spanId: string, parentSpanId: string | null, tokens: Span["tokens"], model: string | null): Span {
  return { spanId, parentSpanId, name: spanId, type: "LLM", startTimeMs: 0, endTimeMs: 1, status: "OK", statusMessage: null, inputs: null, outputs: null, attributes: {}, events: [], tokens, model };
}

describe("tokens by model", () => {
  it("adds up to each trace's own token usage on recorded traces", () => {
    const models = tokensByModel(traces);
    expect(models.reduce((sum, entry) => sum + entry.totalTokens, 0)).toBe(traces.reduce((sum, trace) => sum + (trace.info.tokens?.total ?? 0), 0));
    expect(models.reduce((sum, entry) => sum + entry.inputTokens, 0)).toBe(traces.reduce((sum, trace) => sum + (trace.info.tokens?.input ?? 0), 0));
    expect(models.every((entry) => entry.model.startsWith("gpt-"))).toBe(true);
    expect(models.map((entry) => entry.totalTokens)).toEqual([...models.map((entry) => entry.totalTokens)].sort((a, b) => b - a));
  });

  it("does not count a parent that totals its children twice", () => {
    const shape = [
      span("root", null, { input: 30, output: 12, total: 42 }, null),
      span("agent", "root", null, null),
      span("a", "agent", { input: 10, output: 2, total: 12 }, "m1"),
      span("b", "agent", { input: 20, output: 10, total: 30 }, "m2"),
      span("lone", null, { input: 5, output: null, total: null }, null),
    ];
    expect(tokensByModel([{ spans: shape }])).toEqual([
      { model: "m2", calls: 1, inputTokens: 20, outputTokens: 10, totalTokens: 30 },
      { model: "m1", calls: 1, inputTokens: 10, outputTokens: 2, totalTokens: 12 },
      { model: UNKNOWN_MODEL, calls: 1, inputTokens: 5, outputTokens: 0, totalTokens: 5 },
    ]);
  });
});
