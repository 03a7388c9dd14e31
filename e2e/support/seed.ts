// The generator's manifest (scripts/seed_traces.py): what the seeded server holds, so specs can
// assert exact figures.
import { readFileSync } from "node:fs";

export interface SeedTrace {
  trace_id: string;
  marker: string;
  name: string;
  status: "OK" | "ERROR" | "IN_PROGRESS";
  user: string | null;
  session: string | null;
  /** 1-based position in the session. */
  turn: number | null;
  client_request_id: string;
  tags: Record<string, string>;
  request_time_ms: number;
  duration_ms: number | null;
  span_count: number;
  span_types: Record<string, number>;
  models: string[];
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  user_message: string;
  assistant_message: string | null;
  feedback: { name: string; value: unknown; source_type: string; source_id: string }[];
  has_error: boolean;
}

export interface SeedAssessment {
  name: string;
  value: unknown;
  source_type: string;
  source_id: string;
}

export interface SeedManifest {
  seed: number;
  experiment_name: string;
  experiment_id: string;
  base_time_ms: number;
  feedback_name: string;
  counts: {
    traces: number;
    by_status: Record<string, number>;
    by_user: Record<string, number>;
    by_session: Record<string, number>;
    by_tag: Record<string, Record<string, number>>;
    by_name: Record<string, number>;
    by_day_utc: Record<string, number>;
    feedback: Record<string, Record<string, number>>;
    spans_total: number;
    tokens: { input: number; output: number; total: number };
  };
  sessions: { id: string; user: string; turns: number; trace_ids_in_order: string[]; first_user_message: string; has_idle_gap: boolean }[];
  users: { id: string; sessions: string[]; traces: number }[];
  traces: SeedTrace[];
  special: {
    large_trace_id: string | null;
    large_trace_spans: number;
    in_progress_trace_id: string;
    error_trace_ids: string[];
    writable_trace_ids: string[];
    /** The judge verdict the generator overrode by a human, and the override. */
    overridden_feedback: { trace_id: string; name: string; original: SeedAssessment; override: SeedAssessment } | null;
  };
}

let cached: SeedManifest | null = null;

export function seed(): SeedManifest {
  cached ??= JSON.parse(readFileSync(process.env.SEED_MANIFEST as string, "utf8")) as SeedManifest;
  return cached;
}

export const trackingUri = () => process.env.MLFLOW_TRACKING_URI as string;
