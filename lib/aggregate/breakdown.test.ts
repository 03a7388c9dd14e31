import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/mlflow/fixtures";
import { toMetricDataPoint } from "@/lib/mlflow/to-experiment";
import { toTraceSummary } from "@/lib/mlflow/to-trace";
import type { MlflowMetricDataPoint, MlflowTraceInfo } from "@/lib/mlflow/wire";
import type { MetricDataPoint } from "@/lib/types/metrics";
import { breakdownQueries, keysOf, parseDimension, prepareBreakdown, sampledValues, spanTypesOf, TAG_VALUE_LIMIT } from "./breakdown";
import { combineFilter, drillClause, traceListHref } from "./drilldown";

const points = (name: string): MetricDataPoint[] => fixture<{ data_points: MlflowMetricDataPoint[] }>(name).data_points.map(toMetricDataPoint);
const total = (list: MetricDataPoint[]) => list.reduce((sum, point) => sum + point.values.COUNT, 0);
const period = { startMs: 1_000, endMs: 2_000 };

describe("breakdown dimensions", () => {
  it("reads the URL value, defaulting to trace name", () => {
    expect(parseDimension("status")).toBe("status");
    expect(parseDimension("tag:environment")).toBe("tag:environment");
    expect(parseDimension("metadata:mlflow.trace.user")).toBe("metadata:mlflow.trace.user");
    expect(parseDimension("tag:")).toBe("name");
    expect(parseDimension("bogus")).toBe("name");
    expect(parseDimension(null)).toBe("name");
  });
});

describe("rows from the server's answers", () => {
  it("groups traces by name with their errors, latency and tokens", () => {
    const counts = points("metrics-breakdown-name-status");
    const latency = points("metrics-latency-percentiles");
    const rows = prepareBreakdown("name", { counts, latency, tokens: [] });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(total(counts));
    expect(rows.map((row) => row.count)).toEqual([...rows.map((row) => row.count)].sort((a, b) => b - a));
    for (const row of rows) {
      const ofName = counts.filter((point) => point.dimensions.trace_name === row.value);
      expect(row.count).toBe(total(ofName));
      expect(row.errors).toBe(total(ofName.filter((point) => point.dimensions.trace_status === "ERROR")));
      expect(row.clause).toBe(`trace.name = '${row.value}'`);
      const percentiles = latency.find((point) => point.dimensions.trace_name === row.value);
      expect(row.p95Ms).toBe(percentiles?.values["P95.0"] ?? null);
    }
  });

  it("groups spans by type and by model, errors from the span status", () => {
    const byType = points("metrics-breakdown-span-type-status");
    const types = spanTypesOf({ counts: byType });
    expect(types[0]).toBe(prepareBreakdown("span_type", { counts: byType })[0].value);
    const second = breakdownQueries("span_type", period, [], types);
    expect(Object.keys(second)).toEqual(types.map((type) => `latency:${type}`));
    expect(second[`latency:${types[0]}`].filters).toEqual([`span.type = '${types[0]}'`]);
    const typeRows = prepareBreakdown("span_type", { counts: byType, [`latency:${types[0]}`]: [{ metricName: "latency", dimensions: {}, values: { "P50.0": 12, "P95.0": 40 } }] });
    expect(typeRows.reduce((sum, row) => sum + row.count, 0)).toBe(total(byType));
    expect(typeRows.reduce((sum, row) => sum + (row.errors ?? 0), 0)).toBe(total(byType.filter((point) => point.dimensions.span_status === "ERROR")));
    expect(typeRows[0]).toMatchObject({ p50Ms: 12, p95Ms: 40, clause: `span.type = '${types[0]}'` });

    const byModel = points("metrics-breakdown-model-status");
    const modelRows = prepareBreakdown("model", { counts: byModel, cost: [] });
    expect(modelRows.map((row) => row.value).sort()).toEqual(["gpt-4o", "gpt-4o-mini"]);
    expect(modelRows.find((row) => row.value === "gpt-4o")!.clause).toBe("span.attributes.`mlflow.llm.model` RLIKE '^gpt-4o$'");
  });

  it("counts each sampled tag value with its own filter, exactly", () => {
    const queries = breakdownQueries("tag:environment", period, ["trace.status = 'OK'"], ["prod", "dev"]);
    expect(Object.keys(queries)).toEqual(["counts:prod", "latency:prod", "tokens:prod", "counts:dev", "latency:dev", "tokens:dev"]);
    expect(queries["counts:prod"].filters).toEqual(["trace.status = 'OK'", "trace.tag.environment = 'prod'"]);
    expect(breakdownQueries("metadata:mlflow.trace.user", period, [], ["alice"])["tokens:alice"].filters).toEqual(["trace.metadata.mlflow.trace.user = 'alice'"]);
    const count = (status: string, n: number): MetricDataPoint => ({ metricName: "trace_count", dimensions: { trace_status: status }, values: { COUNT: n } });
    const rows = prepareBreakdown("tag:environment", { "counts:prod": [count("OK", 8), count("ERROR", 2)], "counts:dev": [], "tokens:prod": [{ metricName: "total_tokens", dimensions: {}, values: { SUM: 900 } }] }, ["prod", "dev"]);
    expect(rows).toEqual([{ value: "prod", count: 10, errors: 2, errorRate: 0.2, p50Ms: null, p95Ms: null, totalTokens: 900, costUsd: null, clause: "tags.environment = 'prod'" }]);
  });

  it("asks for every status, the ones without traces are left out", () => {
    expect(Object.keys(breakdownQueries("status", period, []))).toHaveLength(9);
  });
});

