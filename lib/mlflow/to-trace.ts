import type { TraceState, TraceSummary } from "@/lib/types/trace";
import { TRACE_METADATA, TRACE_TAGS } from "./keys";
import { toAssessment } from "./to-assessment";
import { parseDurationMs, parseJsonObject, parseTimestampMs, parseTokenUsage } from "./wire-values";
import type { MlflowTraceInfo } from "./wire";

const STATES: readonly TraceState[] = ["OK", "ERROR", "IN_PROGRESS"];

function toState(state: string | undefined): TraceState {
  return STATES.find((known) => known === state) ?? "UNKNOWN";
}

function toNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function toTraceSummary(wire: MlflowTraceInfo): TraceSummary {
  const metadata = wire.trace_metadata ?? {};
  const tags = wire.tags ?? {};
  const sizeStats = parseJsonObject(metadata[TRACE_METADATA.sizeStats]);
  const cost = parseJsonObject(metadata[TRACE_METADATA.cost]);
  const state = toState(wire.state);
  return {
    traceId: wire.trace_id ?? "",
    experimentId: wire.trace_location?.mlflow_experiment?.experiment_id ?? null,
    name: tags[TRACE_TAGS.name] ?? null,
    state,
    requestTimeMs: parseTimestampMs(wire.request_time),
    durationMs: state === "IN_PROGRESS" ? null : parseDurationMs(wire.execution_duration),
    requestPreview: wire.request_preview ?? null,
    responsePreview: wire.response_preview ?? null,
    clientRequestId: wire.client_request_id ?? null,
    // Some apps set user and session as tags; the metadata keys win when both exist.
    user: metadata[TRACE_METADATA.user] ?? tags[TRACE_METADATA.user] ?? null,
    session: metadata[TRACE_METADATA.session] ?? tags[TRACE_METADATA.session] ?? null,
    tokens: parseTokenUsage(metadata[TRACE_METADATA.tokenUsage]),
    costUsd: toNumber(cost?.total_cost),
    sizeStats: sizeStats ? { numSpans: toNumber(sizeStats.num_spans), totalSizeBytes: toNumber(sizeStats.total_size_bytes) } : null,
    tags,
    metadata,
    assessments: (wire.assessments ?? []).map(toAssessment),
  };
}
