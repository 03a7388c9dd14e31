// Pushes a search filter down to MLflow's `traces/metrics` endpoint (view TRACES), whose filter grammar
// is smaller: one `=` predicate per string, on `trace.status`, `trace.tag.<key>` or
// `trace.metadata.<key>`, with the time range as `start_time_ms`/`end_time_ms` (both inclusive).
// When any clause cannot be expressed there, the answer says which one, so callers can be honest
// about counts ("of at least N") instead of counting something else.
import type { FilterClause } from "./parse";

export interface MetricsFilter {
  filters: string[];
  startTimeMs?: number;
  endTimeMs?: number;
}

export type MetricsTranslation = { ok: true; query: MetricsFilter } | { ok: false; clause: FilterClause; reason: string };

const TAG_ATTRIBUTES: Record<string, string> = { name: "mlflow.traceName" };
const METADATA_ATTRIBUTES: Record<string, string> = { run_id: "mlflow.sourceRun" };
const TIMESTAMP_KEYS = new Set(["timestamp_ms", "timestamp"]);

function quoteMetricValue(value: string): string | null {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return null;
}

/** The `traces/metrics` form of the clauses (ANDed), or the first clause it cannot express. */
export function toMetricsFilter(clauses: FilterClause[]): MetricsTranslation {
  const query: MetricsFilter = { filters: [] };
  for (const clause of clauses) {
    const problem = addClause(query, clause);
    if (problem) return { ok: false, clause, reason: problem };
  }
  return { ok: true, query };
}

function addClause(query: MetricsFilter, clause: FilterClause): string | null {
  const { prefix, key, comparator, value } = clause;
  if (prefix === "attribute" && TIMESTAMP_KEYS.has(key)) return addTimeBound(query, comparator, value);
  const single = comparator === "=" ? value : comparator === "IN" && Array.isArray(value) && value.length === 1 ? value[0] : undefined;
  if (typeof single !== "string") return `the metrics API only filters with = on one value (${comparator} is not supported)`;
  const quoted = quoteMetricValue(single);
  if (!quoted) return "the value holds both quote characters";
  if (prefix === "attribute" && key === "status") {
    query.filters.push(`trace.status = ${quoted}`);
    return null;
  }
  const target =
    prefix === "tag" || prefix === "metadata"
      ? { entity: prefix, key }
      : prefix === "attribute" && TAG_ATTRIBUTES[key]
        ? { entity: "tag", key: TAG_ATTRIBUTES[key] }
        : prefix === "attribute" && METADATA_ATTRIBUTES[key]
          ? { entity: "metadata", key: METADATA_ATTRIBUTES[key] }
          : null;
  if (!target) return `the metrics API cannot filter on ${prefix === "attribute" ? `trace.${key}` : `${prefix}.${key}`}`;
  if (target.key.includes("`")) return "the key holds a backtick";
  query.filters.push(`trace.${target.entity}.\`${target.key}\` = ${quoted}`);
  return null;
}

function addTimeBound(query: MetricsFilter, comparator: string, value: FilterClause["value"]): string | null {
  if (typeof value !== "number") return "a time bound must be a number";
  const lower = (bound: number) => (query.startTimeMs = Math.max(query.startTimeMs ?? -Infinity, bound));
  const upper = (bound: number) => (query.endTimeMs = Math.min(query.endTimeMs ?? Infinity, bound));
  switch (comparator) {
    case ">=":
      lower(Math.ceil(value));
      return null;
    case ">":
      lower(Math.floor(value) + 1);
      return null;
    case "<=":
      upper(Math.floor(value));
      return null;
    case "<":
      upper(Math.ceil(value) - 1);
      return null;
    case "=":
      if (!Number.isInteger(value)) return "an exact fractional timestamp cannot be counted";
      lower(value);
      upper(value);
      return null;
    default:
      return `the metrics API cannot express timestamp ${comparator}`;
  }
}
