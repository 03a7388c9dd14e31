// Breakdowns of the window's figures by one dimension. The metrics API groups traces by name and
// status and spans by type, status and model; tag and metadata values it cannot group by, so
// those values come from a sample of recent traces (at most TAG_VALUE_LIMIT of them) and each is
// then counted exactly with a filter. Pure: queries in, rows out.
import type { MetricsQuery } from "@/lib/mlflow/client";
import type { MetricDataPoint } from "@/lib/types/metrics";
import type { BreakdownDimension, BreakdownRow, Period } from "@/lib/types/overview";
import type { TraceSummary } from "@/lib/types/trace";
import { quoteValue } from "@/lib/filters/quote";
import { drillClause } from "./drilldown";
import { METRICS_MAX_RESULTS, percentileKey } from "./overview-plan";

export const TAG_VALUE_LIMIT = 10;
/** Statuses MLflow gives a trace; a breakdown by status asks for each. */
export const TRACE_STATUSES = ["OK", "ERROR", "IN_PROGRESS"] as const;
/** Span types whose latency is looked up one by one (the busiest ones). */
export const SPAN_TYPE_LATENCY_LIMIT = 12;
/** Metadata the tracking server writes itself; not offered as a breakdown. */
const INTERNAL_KEY = /^mlflow\.(?!trace\.(user|session)$)/;

type Query = Omit<MetricsQuery, "experimentIds">;
export type Answers = Record<string, MetricDataPoint[]>;

const count = [{ type: "COUNT" as const }];
const latency = [50, 95].map((percentile) => ({ type: "PERCENTILE" as const, percentile }));

export function parseDimension(value: string | null | undefined): BreakdownDimension {
  if (value === "name" || value === "status" || value === "span_type" || value === "model") return value;
  const match = /^(tag|metadata):(.{1,250})$/s.exec(value ?? "");
  return match ? (`${match[1]}:${match[2]}` as BreakdownDimension) : "name";
}

function keyed(dimension: BreakdownDimension): { kind: "tag" | "metadata"; key: string } | null {
  const match = /^(tag|metadata):(.*)$/s.exec(dimension);
  return match ? { kind: match[1] as "tag" | "metadata", key: match[2] } : null;
}

function metricsKey(key: string) {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(key) ? key : `\`${key}\``;
}

/**
 * The queries for a breakdown. `values` are the span types (second round of span_type) or the
 * sampled tag/metadata values; each gets its own filtered queries, keyed "<query>:<value>".
 */
export function breakdownQueries(dimension: BreakdownDimension, period: Period, filters: string[], values: string[] = []): Record<string, Query> {
  const base = { startTimeMs: period.startMs, endTimeMs: period.endMs, filters, maxResults: METRICS_MAX_RESULTS };
  const withFilter = (filter: string) => ({ ...base, filters: [...filters, filter] });
  const queries: Record<string, Query> = {};
  const tagged = keyed(dimension);
  if (dimension === "name") {
    queries.counts = { viewType: "TRACES", metricName: "trace_count", aggregations: count, dimensions: ["trace_name", "trace_status"], ...base };
    queries.latency = { viewType: "TRACES", metricName: "latency", aggregations: latency, dimensions: ["trace_name"], ...base };
    queries.tokens = { viewType: "TRACES", metricName: "total_tokens", aggregations: [{ type: "SUM" }], dimensions: ["trace_name"], ...base };
  } else if (dimension === "model") {
    queries.counts = { viewType: "SPANS", metricName: "span_count", aggregations: count, dimensions: ["span_model_name", "span_status"], ...base };
    queries.cost = { viewType: "SPANS", metricName: "total_cost", aggregations: [{ type: "SUM" }], dimensions: ["span_model_name"], ...base };
  } else if (dimension === "span_type") {
    if (values.length === 0) queries.counts = { viewType: "SPANS", metricName: "span_count", aggregations: count, dimensions: ["span_type", "span_status"], ...base };
    for (const type of values) queries[`latency:${type}`] = { viewType: "SPANS", metricName: "latency", aggregations: latency, ...withFilter(`span.type = ${quoteValue(type)}`) };
  } else {
    const targets = dimension === "status" ? [...TRACE_STATUSES] : values;
    for (const value of targets) {
      const filter = dimension === "status" ? `trace.status = ${quoteValue(value)}` : `trace.${tagged!.kind}.${metricsKey(tagged!.key)} = ${quoteValue(value)}`;
      queries[`counts:${value}`] = { viewType: "TRACES", metricName: "trace_count", aggregations: count, dimensions: ["trace_status"], ...withFilter(filter) };
      queries[`latency:${value}`] = { viewType: "TRACES", metricName: "latency", aggregations: latency, ...withFilter(filter) };
      queries[`tokens:${value}`] = { viewType: "TRACES", metricName: "total_tokens", aggregations: [{ type: "SUM" }], ...withFilter(filter) };
    }
  }
  return queries;
}

