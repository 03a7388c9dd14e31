import type { Span, SpanEvent, SpanOutline, SpanStatus } from "@/lib/types/span";
import { SPAN_ATTRIBUTES } from "./keys";
import { decodeAnyValue, decodeJsonText, decodeKeyValues, nanosToMs, parseTokenUsage, toHexId } from "./wire-values";
import type { MlflowArtifactSpan, MlflowOtelSpan } from "./wire";

function toStatus(code: string | undefined): SpanStatus {
  if (code === "STATUS_CODE_ERROR" || code === "ERROR") return "ERROR";
  if (code === "STATUS_CODE_OK" || code === "OK") return "OK";
  return "UNSET";
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function tokensOf(attributes: Record<string, unknown>) {
  const usage = parseTokenUsage(attributes[SPAN_ATTRIBUTES.tokenUsage]);
  if (usage) return usage;
  return parseTokenUsage({
    input_tokens: attributes[SPAN_ATTRIBUTES.genAiInputTokens],
    output_tokens: attributes[SPAN_ATTRIBUTES.genAiOutputTokens],
  });
}

interface CommonSpanFields {
  span_id?: string;
  parent_span_id?: string | null;
  name?: string;
  start_time_unix_nano?: number | string;
  end_time_unix_nano?: number | string | null;
}

/** Both wire forms reduce to decoded attributes, events and a status; the rest is shared. */
function buildSpan(wire: CommonSpanFields, attributes: Record<string, unknown>, events: SpanEvent[], status: { code?: string; message?: string }): Span {
  const endTimeMs = nanosToMs(wire.end_time_unix_nano);
  return {
    spanId: toHexId(wire.span_id) ?? "",
    parentSpanId: toHexId(wire.parent_span_id),
    name: wire.name ?? "",
    type: stringOrNull(attributes[SPAN_ATTRIBUTES.type]) ?? "UNKNOWN",
    startTimeMs: nanosToMs(wire.start_time_unix_nano),
    // An unfinished span reports 0 (or nothing) as its end.
    endTimeMs: endTimeMs ? endTimeMs : null,
    status: toStatus(status.code),
    statusMessage: stringOrNull(status.message),
    inputs: attributes[SPAN_ATTRIBUTES.inputs] ?? null,
    outputs: attributes[SPAN_ATTRIBUTES.outputs] ?? null,
    attributes,
    events,
    tokens: tokensOf(attributes),
    model: stringOrNull(attributes[SPAN_ATTRIBUTES.model]) ?? stringOrNull(attributes[SPAN_ATTRIBUTES.genAiModel]),
  };
}

/** Attribute values from either wire form may still hold JSON text (inputs, outputs, usage). */
function decodeAll(attributes: Record<string, unknown>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) decoded[key] = decodeJsonText(value);
  return decoded;
}

/** A span from `traces/get` (OTLP proto-JSON). */
export function toSpan(wire: MlflowOtelSpan): Span {
  const events = (wire.events ?? []).map((event) => ({
    name: event.name ?? "",
    timeMs: nanosToMs(event.time_unix_nano),
    attributes: decodeKeyValues(event.attributes),
  }));
  return buildSpan(wire, decodeAll(decodeKeyValues(wire.attributes)), events, wire.status ?? {});
}

/** A span from `get-trace-artifact` (Span.to_dict(), attribute values JSON-encoded). */
export function toSpanFromArtifact(wire: MlflowArtifactSpan): Span {
  const events = (wire.events ?? []).map((event) => ({
    name: event.name ?? "",
    timeMs: nanosToMs(event.time_unix_nano),
    attributes: decodeAll(event.attributes ?? {}),
  }));
  const status = typeof wire.status === "string" ? { code: wire.status } : (wire.status ?? {});
  return buildSpan(wire, decodeAll(wire.attributes ?? {}), events, status);
}

/** The attributes an outline needs; inputs and outputs (the bulk of a span) stay undecoded. */
const OUTLINE_ATTRIBUTES: ReadonlySet<string> = new Set([
  SPAN_ATTRIBUTES.type,
  SPAN_ATTRIBUTES.tokenUsage,
  SPAN_ATTRIBUTES.model,
  SPAN_ATTRIBUTES.genAiModel,
  SPAN_ATTRIBUTES.genAiInputTokens,
  SPAN_ATTRIBUTES.genAiOutputTokens,
]);

/** The outline of a span from `traces/get`, decoding only the few attributes it needs. */
export function toSpanOutline(wire: MlflowOtelSpan): SpanOutline {
  const attributes: Record<string, unknown> = {};
  for (const pair of wire.attributes ?? []) {
    if (OUTLINE_ATTRIBUTES.has(pair.key)) attributes[pair.key] = decodeJsonText(decodeAnyValue(pair.value));
  }
  const span = buildSpan(wire, attributes, [], wire.status ?? {});
  return outlineOf({ ...span, events: (wire.events ?? []).map((event) => ({ name: event.name ?? "", timeMs: null, attributes: {} })) });
}

export function outlineOf(span: Span): SpanOutline {
  return {
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    name: span.name,
    type: span.type,
    startTimeMs: span.startTimeMs,
    endTimeMs: span.endTimeMs,
    status: span.status,
    tokens: span.tokens,
    model: span.model,
    hasException: span.events.some((event) => event.name === "exception"),
  };
}
