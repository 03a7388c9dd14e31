// Thumbs up/down: boolean human feedback under one name, on a turn or on a whole session. Pure.
import { TRACE_METADATA } from "@/lib/mlflow/keys";
import type { Assessment } from "@/lib/types/assessment";
import type { ThumbsTally } from "@/lib/types/session";

/** The feedback name thumbs are stored under (the one the demo data and MLflow's docs use). */
export const THUMBS_NAME = "user_feedback";

/**
 * A session-level assessment lives on the session's last trace and carries the session id in its
 * metadata under `mlflow.trace.session`. That is MLflow's own convention: its trace search treats
 * such an assessment as covering every trace of the session (`feedback.…` filters match them all).
 */
export function sessionFeedbackMetadata(sessionId: string): Record<string, string> {
  return { [TRACE_METADATA.session]: sessionId };
}

export function isThumbs(assessment: Assessment): boolean {
  return assessment.valid && assessment.kind === "feedback" && assessment.name === THUMBS_NAME && typeof assessment.value === "boolean";
}

export function isSessionLevel(assessment: Assessment): boolean {
  return assessment.metadata[TRACE_METADATA.session] !== undefined;
}

export function tallyThumbs(assessments: Iterable<Assessment>): ThumbsTally {
  const tally = { up: 0, down: 0 };
  for (const assessment of assessments) {
    if (!isThumbs(assessment)) continue;
    if (assessment.value === true) tally.up += 1;
    else tally.down += 1;
  }
  return tally;
}

/** The latest valid thumbs of one annotator among `assessments`, if any. */
export function thumbsBy(assessments: Assessment[], annotatorId: string | null): Assessment | null {
  if (!annotatorId) return null;
  const mine = assessments.filter((assessment) => isThumbs(assessment) && assessment.sourceId === annotatorId);
  return mine.sort((a, b) => (b.createTimeMs ?? 0) - (a.createTimeMs ?? 0))[0] ?? null;
}