/** The span types of a first round of span_type answers, busiest first. */
export function spanTypesOf(answers: Answers): string[] {
  const counts = new Map<string, number>();
  for (const point of answers.counts ?? []) counts.set(point.dimensions.span_type, (counts.get(point.dimensions.span_type) ?? 0) + (point.values.COUNT ?? 0));
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, SPAN_TYPE_LATENCY_LIMIT).map(([type]) => type);
}

const num = (point: MetricDataPoint | undefined, key: string) => (typeof point?.values[key] === "number" ? point.values[key] : null);

function row(value: string, clause: string, statuses: MetricDataPoint[], extra: Partial<BreakdownRow>): BreakdownRow {
  const total = statuses.reduce((sum, point) => sum + (point.values.COUNT ?? 0), 0);
  const errors = statuses.filter((point) => [point.dimensions.trace_status, point.dimensions.span_status].includes("ERROR")).reduce((sum, point) => sum + (point.values.COUNT ?? 0), 0);
  return { value, count: total, errors, errorRate: total > 0 ? errors / total : null, p50Ms: null, p95Ms: null, totalTokens: null, costUsd: null, clause, ...extra };
}

function groupBy(points: MetricDataPoint[] | undefined, dimension: string): Map<string, MetricDataPoint[]> {
  const groups = new Map<string, MetricDataPoint[]>();
  for (const point of points ?? []) groups.set(point.dimensions[dimension], [...(groups.get(point.dimensions[dimension]) ?? []), point]);
  return groups;
}

/** Rows of a breakdown, busiest first; values without traces in the window are left out. */
export function prepareBreakdown(dimension: BreakdownDimension, answers: Answers, values: string[] = []): BreakdownRow[] {
  let rows: BreakdownRow[];
  const tagged = keyed(dimension);
  if (dimension === "name") {
    const latencies = groupBy(answers.latency, "trace_name");
    const tokens = groupBy(answers.tokens, "trace_name");
    rows = [...groupBy(answers.counts, "trace_name")].map(([name, statuses]) =>
      row(name, drillClause.name(name), statuses, { p50Ms: num(latencies.get(name)?.[0], percentileKey(50)), p95Ms: num(latencies.get(name)?.[0], percentileKey(95)), totalTokens: num(tokens.get(name)?.[0], "SUM") }),
    );
  } else if (dimension === "model") {
    const costs = groupBy(answers.cost, "span_model_name");
    rows = [...groupBy(answers.counts, "span_model_name")].map(([model, statuses]) => row(model, drillClause.model(model), statuses, { costUsd: num(costs.get(model)?.[0], "SUM") }));
  } else if (dimension === "span_type") {
    rows = [...groupBy(answers.counts, "span_type")].map(([type, statuses]) => {
      const percentiles = answers[`latency:${type}`]?.[0];
      return row(type, drillClause.spanType(type), statuses, { p50Ms: num(percentiles, percentileKey(50)), p95Ms: num(percentiles, percentileKey(95)) });
    });
  } else {
    const targets = dimension === "status" ? [...TRACE_STATUSES] : values;
    rows = targets.map((value) => {
      const clause = dimension === "status" ? drillClause.status(value) : tagged!.kind === "tag" ? drillClause.tag(tagged!.key, value) : drillClause.metadata(tagged!.key, value);
      const percentiles = answers[`latency:${value}`]?.[0];
      return row(value, clause, answers[`counts:${value}`] ?? [], {
        p50Ms: num(percentiles, percentileKey(50)),
        p95Ms: num(percentiles, percentileKey(95)),
        totalTokens: num(answers[`tokens:${value}`]?.[0], "SUM") ?? 0,
      });
    });
  }
  return rows.filter((item) => item.count > 0).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Tag and metadata keys on a sample of traces (MLflow's own bookkeeping keys left out). */
export function keysOf(traces: TraceSummary[]): { tagKeys: string[]; metadataKeys: string[] } {
  const tagKeys = new Set<string>();
  const metadataKeys = new Set<string>();
  for (const trace of traces) {
    for (const key of Object.keys(trace.tags)) if (!INTERNAL_KEY.test(key)) tagKeys.add(key);
    for (const key of Object.keys(trace.metadata)) if (!INTERNAL_KEY.test(key)) metadataKeys.add(key);
  }
  return { tagKeys: [...tagKeys].sort(), metadataKeys: [...metadataKeys].sort() };
}

/** The most frequent values of a tag or metadata key on a sample, at most TAG_VALUE_LIMIT. */
export function sampledValues(traces: TraceSummary[], dimension: BreakdownDimension): { values: string[]; distinct: number } {
  const tagged = keyed(dimension);
  if (!tagged) return { values: [], distinct: 0 };
  const counts = new Map<string, number>();
  for (const trace of traces) {
    const value = (tagged.kind === "tag" ? trace.tags : trace.metadata)[tagged.key];
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TAG_VALUE_LIMIT).map(([value]) => value);
  return { values, distinct: counts.size };
}
