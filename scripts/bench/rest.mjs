// Bare REST calls to the tracking server: the "floor" of each benchmark cell (the server's own
// time for what the screen needs), shared with scripts/bench-sessions.mjs and
// scripts/bench-overview.mjs.
import { Agent, fetch } from "undici";

// One keep-alive connection pool for every timed call, like a browser or our server would use.
export const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 8 });

export async function json(url, init = {}) {
  const response = await fetch(url, { dispatcher, ...init });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

const post = (url, body) => json(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

/** POST traces/search (v3) for one experiment. */
export function searchTraces(mlflow, experimentId, { filter = "", orderBy = "timestamp_ms DESC", maxResults = 50, pageToken } = {}) {
  return post(`${mlflow}/api/3.0/mlflow/traces/search`, {
    locations: [{ type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: experimentId } }],
    filter,
    order_by: [orderBy],
    max_results: maxResults,
    ...(pageToken ? { page_token: pageToken } : {}),
  });
}

/** GET traces/get: the whole trace with its spans, as our server and MLflow's UI read it. */
export async function getTraceBytes(mlflow, traceId) {
  const response = await fetch(`${mlflow}/api/3.0/mlflow/traces/get?trace_id=${encodeURIComponent(traceId)}&allow_partial=true`, { dispatcher });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`traces/get ${traceId} → ${response.status}`);
  return body.byteLength;
}

export const quote = (value) => (value.includes("'") ? `"${value}"` : `'${value}'`);
export const sessionFilter = (id) => `metadata.\`mlflow.trace.session\` = ${quote(id)}`;

export async function pool(items, limit, task) {
  const results = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]);
      }
    }),
  );
  return results;
}

/**
 * The MLflow calls behind the first screen of sessions (what lib/server/sessions.ts asks): the
 * newest traces with a session, then each of the first 50 sessions' traces, 6 at a time.
 */
export async function sessionsFirstScreen(mlflow, experimentId) {
  const [page] = await Promise.all([
    searchTraces(mlflow, experimentId, { filter: "metadata.`mlflow.trace.session` IS NOT NULL", maxResults: 500 }),
    searchTraces(mlflow, experimentId, { filter: "metadata.`mlflow.trace.session` IS NULL AND tag.`mlflow.trace.session` IS NOT NULL", maxResults: 1 }),
  ]);
  const ids = [...new Set((page.traces ?? []).map((t) => t.trace_metadata?.["mlflow.trace.session"]))].slice(0, 50);
  await pool(ids, 6, (id) => searchTraces(mlflow, experimentId, { filter: sessionFilter(id), maxResults: 500 }));
  return ids;
}

/** The MLflow calls behind one session's conversation: its traces, and the probe for apps that tag sessions. */
export function sessionDetailCalls(mlflow, experimentId, sessionId) {
  return Promise.all([
    searchTraces(mlflow, experimentId, { filter: sessionFilter(sessionId), maxResults: 500 }),
    searchTraces(mlflow, experimentId, { filter: "metadata.`mlflow.trace.session` IS NULL AND tag.`mlflow.trace.session` IS NOT NULL", maxResults: 1 }),
  ]);
}

/** The overview's metrics queries (lib/aggregate/overview-plan.ts) for one window. */
export function overviewQueries(experimentId, startMs, endMs, bucketSeconds) {
  const length = endMs - startMs;
  const previous = { start_time_ms: startMs - length - 1, end_time_ms: startMs - 1 };
  const whole = { experiment_ids: [experimentId], start_time_ms: startMs, end_time_ms: endMs, max_results: 10_000 };
  const bucketed = { ...whole, time_interval_seconds: bucketSeconds };
  const count = [{ aggregation_type: "COUNT" }];
  const sum = [{ aggregation_type: "SUM" }];
  const percentiles = [50, 90, 95, 99].map((percentile_value) => ({ aggregation_type: "PERCENTILE", percentile_value }));
  const feedback = { view_type: "ASSESSMENTS", filters: ["assessment.type = 'feedback'"] };
  return [
    { ...bucketed, view_type: "TRACES", metric_name: "trace_count", aggregations: count, dimensions: ["trace_status"] },
    { ...bucketed, view_type: "TRACES", metric_name: "latency", aggregations: percentiles },
    { ...whole, view_type: "TRACES", metric_name: "latency", aggregations: percentiles },
    ...["input_tokens", "output_tokens", "total_tokens"].map((metric_name) => ({ ...bucketed, view_type: "TRACES", metric_name, aggregations: sum })),
    { ...bucketed, view_type: "SPANS", metric_name: "total_cost", aggregations: sum, dimensions: ["span_model_name"] },
    { ...bucketed, ...feedback, metric_name: "assessment_value", aggregations: [{ aggregation_type: "AVG" }], dimensions: ["assessment_name"] },
    { ...whole, ...feedback, metric_name: "assessment_count", aggregations: count, dimensions: ["assessment_name", "assessment_value"] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "trace_count", aggregations: count, dimensions: ["trace_status"] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "latency", aggregations: [{ aggregation_type: "PERCENTILE", percentile_value: 95 }] },
    { ...whole, ...previous, view_type: "TRACES", metric_name: "total_tokens", aggregations: sum },
    { ...whole, ...previous, ...feedback, metric_name: "assessment_count", aggregations: count, dimensions: ["assessment_name", "assessment_value"] },
  ];
}

export const traceMetrics = (mlflow, query) => post(`${mlflow}/api/3.0/mlflow/traces/metrics`, query);

export async function timed(run) {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * ms of `samples` sequential runs of `run`, after one untimed warm-up; fewer (at least one) when
 * they add up to more than `budgetMs`, so a slow call cannot stretch the run by minutes.
 */
export async function timeSamples(run, samples, budgetMs = 60_000) {
  const started = performance.now();
  await run();
  const times = [];
  while (times.length < samples && (times.length === 0 || performance.now() - started < budgetMs)) times.push(await timed(run));
  return times;
}