describe("tag and metadata values from a sample of traces", () => {
  const traces = fixture<{ traces: MlflowTraceInfo[] }>("traces-search").traces.map(toTraceSummary);

  it("offers user keys, and the user and session metadata, not MLflow's bookkeeping", () => {
    const { tagKeys, metadataKeys } = keysOf(traces);
    expect(tagKeys).toEqual(expect.arrayContaining(["environment", "app_version"]));
    expect(tagKeys.some((key) => key.startsWith("mlflow."))).toBe(false);
    expect(metadataKeys).toEqual(expect.arrayContaining(["mlflow.trace.user", "mlflow.trace.session"]));
    expect(metadataKeys).not.toContain("mlflow.trace.tokenUsage");
  });

  it("takes the most frequent values first, at most the limit", () => {
    const { values, distinct } = sampledValues(traces, "tag:environment");
    const counts = values.map((value) => traces.filter((trace) => trace.tags.environment === value).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(distinct).toBe(new Set(traces.map((trace) => trace.tags.environment)).size);
    expect(values.length).toBeLessThanOrEqual(TAG_VALUE_LIMIT);
    expect(sampledValues(traces, "name")).toEqual({ values: [], distinct: 0 });
  });
});

describe("drill-down to the trace list", () => {
  it("opens the trace list for a bucket with the filter and the figure's clause", () => {
    const href = traceListHref("7", { startMs: 1_794_700_800_000, endMs: 1_794_787_199_999 }, "tags.environment = 'prod'", drillClause.status("ERROR"));
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/experiments/7/traces");
    expect(url.searchParams.get("from")).toBe("1794700800000");
    expect(url.searchParams.get("to")).toBe("1794787199999");
    expect(url.searchParams.get("filter")).toBe("tags.environment = 'prod' AND trace.status = 'ERROR'");
  });
  it("leaves the filter out when there is none", () => {
    expect(traceListHref("1", { startMs: 5, endMs: 9 })).toBe("/experiments/1/traces?from=5&to=9");
    expect(combineFilter("  ", null)).toBe("");
  });
  it("quotes keys and values safely", () => {
    expect(drillClause.metadata("mlflow.trace.user", "o'brien")).toBe('metadata.`mlflow.trace.user` = "o\'brien"');
    expect(drillClause.feedback("user_feedback", "true")).toBe("feedback.user_feedback = 'true'");
    expect(drillClause.model("gpt-4.1 (mini)")).toBe("span.attributes.`mlflow.llm.model` RLIKE '^gpt-4[.]1 [(]mini[)]$'");
    expect(drillClause.model("odd]name")).toBe("span.attributes.`mlflow.llm.model` LIKE '%odd]name%'");
  });
});
