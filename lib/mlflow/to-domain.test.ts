import { describe, expect, it } from "vitest";
import { groupAssessments } from "@/lib/feedback/chains";
import { errorFromResponse, isMissingEndpoint } from "./errors";
import { fixture, fixtureText, type FixtureManifest } from "./fixtures";
import { toAssessment } from "./to-assessment";
import { toExperiment, toMetricDataPoint } from "./to-experiment";
import { toSpan, toSpanFromArtifact } from "./to-span";
import { toTraceSummary } from "./to-trace";
import { toHexId } from "./wire-values";
import type { MlflowArtifactSpan, MlflowExperiment, MlflowMetricDataPoint, MlflowTrace, MlflowTraceInfo } from "./wire";

// Every response recorded from the pinned server is mapped here. Ids and times change with each
// recording, so the assertions check mapping rules and values the generator's plan fixes.

const manifest = fixture<FixtureManifest>("manifest");
const traceGet = fixture<{ trace: MlflowTrace }>("trace-get").trace;
const spans = (traceGet.spans ?? []).map(toSpan);

describe("recorded fixtures", () => {
  it("come from the pinned server, and every call is covered by a test below", () => {
    expect(manifest.mlflowVersion).toBe("3.18.0");
    expect(manifest.calls.map((call) => call.name).sort()).toEqual(
      [
        "assessment-create", "assessment-update", "error-or-filter", "error-unknown-trace", "experiment-get", "experiment-get-by-name",
        "experiments-search", "metrics-latency-percentiles", "metrics-trace-count-daily", "trace-artifact", "trace-get", "trace-get-error",
        "trace-get-in-progress", "trace-info", "trace-info-with-span-assessment", "traces-search", "traces-search-error-filter",
        // The overview's queries; their answers are prepared in lib/aggregate/{overview,breakdown}.test.ts.
        "metrics-overview-volume-daily", "metrics-overview-latency-daily", "metrics-overview-tokens-daily", "metrics-overview-cost-daily",
        "metrics-overview-feedback-daily", "metrics-overview-feedback-values", "error-metrics-bad-dimension", "error-missing-endpoint", "traces-batch-get",
        "metrics-breakdown-name-status", "metrics-breakdown-span-type-status", "metrics-breakdown-model-status",
        "assessment-get", "assessment-override", "trace-info-after-override", "assessment-expectation-list", "traces-search-client-request-id",
      ].sort(),
    );
  });
});

describe("experiments", () => {
  it("maps search, get and get-by-name", () => {
    const experiments = fixture<{ experiments: MlflowExperiment[] }>("experiments-search").experiments.map(toExperiment);
    expect(experiments.map((experiment) => experiment.name)).toContain("fixtures");
    const byName = toExperiment(fixture<{ experiment: MlflowExperiment }>("experiment-get-by-name").experiment);
    const byId = toExperiment(fixture<{ experiment: MlflowExperiment }>("experiment-get").experiment);
    expect(byName).toEqual(byId);
    expect(byId).toMatchObject({ name: "fixtures", lifecycleStage: "active" });
    expect(byId.experimentId).toMatch(/^\d+$/);
    expect(byId.creationTimeMs).toBeGreaterThan(1.7e12);
  });
});

