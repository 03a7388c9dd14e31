import "server-only";
import { describeServer } from "@/lib/mlflow/http";
import { MlflowError } from "@/lib/mlflow/errors";
import { queryTraceMetrics, type MetricsQuery } from "@/lib/mlflow/client";
import type { MetricDataPoint } from "@/lib/types/metrics";
import { createLimiter } from "@/lib/async/limiter";
import { MemoCache } from "./memo-cache";
import { processWide } from "./process-wide";

// Runs trace-metrics queries for the overview: in parallel but at most METRICS_CONCURRENCY at a
// time per server process (the tracking server has few workers), and cached for CACHE_TTL_MS.

const METRICS_CONCURRENCY = 6;
const CACHE_TTL_MS = 30_000;
const CACHE_ENTRIES = 1_000;

const cache = processWide("metrics.cache", () => new MemoCache<MetricDataPoint[]>(CACHE_ENTRIES, CACHE_TTL_MS));
const limit = processWide("metrics.limit", () => createLimiter(METRICS_CONCURRENCY));

/** The same limit for the overview's other calls to the tracking server (searches, span batches). */
export const limitCalls = limit;

/**
 * `DASHBOARD_METRICS_FALLBACK=force` makes the dashboard behave as with a tracking server that
 * lacks `traces/metrics` (MLflow before 3.9): every metrics call fails as "not implemented", so the
 * search-based fallback runs. For tests and demonstrations.
 */
function fallbackForced(): boolean {
  return process.env.DASHBOARD_METRICS_FALLBACK === "force";
}

export type NamedQueries = Record<string, Omit<MetricsQuery, "experimentIds">>;

export async function runMetrics(experimentId: string, query: Omit<MetricsQuery, "experimentIds">): Promise<MetricDataPoint[]> {
  if (fallbackForced()) throw new MlflowError(501, "NOT_IMPLEMENTED", "Trace metrics are turned off (DASHBOARD_METRICS_FALLBACK=force).");
  const full: MetricsQuery = { ...query, experimentIds: [experimentId] };
  const key = `${describeServer().server}\u0000${JSON.stringify(full)}`;
  return cache.get(key, () => limit(async () => (await queryTraceMetrics(full)).dataPoints));
}

/** Runs named queries in parallel; the answers carry the same names. */
export async function runAllMetrics(experimentId: string, queries: NamedQueries): Promise<Record<string, MetricDataPoint[]>> {
  const entries = await Promise.all(Object.entries(queries).map(async ([name, query]) => [name, await runMetrics(experimentId, query)] as const));
  return Object.fromEntries(entries);
}
