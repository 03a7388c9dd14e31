// What the overview screen shows: figures per time bucket, summary cards and breakdowns.
// Client-safe; produced on the server by lib/aggregate from MLflow's trace metrics (or, for a
// server without them, from paged trace search results).

export type BucketKey = "1m" | "5m" | "15m" | "1h" | "6h" | "1d";

/** The period the figures cover; `endMs` is inclusive (as `to` in the URL). */
export interface Period {
  startMs: number;
  endMs: number;
}

export interface OverviewWindow extends Period {
  bucket: BucketKey;
  bucketMs: number;
  /** Why the bucket differs from the one asked for, if it does. */
  bucketNote: string | null;
  /** The period of the same length just before; null for "all time". */
  previous: Period | null;
}

/** One time bucket; `startMs`/`endMs` are clipped to the window (`endMs` inclusive). */
export interface BucketRow extends Period {
  traces: number;
  ok: number;
  errors: number;
  inProgress: number;
  /** errors ÷ traces; null without traces. */
  errorRate: number | null;
  p50Ms: number | null;
  p90Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  /** USD per model name; empty when no cost was recorded. */
  costByModel: Record<string, number>;
  /** Mean value per assessment name (share of positive results for pass/fail feedback). */
  feedback: Record<string, number>;
}

export type AssessmentSourceKind = "HUMAN" | "LLM_JUDGE" | "CODE" | "mixed" | "unknown";

export interface FeedbackName {
  name: string;
  /** pass_fail: true/false or yes/no values (shown as the share of positive ones); score: numbers. */
  kind: "pass_fail" | "score";
  source: AssessmentSourceKind;
  /** Valid feedback of this name in the window. */
  count: number;
  /** Share of positive results (pass_fail) or mean score, over the window. */
  overall: number | null;
  /** For pass_fail: the values as the trace search filter compares them ("true"/"false" or "yes"/"no"). */
  searchValues: { positive: string; negative: string } | null;
}

export type SummaryKey = "traces" | "p95" | "tokens" | "errorRate" | "thumbsUp";

export interface SummaryCard {
  key: SummaryKey;
  value: number | null;
  previous: number | null;
  /** Relative change (0.1 = +10 %) for counts and durations; absolute change for rates. */
  change: number | null;
}

export interface UnappliedClause {
  clause: string;
  reason: string;
}

export type OverviewSource =
  | { kind: "metrics" }
  | { kind: "search"; reason: string; cap: number; scanned: number; truncated: boolean };

export interface OverviewData {
  window: OverviewWindow;
  source: OverviewSource;
  /** Filter clauses the figures honour, and those they do not (with the reason). */
  appliedClauses: string[];
  unappliedClauses: UnappliedClause[];
  rows: BucketRow[];
  models: string[];
  feedbackNames: FeedbackName[];
  summary: SummaryCard[];
  /** Overall latency percentiles of the window. */
  latency: { p50Ms: number | null; p90Ms: number | null; p95Ms: number | null; p99Ms: number | null };
  /** Where the feedback source kinds come from. */
  feedbackSourceNote: string | null;
}

export type BreakdownDimension = "name" | "status" | "span_type" | "model" | `tag:${string}` | `metadata:${string}`;

export interface BreakdownRow {
  value: string;
  /** Traces, or spans for span type and model. */
  count: number;
  errors: number | null;
  errorRate: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  totalTokens: number | null;
  costUsd: number | null;
  /** The trace-list filter clause that selects this row's traces. */
  clause: string;
}

export interface BreakdownData {
  dimension: BreakdownDimension;
  unit: "traces" | "spans";
  rows: BreakdownRow[];
  /** The cap or limitation the figures are subject to, in words. */
  note: string | null;
  /** Tag and metadata keys seen on recent traces, offered as further breakdowns. */
  tagKeys: string[];
  metadataKeys: string[];
  appliedClauses: string[];
  unappliedClauses: UnappliedClause[];
}

export interface ModelTokens {
  model: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface ModelTokensData {
  models: ModelTokens[];
  /** Traces whose spans were read, and how many the window holds. */
  sampledTraces: number;
  totalTraces: number | null;
  cap: number;
  /** Recent traces left out because they have more spans than a sample reads per trace. */
  skipped: { traceId: string; spans: number }[];
  maxSpansPerTrace: number;
}