describe("trace search and trace info", () => {
  const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);

  it("maps every trace with ids, times, previews, user, session and tokens", () => {
    expect(traces).toHaveLength(10);
    for (const trace of traces) {
      expect(trace.traceId).toMatch(/^tr-[0-9a-f]{32}$/);
      expect(trace.requestTimeMs).toBeGreaterThan(1.7e12);
      expect(["OK", "ERROR", "IN_PROGRESS"]).toContain(trace.state);
      expect(trace.name).toMatch(/_agent$/);
      expect(trace.clientRequestId).toMatch(/^req-7-\d+$/);
      expect(trace.tags.environment).toBeTruthy();
      if (trace.state !== "IN_PROGRESS") expect(trace.durationMs).toBeGreaterThan(0);
    }
    const withTokens = traces.filter((trace) => trace.tokens);
    expect(withTokens.length).toBeGreaterThan(0);
    for (const { tokens } of withTokens) expect(tokens!.total).toBe(tokens!.input! + tokens!.output!);
    expect(traces.some((trace) => trace.user && trace.session)).toBe(true);
    for (const trace of traces.filter((t) => t.state !== "IN_PROGRESS")) expect(trace.sizeStats!.numSpans).toBeGreaterThan(0);
  });

  it("keeps the raw duration string's milliseconds", () => {
    const raw = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.find((trace) => trace.execution_duration)!;
    expect(toTraceSummary(raw).durationMs).toBeCloseTo(Number(raw.execution_duration!.replace("s", "")) * 1000, 6);
  });

  it("maps the in-progress trace without a duration", () => {
    const info = toTraceSummary(fixture<{ trace: MlflowTrace }>("trace-get-in-progress").trace.trace_info!);
    expect(info.state).toBe("IN_PROGRESS");
    expect(info.durationMs).toBeNull();
  });

  it("maps the error filter's results as errors", () => {
    const errors = fixture<{ traces: MlflowTraceInfo[] }>("traces-search-error-filter").traces.map(toTraceSummary);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((trace) => trace.state === "ERROR")).toBe(true);
  });

  it("maps trace info the same way as its search row", () => {
    const info = toTraceSummary(fixture<{ trace: MlflowTrace }>("trace-info").trace.trace_info!);
    expect(info.traceId).toBe(toTraceSummary(traceGet.trace_info!).traceId);
    expect(info.assessments.length).toBeGreaterThan(0);
  });
});

describe("spans from traces/get (OTLP proto-JSON)", () => {
  it("turns base64 ids into hex and finds exactly one root", () => {
    for (const span of spans) expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(spans.filter((span) => span.parentSpanId === null)).toHaveLength(1);
    const ids = new Set(spans.map((span) => span.spanId));
    for (const span of spans) if (span.parentSpanId) expect(ids.has(span.parentSpanId)).toBe(true);
  });

  it("decodes structured attribute values: chat inputs, token usage, model", () => {
    const root = spans.find((span) => span.parentSpanId === null)!;
    expect(root.type).toBe("AGENT");
    expect((root.inputs as { messages: { role: string }[] }).messages[0].role).toBe("system");
    const llm = spans.filter((span) => span.type === "LLM" || span.type === "CHAT_MODEL");
    expect(llm.length).toBeGreaterThan(0);
    for (const span of llm) {
      expect(span.model).toMatch(/\w/);
      expect(span.tokens!.total).toBe(span.tokens!.input! + span.tokens!.output!);
    }
    const sum = llm.reduce((total, span) => total + (span.tokens?.total ?? 0), 0);
    expect(sum).toBe(toTraceSummary(traceGet.trace_info!).tokens!.total);
  });

  it("keeps timing with sub-millisecond precision, children inside the root", () => {
    const root = spans.find((span) => span.parentSpanId === null)!;
    for (const span of spans) {
      expect(span.endTimeMs!).toBeGreaterThanOrEqual(span.startTimeMs!);
      expect(span.startTimeMs!).toBeGreaterThanOrEqual(root.startTimeMs! - 0.001);
    }
  });

  it("maps an error span with its exception event", () => {
    const errorSpans = fixture<{ trace: MlflowTrace }>("trace-get-error").trace.spans!.map(toSpan);
    const failed = errorSpans.filter((span) => span.status === "ERROR");
    expect(failed.length).toBeGreaterThan(0);
    const exception = failed.flatMap((span) => span.events).find((event) => event.name === "exception")!;
    expect(exception.attributes["exception.type"]).toMatch(/Error$/);
    expect(exception.attributes["exception.message"]).toBeTruthy();
    expect(String(exception.attributes["exception.stacktrace"])).toContain("Traceback");
    expect(failed[0].statusMessage).toBeTruthy();
  });

  it("maps an in-progress trace's partial spans, whose parent (the open root) is missing", () => {
    const partial = fixture<{ trace: MlflowTrace }>("trace-get-in-progress").trace.spans!.map(toSpan);
    expect(partial.length).toBeGreaterThan(0);
    const ids = new Set(partial.map((span) => span.spanId));
    expect(partial.every((span) => span.parentSpanId && !ids.has(span.parentSpanId))).toBe(true);
  });
});

