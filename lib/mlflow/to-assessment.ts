import type { Assessment, AssessmentError } from "@/lib/types/assessment";
import { decodeJsonText, parseTimestampMs } from "./wire-values";
import type { MlflowAssessment, MlflowAssessmentError } from "./wire";

function toError(error: MlflowAssessmentError | undefined): AssessmentError | null {
  if (!error || (!error.error_code && !error.error_message)) return null;
  return { code: error.error_code ?? null, message: error.error_message ?? null };
}

/** Expectations store non-primitive values as JSON text in `serialized_value`. */
function expectationValue(expectation: NonNullable<MlflowAssessment["expectation"]>): unknown {
  if ("value" in expectation) return expectation.value ?? null;
  const serialized = expectation.serialized_value;
  if (!serialized?.value) return null;
  return serialized.serialization_format === "JSON_FORMAT" ? decodeJsonText(serialized.value) : serialized.value;
}

export function toAssessment(wire: MlflowAssessment): Assessment {
  const kind = wire.feedback ? "feedback" : wire.expectation ? "expectation" : "unknown";
  const value = wire.feedback ? (wire.feedback.value ?? null) : wire.expectation ? expectationValue(wire.expectation) : null;
  return {
    assessmentId: wire.assessment_id ?? "",
    name: wire.assessment_name ?? "",
    traceId: wire.trace_id ?? null,
    spanId: wire.span_id || null,
    sourceType: wire.source?.source_type ?? "SOURCE_TYPE_UNSPECIFIED",
    sourceId: wire.source?.source_id ?? null,
    createTimeMs: parseTimestampMs(wire.create_time),
    updateTimeMs: parseTimestampMs(wire.last_update_time),
    kind,
    value,
    error: toError(wire.feedback?.error) ?? toError(wire.error),
    rationale: wire.rationale ?? null,
    metadata: wire.metadata ?? {},
    overrides: wire.overrides ?? null,
    // The server omits `valid` when it has its default (true).
    valid: wire.valid !== false,
  };
}
