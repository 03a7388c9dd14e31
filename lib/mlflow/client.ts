import "server-only";
import type { Assessment } from "@/lib/types/assessment";
import type { Experiment, ExperimentPage, ServerInfo } from "@/lib/types/experiment";
import type { MetricPage } from "@/lib/types/metrics";
import type { Span, SpanOutline } from "@/lib/types/span";
import type { TracePage, TraceSummary } from "@/lib/types/trace";
import { quoteValue } from "@/lib/filters/quote";
import { MlflowError, describeServer, requestJson, requestText } from "./http";
import { toAssessment } from "./to-assessment";
import { toExperiment, toMetricDataPoint } from "./to-experiment";
import { outlineOf, toSpan, toSpanFromArtifact, toSpanOutline } from "./to-span";
import { toTraceSummary } from "./to-trace";
import type { MlflowArtifactSpan, MlflowAssessment, MlflowExperiment, MlflowMetricDataPoint, MlflowOtelSpan, MlflowTrace, MlflowTraceInfo } from "./wire";

// The one typed client of the MLflow tracking API. Every function returns domain types.

const trace = (traceId: string) => `/api/3.0/mlflow/traces/${encodeURIComponent(traceId)}`;

/** The configured server and its version; a server that cannot be asked is reported, not thrown. */
export async function getServerInfo(): Promise<ServerInfo> {
  const { server, problem } = describeServer();
  if (problem) return { server, version: null, storeType: null, problem };
  try {
    const [version, info] = await Promise.all([
      requestText("/version"),
      requestJson<{ store_type?: string }>("GET", "/api/3.0/mlflow/server-info").catch(() => ({}) as { store_type?: string }),
    ]);
    return { server, version: version || null, storeType: info.store_type ?? null, problem: null };
  } catch (error) {
    if (error instanceof MlflowError) return { server, version: null, storeType: null, problem: error.message };
    throw error;
  }
}

export async function searchExperiments(params: { filter?: string; maxResults: number; pageToken?: string }): Promise<ExperimentPage> {
  const reply = await requestJson<{ experiments?: MlflowExperiment[]; next_page_token?: string }>("POST", "/api/2.0/mlflow/experiments/search", {
    body: { max_results: params.maxResults, filter: params.filter || undefined, page_token: params.pageToken, order_by: ["last_update_time DESC"], view_type: "ACTIVE_ONLY" },
  });
  return { experiments: (reply.experiments ?? []).map(toExperiment), nextPageToken: reply.next_page_token || null };
}

export async function getExperiment(experimentId: string): Promise<Experiment> {
  const reply = await requestJson<{ experiment?: MlflowExperiment }>("GET", "/api/2.0/mlflow/experiments/get", { query: { experiment_id: experimentId } });
  return toExperiment(reply.experiment ?? {});
}

export async function getExperimentByName(name: string): Promise<Experiment> {
  const reply = await requestJson<{ experiment?: MlflowExperiment }>("GET", "/api/2.0/mlflow/experiments/get-by-name", { query: { experiment_name: name } });
  return toExperiment(reply.experiment ?? {});
}

export interface TraceSearch {
  experimentIds: string[];
  filter?: string;
  orderBy?: string[];
  maxResults: number;
  pageToken?: string;
}

export async function searchTraces(search: TraceSearch): Promise<TracePage> {
  const reply = await requestJson<{ traces?: MlflowTraceInfo[]; next_page_token?: string }>("POST", "/api/3.0/mlflow/traces/search", {
    body: {
      locations: search.experimentIds.map((experimentId) => ({ type: "MLFLOW_EXPERIMENT", mlflow_experiment: { experiment_id: experimentId } })),
      filter: search.filter || undefined,
      max_results: search.maxResults,
      order_by: search.orderBy?.length ? search.orderBy : undefined,
      page_token: search.pageToken || undefined,
    },
  });
  const traces = (reply.traces ?? []).map(toTraceSummary);
  // An exactly full last page can still carry a token; an empty page ends the listing.
  return { traces, nextPageToken: traces.length > 0 ? reply.next_page_token || null : null };
}

/** Traces an application logged with this client request id (normally one). */
export async function findTracesByClientRequestId(experimentId: string, clientRequestId: string): Promise<TraceSummary[]> {
  const page = await searchTraces({ experimentIds: [experimentId], filter: `trace.client_request_id = ${quoteValue(clientRequestId)}`, maxResults: 10 });
  return page.traces;
}

export async function getTraceInfo(traceId: string, options: { timeoutMs?: number } = {}): Promise<TraceSummary> {
  const reply = await requestJson<{ trace?: MlflowTrace }>("GET", trace(traceId), options);
  return toTraceSummary(reply.trace?.trace_info ?? {});
}

export interface TraceWithSpans {
  info: TraceSummary;
  spans: Span[];
}

type TraceWire = { info: TraceSummary; otel: MlflowOtelSpan[] } | { info: TraceSummary; artifact: MlflowArtifactSpan[] };

/**
 * Info and spans. `traces/get` (spans in the tracking store, partial ones included) first; traces
 * whose spans live only in the artifact store fall back to `get-trace-artifact`.
 */
