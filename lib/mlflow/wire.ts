// Shapes of the JSON the MLflow tracking server sends (snake_case, every field optional because
// the server omits defaults). Only lib/mlflow reads these; everything else uses lib/types.

export interface MlflowTraceInfo {
  trace_id?: string;
  client_request_id?: string;
  trace_location?: { type?: string; mlflow_experiment?: { experiment_id?: string } };
  request_preview?: string;
  response_preview?: string;
  request_time?: string;
  execution_duration?: string;
  state?: string;
  trace_metadata?: Record<string, string>;
  tags?: Record<string, string>;
  assessments?: MlflowAssessment[];
}

export interface MlflowAssessment {
  assessment_id?: string;
  assessment_name?: string;
  trace_id?: string;
  span_id?: string;
  source?: { source_type?: string; source_id?: string };
  create_time?: string;
  last_update_time?: string;
  feedback?: { value?: unknown; error?: MlflowAssessmentError };
  expectation?: { value?: unknown; serialized_value?: { serialization_format?: string; value?: string } };
  rationale?: string;
  error?: MlflowAssessmentError;
  metadata?: Record<string, string>;
  overrides?: string;
  valid?: boolean;
}

export interface MlflowAssessmentError {
  error_code?: string;
  error_message?: string;
  stack_trace?: string;
}

/** OTLP AnyValue as proto-JSON: exactly one member is set. */
export interface MlflowAnyValue {
  string_value?: string;
  bool_value?: boolean;
  int_value?: number | string;
  double_value?: number;
  array_value?: { values?: MlflowAnyValue[] };
  kvlist_value?: { values?: MlflowKeyValue[] };
  bytes_value?: string;
}

export interface MlflowKeyValue {
  key: string;
  value?: MlflowAnyValue;
}

/** A span from `traces/get` (OTLP proto-JSON: base64 ids, AnyValue attributes). */
export interface MlflowOtelSpan {
  trace_id?: string;
  span_id?: string;
  parent_span_id?: string | null;
  name?: string;
  start_time_unix_nano?: number | string;
  end_time_unix_nano?: number | string;
  attributes?: MlflowKeyValue[];
  events?: { time_unix_nano?: number | string; name?: string; attributes?: MlflowKeyValue[] }[];
  status?: { code?: string; message?: string };
}

/** A span from `get-trace-artifact` (Span.to_dict(): attribute values are JSON-encoded strings). */
export interface MlflowArtifactSpan {
  trace_id?: string;
  span_id?: string;
  parent_span_id?: string | null;
  name?: string;
  start_time_unix_nano?: number | string;
  end_time_unix_nano?: number | string | null;
  attributes?: Record<string, unknown>;
  events?: { time_unix_nano?: number | string; name?: string; attributes?: Record<string, unknown> }[];
  status?: { code?: string; message?: string } | string;
}

export interface MlflowTrace {
  trace_info?: MlflowTraceInfo;
  spans?: MlflowOtelSpan[];
}

export interface MlflowExperiment {
  experiment_id?: string;
  name?: string;
  artifact_location?: string;
  lifecycle_stage?: string;
  last_update_time?: number;
  creation_time?: number;
  tags?: { key?: string; value?: string }[];
}

export interface MlflowMetricDataPoint {
  metric_name?: string;
  dimensions?: Record<string, string>;
  values?: Record<string, number>;
}

export interface MlflowErrorBody {
  error_code?: string;
  message?: string;
}
