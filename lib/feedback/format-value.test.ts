import { describe, expect, it } from "vitest";
import { MAX_VALUE_CHARS, displayValue, sourceLabel } from "./format-value";
import { assessment } from "./test-assessments";

describe("displayValue", () => {
  it("reads each value type", () => {
    expect(displayValue(assessment({ value: false }))).toEqual({ text: "no", tone: "negative" });
    expect(displayValue(assessment({ value: 4, metadata: { score_min: "1", score_max: "5" } }))).toEqual({ text: "4 on 1–5", tone: "positive" });
    expect(displayValue(assessment({ value: 0.2 }))).toEqual({ text: "0.2", tone: "neutral" });
    expect(displayValue(assessment({ value: "yes" }))).toEqual({ text: "yes", tone: "positive" });
    expect(displayValue(assessment({ value: ["a", "b"] }))).toEqual({ text: "a · b", tone: "neutral" });
    expect(displayValue(assessment({ value: { score: 1 } }))).toEqual({ text: '{"score":1}', tone: "neutral" });
    expect(displayValue(assessment({ value: null, error: { code: "TIMEOUT", message: "judge timed out" } }))).toEqual({ text: "error TIMEOUT: judge timed out", tone: "error" });
  });
  it("cuts long values", () => {
    expect(displayValue(assessment({ value: "x".repeat(MAX_VALUE_CHARS + 50) })).text).toHaveLength(MAX_VALUE_CHARS + 1);
  });
});

describe("sourceLabel", () => {
  it("names the source types", () => {
    expect(["HUMAN", "LLM_JUDGE", "CODE", "NEW_KIND"].map(sourceLabel)).toEqual(["human", "LLM judge", "code", "new kind"]);
  });
});
