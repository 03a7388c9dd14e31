import type { Assessment } from "./assessment";

/** The states MLflow reports for a trace; anything else is kept as "UNKNOWN". */
export type TraceState = "OK" | "ERROR" | "IN_PROGRESS" | "UNKNOWN";

export interface TokenUsage {
  input: number | null;
  output: number | null;
  total: number | null;
}

export interface TraceSizeStats {
  numSpans: number | null;
  totalSizeBytes: number | null;
}

/** One row of the trace list: the trace info without spans. */
export interface TraceSummary {
  traceId: string;
  experimentId: string | null;
  name: string | null;
  state: TraceState;
  requestTimeMs: number | null;
  /** Null while the trace is in progress. */
  durationMs: number | null;
  requestPreview: string | null;
  responsePreview: string | null;
  clientRequestId: string | null;
  user: string | null;
  session: string | null;
  tokens: TokenUsage | null;
  costUsd: number | null;
  sizeStats: TraceSizeStats | null;
  tags: Record<string, string>;
  metadata: Record<string, string>;
  assessments: Assessment[];
}

export interface TracePage {
  traces: TraceSummary[];
  nextPageToken: string | null;
}
