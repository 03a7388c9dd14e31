import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowTraceInfo } from "@/lib/mlflow/wire";
import type { Assessment } from "@/lib/types/assessment";
import { summarizeAssessments, verdictOf } from "./assessments";
import { createRowCounter, csvHeader, csvRow, JSON_CLOSE, JSON_OPEN, jsonRow } from "./export";
import { OMITTED_METADATA, toListRow } from "./list-row";
import { vocabularyFromTraces } from "./vocabulary";

const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);

const assessment = (over: Partial<Assessment>): Assessment => ({
  assessmentId: "a-1",
  name: "user_feedback",
  traceId: "tr-1",
  spanId: null,
  sourceType: "HUMAN",
  sourceId: "alice",
  createTimeMs: 1,
  updateTimeMs: 1,
  kind: "feedback",
  value: true,
  error: null,
  rationale: null,
  metadata: {},
  overrides: null,
  valid: true,
  ...over,
});

describe("the assessments column", () => {
  it("summarizes what the server recorded for the seeded traces", () => {
    const judged = traces.find((trace) => trace.assessments.some((item) => item.sourceType === "LLM_JUDGE"))!;
    expect(summarizeAssessments(judged.assessments)).toMatchObject({
      up: 1,
      down: 0,
      judges: [
        { name: "correctness", label: "yes", verdict: "pass" },
        { name: "relevance", label: "0.88", verdict: "neutral" },
      ],
    });
    const expected = traces.find((trace) => trace.assessments.some((item) => item.kind === "expectation"))!;
    expect(summarizeAssessments(expected.assessments)).toMatchObject({ up: 0, down: 0, expectations: 1, judges: [] });
  });

  it("counts thumbs, skips superseded results and shows errors", () => {
    const summary = summarizeAssessments([
      assessment({ value: false }),
      assessment({ value: false, sourceId: "bob" }),
      assessment({ value: true, valid: false }),
      assessment({ name: "correctness", sourceType: "LLM_JUDGE", value: "no" }),
      assessment({ name: "safety", sourceType: "LLM_JUDGE", value: null, error: { code: "TIMEOUT", message: "judge timed out" } }),
      assessment({ name: "comment", value: "too long" }),
    ]);
    expect(summary).toMatchObject({ up: 0, down: 2, expectations: 0 });
    expect(summary.judges.map((judge) => `${judge.name}:${judge.verdict}`)).toEqual(["correctness:fail", "safety:error"]);
    expect(summary.otherHuman.map((item) => item.label)).toEqual(["too long"]);
    expect(summary.score).toBe(-201);
    expect(verdictOf("Pass")).toBe("pass");
    expect(verdictOf(0.4)).toBe("neutral");
  });
});

describe("a list row", () => {
  it("leaves out MLflow's copies of request and response and the figures already read", () => {
    const trace = traces.find((item) => item.metadata["mlflow.trace.tokenUsage"])!;
    const row = toListRow(trace);
    expect(Object.keys(row.metadata).some((key) => OMITTED_METADATA.has(key))).toBe(false);
    expect(row.metadata["mlflow.trace.user"]).toBe(trace.metadata["mlflow.trace.user"]);
    expect(row.tokens).toEqual(trace.tokens);
    expect(Object.keys(row.metadata).length).toBeLessThan(Object.keys(trace.metadata).length);
  });
});

describe("the vocabulary of an experiment", () => {
  it("collects keys, names and values seen in the recorded traces", () => {
    const vocabulary = vocabularyFromTraces(traces);
    expect(vocabulary.tagKeys).toEqual(expect.arrayContaining(["environment", "app_version", "mlflow.traceName"]));
    expect(vocabulary.metadataKeys).toEqual(expect.arrayContaining(["mlflow.trace.user", "mlflow.trace.session", "mlflow.trace.tokenUsage"]));
    expect(vocabulary.feedbackNames).toEqual(["correctness", "relevance", "user_feedback"]);
    expect(vocabulary.expectationNames).toEqual(["expected_response"]);
    expect(vocabulary.assessmentValues.user_feedback).toEqual(["true"]);
    expect(vocabulary.tagValues.environment?.length).toBeGreaterThan(0);
    expect(vocabulary.tagValues["mlflow.traceName"]).toBeUndefined();
    expect(vocabulary.users.length).toBeGreaterThan(0);
    expect(vocabulary.traceNames.every((name) => name.endsWith("_agent"))).toBe(true);
  });
});

describe("the export", () => {
  it("writes CSV that quotes what needs quoting and defuses formulas", () => {
    const trace = { ...traces[1], requestPreview: 'He said "hi",\nthen left', user: "=HYPERLINK(1)" };
    const line = csvRow(trace);
    expect(line).toContain('"He said ""hi"",\nthen left"');
    expect(line).toContain(",'=HYPERLINK(1),");
    expect(csvHeader().split(",")).toHaveLength(17);
    expect(line.endsWith("\r\n")).toBe(true);
  });

  it("writes a JSON array that parses back to the traces", () => {
    const text = JSON_OPEN + traces.map((trace, index) => jsonRow(trace, index === 0)).join("") + JSON_CLOSE;
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(traces)));
  });

  it("counts rows as chunks arrive, newlines inside quoted cells included", () => {
    const csv = csvHeader() + csvRow({ ...traces[1], requestPreview: "a\nb\nc" }) + csvRow(traces[2]);
    const count = createRowCounter("csv");
    expect(count(csv.slice(0, 40))).toBe(0);
    expect(count(csv.slice(40))).toBe(2);
    const json = createRowCounter("json");
    expect(json(JSON_OPEN + traces.slice(0, 3).map((trace, index) => jsonRow(trace, index === 0)).join("") + JSON_CLOSE)).toBe(3);
  });
});
