import type { TokenUsage } from "./trace";

export type SpanStatus = "OK" | "ERROR" | "UNSET";

export interface SpanEvent {
  name: string;
  timeMs: number | null;
  attributes: Record<string, unknown>;
}

export interface Span {
  /** 16 lowercase hex characters, whatever encoding the server used. */
  spanId: string;
  parentSpanId: string | null;
  name: string;
  /** `mlflow.spanType`; free text on the wire, "UNKNOWN" when absent. */
  type: string;
  /** Epoch milliseconds with a fractional part (sub-millisecond precision). */
  startTimeMs: number | null;
  /** Null while the span is still running. */
  endTimeMs: number | null;
  status: SpanStatus;
  statusMessage: string | null;
  inputs: unknown;
  outputs: unknown;
  /** All attributes, decoded (JSON-encoded strings parsed where they are JSON). */
  attributes: Record<string, unknown>;
  events: SpanEvent[];
  tokens: TokenUsage | null;
  model: string | null;
}

/** What the span tree needs of a span, without its inputs, outputs and attributes. */
export interface SpanOutline {
  spanId: string;
  parentSpanId: string | null;
  name: string;
  type: string;
  startTimeMs: number | null;
  endTimeMs: number | null;
  status: SpanStatus;
  tokens: TokenUsage | null;
  model: string | null;
  /** The span recorded an exception event. */
  hasException: boolean;
}
