/** Known source types; other strings from newer servers pass through unchanged. */
export type AssessmentSourceType = "HUMAN" | "LLM_JUDGE" | "CODE" | (string & {});

export type AssessmentKind = "feedback" | "expectation" | "unknown";

export interface AssessmentError {
  code: string | null;
  message: string | null;
}

export interface Assessment {
  assessmentId: string;
  name: string;
  traceId: string | null;
  spanId: string | null;
  sourceType: AssessmentSourceType;
  sourceId: string | null;
  createTimeMs: number | null;
  updateTimeMs: number | null;
  kind: AssessmentKind;
  /** A JSON value: boolean, number, string, list or object. Null when the assessment carries an error. */
  value: unknown;
  error: AssessmentError | null;
  rationale: string | null;
  metadata: Record<string, string>;
  /** The assessment this one supersedes. */
  overrides: string | null;
  /** False once another assessment overrides this one. */
  valid: boolean;
}