describe("spans from get-trace-artifact (JSON-encoded attribute strings)", () => {
  const artifactSpans = fixture<{ spans: MlflowArtifactSpan[] }>("trace-artifact").spans.map(toSpanFromArtifact);

  it("maps to the same spans as traces/get", () => {
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    expect(artifactSpans).toHaveLength(spans.length);
    for (const span of artifactSpans) {
      const same = byId.get(span.spanId)!;
      expect(span).toMatchObject({ name: same.name, type: same.type, parentSpanId: same.parentSpanId, status: same.status, model: same.model });
      expect(span.tokens).toEqual(same.tokens);
      expect(span.inputs).toEqual(same.inputs);
    }
  });

  it("keeps an attribute that is not JSON as raw text", () => {
    expect(toSpanFromArtifact({ span_id: "JEbH4iCa10U=", attributes: { note: "plain text, not JSON", "mlflow.spanType": '"TOOL"' } })).toMatchObject({
      type: "TOOL",
      attributes: { note: "plain text, not JSON" },
    });
  });
});

describe("assessments", () => {
  const created = toAssessment(fixture<{ assessment: never }>("assessment-create").assessment);

  it("maps a created span-level feedback; its hex span id matches the span's base64 id", () => {
    expect(created).toMatchObject({ name: "fixture_feedback", kind: "feedback", value: false, sourceType: "HUMAN", sourceId: "fixture-recorder", valid: true });
    expect(created.assessmentId).toMatch(/^a-[0-9a-f]{32}$/);
    const base64Id = /"span_id":\s*"([^"]+)"/.exec(fixtureText("trace-get").slice(fixtureText("trace-get").indexOf('"spans"')))![1];
    expect(created.spanId).toBe(toHexId(base64Id));
    expect(spans.some((span) => span.spanId === created.spanId)).toBe(true);
  });

  it("maps the update", () => {
    const updated = toAssessment(fixture<{ assessment: never }>("assessment-update").assessment);
    expect(updated).toMatchObject({ assessmentId: created.assessmentId, value: true });
    expect(updated.updateTimeMs!).toBeGreaterThanOrEqual(created.updateTimeMs!);
  });

  it("maps human, judge and expectation assessments on trace info", () => {
    const assessments = toTraceSummary(fixture<{ trace: MlflowTrace }>("trace-info-with-span-assessment").trace.trace_info!).assessments;
    expect(assessments.some((a) => a.name === "fixture_feedback" && a.spanId === created.spanId)).toBe(true);
    const all = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.flatMap((trace) => toTraceSummary(trace).assessments);
    const kinds = new Set(all.map((a) => `${a.kind}:${a.sourceType}`));
    expect(kinds.has("feedback:HUMAN") || kinds.has("feedback:LLM_JUDGE")).toBe(true);
    for (const assessment of all) {
      expect(assessment.name).not.toBe("");
      expect(assessment.createTimeMs).toBeGreaterThan(1.7e12);
      if (assessment.name === "user_feedback") expect(typeof assessment.value).toBe("boolean");
    }
  });
});

describe("feedback writes", () => {
  it("reads one assessment back as it was last updated", () => {
    const read = toAssessment(fixture<{ assessment: never }>("assessment-get").assessment);
    expect(read).toEqual(toAssessment(fixture<{ assessment: never }>("assessment-update").assessment));
  });

  it("an override supersedes the judge's verdict, and the chain is rebuilt from trace info", () => {
    const override = toAssessment(fixture<{ assessment: never }>("assessment-override").assessment);
    expect(override).toMatchObject({ sourceType: "HUMAN", sourceId: "fixture-recorder", value: "overridden", valid: true });
    const after = toTraceSummary(fixture<{ trace: MlflowTrace }>("trace-info-after-override").trace.trace_info!).assessments;
    const judge = after.find((a) => a.assessmentId === override.overrides)!;
    expect(judge).toMatchObject({ sourceType: "LLM_JUDGE", valid: false, name: override.name });
    const thread = groupAssessments(after).find((group) => group.name === override.name)!.threads;
    expect(thread.map((t) => [t.head.assessmentId, t.superseded.map((a) => a.assessmentId)])).toEqual([[override.assessmentId, [judge.assessmentId]]]);
  });

  it("a list expectation comes back as JSON text and maps to the list", () => {
    const facts = toAssessment(fixture<{ assessment: never }>("assessment-expectation-list").assessment);
    expect(facts).toMatchObject({ kind: "expectation", name: "expected_facts", value: ["fact one", "fact two"] });
  });

  it("finds the trace of a client request id", () => {
    const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search-client-request-id").traces.map(toTraceSummary);
    expect(traces).toHaveLength(1);
    expect(traces[0].clientRequestId).toMatch(/^req-7-\d+$/);
  });
});

