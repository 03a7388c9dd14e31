// Validated input → the JSON MLflow expects for assessments. Pure.
import type { AssessmentInput, AssessmentUpdate } from "@/lib/feedback/schemas";
import { RANGE_MAX_KEY, RANGE_MIN_KEY, REQUEST_KEY } from "@/lib/feedback/metadata-keys";
import type { MlflowAssessment } from "./wire";

function metadataOf(input: AssessmentInput): Record<string, string> | undefined {
  const metadata: Record<string, string> = { ...input.metadata };
  if (input.range) {
    metadata[RANGE_MIN_KEY] = String(input.range.min);
    metadata[RANGE_MAX_KEY] = String(input.range.max);
  }
  if (input.requestKey) metadata[REQUEST_KEY] = input.requestKey;
  return Object.keys(metadata).length > 0 ? metadata : undefined;
}

/** A human assessment; `sourceId` is the annotator (or an application's end user), never empty. */
export function toAssessmentBody(input: AssessmentInput, sourceId: string, extraMetadata?: Record<string, string>): MlflowAssessment {
  const metadata = { ...metadataOf(input), ...extraMetadata };
  const body: MlflowAssessment = {
    assessment_name: input.name,
    source: { source_type: "HUMAN", source_id: sourceId },
    rationale: input.rationale || undefined,
    span_id: input.spanId,
    overrides: input.overrides,
    metadata: Object.keys(metadata).length > 0 ? metadata : undefined,
  };
  if (input.kind === "feedback") body.feedback = { value: input.value };
  else body.expectation = { value: input.value };
  return body;
}

/** The changed fields and the update mask MLflow needs for a PATCH. */
export function toAssessmentPatch(update: Omit<AssessmentUpdate, "kind">, kind: "feedback" | "expectation"): { body: MlflowAssessment; mask: string[] } {
  const body: MlflowAssessment = {};
  const mask: string[] = [];
  if (update.value !== undefined) {
    body[kind] = { value: update.value };
    mask.push(kind);
  }
  if (update.rationale !== undefined) {
    body.rationale = update.rationale;
    mask.push("rationale");
  }
  return { body, mask };
}
