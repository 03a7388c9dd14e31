import { describe, expect, it } from "vitest";
import { FilterSyntaxError, pushDown } from "./metrics-pushdown";

describe("pushing a trace-list filter down to traces/metrics, clause by clause", () => {
  it("applies equality on status, name, tags and metadata", () => {
    const pushdown = pushDown("trace.status = 'ERROR' AND trace.name = \"support_agent\" AND tags.environment = 'prod' AND metadata.`mlflow.trace.user` = 'alice' AND tags.`my key` = 'x'");
    expect(pushdown.metricsFilters).toEqual([
      'trace.status = "ERROR"',
      'trace.tag.`mlflow.traceName` = "support_agent"',
      'trace.tag.`environment` = "prod"',
      'trace.metadata.`mlflow.trace.user` = "alice"',
      'trace.tag.`my key` = "x"',
    ]);
    expect(pushdown.unapplied).toEqual([]);
    expect(pushdown.applied).toEqual(["trace.status = 'ERROR'", 'trace.name = "support_agent"', "tags.environment = 'prod'", "metadata.`mlflow.trace.user` = 'alice'", "tags.`my key` = 'x'"]);
  });

  it("turns request-time bounds into the time range", () => {
    const pushdown = pushDown("trace.timestamp_ms >= 1000 AND trace.timestamp_ms < 2000 AND timestamp_ms > 1500");
    expect(pushdown).toMatchObject({ startMs: 1501, endMs: 1999, metricsFilters: [], unapplied: [] });
    expect(pushdown.applied).toHaveLength(3);
  });

  it("applies what it can and names every other clause, as written, with the reason", () => {
    const pushdown = pushDown("tags.environment = 'prod' AND tags.app_version != '1.4.0' AND span.type = 'TOOL' AND feedback.user_feedback = 'true' AND trace.execution_time_ms > 100");
    expect(pushdown.metricsFilters).toEqual(['trace.tag.`environment` = "prod"']);
    expect(pushdown.applied).toEqual(["tags.environment = 'prod'"]);
    expect(pushdown.unapplied.map((item) => item.clause)).toEqual(["tags.app_version != '1.4.0'", "span.type = 'TOOL'", "feedback.user_feedback = 'true'", "trace.execution_time_ms > 100"]);
    expect(pushdown.unapplied[0].reason).toContain("only filters with =");
    expect(pushdown.unapplied[1].reason).toContain("span.type");
    expect(pushdown.unapplied[2].reason).toContain("feedback.user_feedback");
    expect(pushdown.unapplied[3].reason).toContain("> is not supported");
  });

  it("refuses what MLflow would reject, saying what to write instead", () => {
    expect(() => pushDown("trace.status = 'OK' OR trace.status = 'ERROR'")).toThrow(FilterSyntaxError);
    expect(() => pushDown("trace.status = 'OK' OR trace.status = 'ERROR'")).toThrow(/cannot use OR.*IN/);
    expect(() => pushDown("trace.text LIKE '%unclosed")).toThrow(FilterSyntaxError);
  });

  it("names a clause the checks flag instead of refusing the whole filter", () => {
    expect(pushDown("trace.foo = 'x' AND tags.environment = 'prod'")).toMatchObject({
      applied: ["tags.environment = 'prod'"],
      unapplied: [{ clause: "trace.foo = 'x'", reason: "Unknown trace attribute trace.foo" }],
    });
  });

  it("reads no filter as no clauses", () => {
    expect(pushDown(undefined)).toEqual({ metricsFilters: [], applied: [], unapplied: [], startMs: null, endMs: null });
    expect(pushDown("  ")).toMatchObject({ applied: [], unapplied: [] });
  });
});