describe("trace metrics", () => {
  it("maps time-bucketed counts", () => {
    const points = fixture<{ data_points: MlflowMetricDataPoint[] }>("metrics-trace-count-daily").data_points.map(toMetricDataPoint);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(point.metricName).toBe("trace_count");
      expect(point.dimensions.time_bucket).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00/);
      expect(point.values.COUNT).toBeGreaterThan(0);
    }
    // The recorder seeds 16 finished traces and one in progress, all within the 15-day window.
    expect(points.reduce((sum, point) => sum + point.values.COUNT, 0)).toBe(17);
  });

  it("maps percentile aggregations by trace name", () => {
    const points = fixture<{ data_points: MlflowMetricDataPoint[] }>("metrics-latency-percentiles").data_points.map(toMetricDataPoint);
    for (const point of points) {
      expect(point.dimensions.trace_name).toMatch(/_agent$/);
      expect(point.values["P95.0"]).toBeGreaterThanOrEqual(point.values["P50.0"]);
    }
  });
});

describe("error bodies", () => {
  it("turns MLflow's error JSON into an MlflowError with its code, message and status", () => {
    const orFilter = errorFromResponse(400, fixtureText("error-or-filter"), "http://x");
    expect(orFilter).toMatchObject({ status: 400, code: "INVALID_PARAMETER_VALUE" });
    expect(orFilter.message).toContain("Invalid clause(s) in filter string: 'OR'");
    const unknown = errorFromResponse(404, fixtureText("error-unknown-trace"), "http://x");
    expect(unknown).toMatchObject({ status: 404, code: "RESOURCE_DOES_NOT_EXIST" });
    expect(unknown.message).toContain("tr-00000000000000000000000000000000");
  });
});

describe("the overview's calls", () => {
  it("maps batchGet: trace infos with their spans in the traces/get form", () => {
    const traces = fixture<{ traces: MlflowTrace[] }>("traces-batch-get").traces;
    expect(traces).toHaveLength(2);
    for (const wire of traces) {
      const info = toTraceSummary(wire.trace_info ?? {});
      const mapped = (wire.spans ?? []).map(toSpan);
      expect(info.traceId).toMatch(/^tr-[0-9a-f]{32}$/);
      expect(mapped.length).toBeGreaterThan(1);
      for (const span of mapped) expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
      const llm = mapped.filter((span) => span.tokens !== null);
      expect(llm.length).toBeGreaterThan(0);
      expect(llm.every((span) => typeof span.model === "string")).toBe(true);
      expect(llm.reduce((sum, span) => sum + (span.tokens?.total ?? 0), 0)).toBe(info.tokens?.total);
    }
  });

  it("tells a missing endpoint from a refused request", () => {
    const missing = errorFromResponse(405, fixtureText("error-missing-endpoint"), "http://x");
    expect(missing.message).toContain("405");
    expect(isMissingEndpoint(missing)).toBe(true);
    const badDimension = errorFromResponse(400, fixtureText("error-metrics-bad-dimension"), "http://x");
    expect(badDimension).toMatchObject({ code: "INVALID_PARAMETER_VALUE" });
    expect(badDimension.message).toContain("Supported dimensions: ['trace_name']");
    expect(isMissingEndpoint(badDimension)).toBe(false);
    expect(isMissingEndpoint(errorFromResponse(404, fixtureText("error-unknown-trace"), "http://x"))).toBe(false);
    expect(isMissingEndpoint(errorFromResponse(404, "<h1>Not Found</h1>", "http://x"))).toBe(true);
  });
});
