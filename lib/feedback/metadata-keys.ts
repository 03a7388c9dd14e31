// Metadata the dashboard writes on assessments. Plain strings, as MLflow's metadata map requires.

/** The scale of a numeric score, e.g. "0" and "5". */
export const RANGE_MIN_KEY = "score_min";
export const RANGE_MAX_KEY = "score_max";

/** The key of the user action that created the assessment, so a retried create finds its first result. */
export const REQUEST_KEY = "dashboard_request_key";

/** Where an application's end-user feedback came in. */
export const ORIGIN_KEY = "feedback_origin";

export function rangeOf(metadata: Record<string, string>): { min: number; max: number } | null {
  const min = Number(metadata[RANGE_MIN_KEY]);
  const max = Number(metadata[RANGE_MAX_KEY]);
  if (metadata[RANGE_MIN_KEY] === undefined || metadata[RANGE_MAX_KEY] === undefined || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  return { min, max };
}