async function fetchTrace(traceId: string, options: { timeoutMs?: number }): Promise<TraceWire> {
  let reply: { trace?: MlflowTrace } | null = null;
  try {
    reply = await requestJson<{ trace?: MlflowTrace }>("GET", "/api/3.0/mlflow/traces/get", { query: { trace_id: traceId, allow_partial: true }, ...options });
  } catch (error) {
    if (!(error instanceof MlflowError) || ![404, 501].includes(error.status)) throw error;
  }
  const spans = reply?.trace?.spans ?? [];
  if (reply?.trace?.trace_info && spans.length > 0) return { info: toTraceSummary(reply.trace.trace_info), otel: spans };
  const info = reply?.trace?.trace_info ? toTraceSummary(reply.trace.trace_info) : await getTraceInfo(traceId);
  const artifact = await requestJson<{ spans?: MlflowArtifactSpan[] }>("GET", "/ajax-api/2.0/mlflow/get-trace-artifact", { query: { request_id: traceId }, ...options });
  return { info, artifact: artifact.spans ?? [] };
}

export async function getTrace(traceId: string, options: { timeoutMs?: number } = {}): Promise<TraceWithSpans> {
  const wire = await fetchTrace(traceId, options);
  return { info: wire.info, spans: "otel" in wire ? wire.otel.map(toSpan) : wire.artifact.map(toSpanFromArtifact) };
}

/** A trace for the trace page: outlines of all spans at once, each full span decoded when first asked for. */
export interface TraceForView {
  info: TraceSummary;
  outlines: SpanOutline[];
  span: (index: number) => Span;
}

export async function getTraceForView(traceId: string, options: { timeoutMs?: number } = {}): Promise<TraceForView> {
  const wire = await fetchTrace(traceId, options);
  if ("otel" in wire) {
    const decoded: (Span | undefined)[] = new Array(wire.otel.length);
    return { info: wire.info, outlines: wire.otel.map(toSpanOutline), span: (index) => (decoded[index] ??= toSpan(wire.otel[index])) };
  }
  const spans = wire.artifact.map(toSpanFromArtifact);
  return { info: wire.info, outlines: spans.map(outlineOf), span: (index) => spans[index] };
}

/** Complete traces (info and spans) by id, in one request; ids the server does not hold are left out. */
export async function batchGetTraces(traceIds: string[], options: { timeoutMs?: number } = {}): Promise<TraceWithSpans[]> {
  if (traceIds.length === 0) return [];
  const reply = await requestJson<{ traces?: MlflowTrace[] }>("GET", "/api/3.0/mlflow/traces/batchGet", { query: { trace_ids: traceIds }, ...options });
  return (reply.traces ?? []).map((wire) => ({ info: toTraceSummary(wire.trace_info ?? {}), spans: (wire.spans ?? []).map(toSpan) }));
}

export async function setTraceTag(traceId: string, key: string, value: string): Promise<void> {
  await requestJson("PATCH", `${trace(traceId)}/tags`, { body: { key, value } });
}

export async function deleteTraceTag(traceId: string, key: string): Promise<void> {
  await requestJson("DELETE", `${trace(traceId)}/tags`, { body: { key } });
}

/** The wire form of a new or changed assessment; built by lib/feedback from validated input. */
export type AssessmentBody = MlflowAssessment;

export async function createAssessment(traceId: string, assessment: AssessmentBody): Promise<Assessment> {
  const reply = await requestJson<{ assessment?: MlflowAssessment }>("POST", `${trace(traceId)}/assessments`, { body: { assessment: { ...assessment, trace_id: traceId } } });
  return toAssessment(reply.assessment ?? {});
}

export async function updateAssessment(traceId: string, assessmentId: string, assessment: AssessmentBody, updateMask: string[]): Promise<Assessment> {
  const reply = await requestJson<{ assessment?: MlflowAssessment }>("PATCH", `${trace(traceId)}/assessments/${encodeURIComponent(assessmentId)}`, {
    body: { assessment, update_mask: updateMask.join(",") },
  });
  return toAssessment(reply.assessment ?? {});
}

export async function getAssessment(traceId: string, assessmentId: string): Promise<Assessment> {
  const reply = await requestJson<{ assessment?: MlflowAssessment }>("GET", `${trace(traceId)}/assessments/${encodeURIComponent(assessmentId)}`);
  return toAssessment(reply.assessment ?? {});
}

export async function deleteAssessment(traceId: string, assessmentId: string): Promise<void> {
  await requestJson("DELETE", `${trace(traceId)}/assessments/${encodeURIComponent(assessmentId)}`);
}

export interface MetricsQuery {
  experimentIds: string[];
  viewType: "TRACES" | "SPANS" | "ASSESSMENTS";
  metricName: string;
  aggregations: { type: "COUNT" | "SUM" | "AVG" | "PERCENTILE" | "MIN" | "MAX"; percentile?: number }[];
  dimensions?: string[];
  filters?: string[];
  timeIntervalSeconds?: number;
  startTimeMs?: number;
  endTimeMs?: number;
  maxResults?: number;
  pageToken?: string;
}

export async function queryTraceMetrics(query: MetricsQuery): Promise<MetricPage> {
  const reply = await requestJson<{ data_points?: MlflowMetricDataPoint[]; next_page_token?: string }>("POST", "/api/3.0/mlflow/traces/metrics", {
    body: {
      experiment_ids: query.experimentIds,
      view_type: query.viewType,
      metric_name: query.metricName,
      aggregations: query.aggregations.map((aggregation) => ({ aggregation_type: aggregation.type, percentile_value: aggregation.percentile })),
      dimensions: query.dimensions,
      filters: query.filters,
      time_interval_seconds: query.timeIntervalSeconds,
      start_time_ms: query.startTimeMs,
      end_time_ms: query.endTimeMs,
      max_results: query.maxResults,
      page_token: query.pageToken,
    },
  });
  return { dataPoints: (reply.data_points ?? []).map(toMetricDataPoint), nextPageToken: reply.next_page_token || null };
}
