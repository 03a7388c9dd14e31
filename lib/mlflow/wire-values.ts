// Decoders for the value encodings MLflow uses on the wire. Pure; shared by the mappers.
import type { TokenUsage } from "@/lib/types/trace";
import type { MlflowAnyValue, MlflowKeyValue } from "./wire";

/** proto Duration ("1.840s", "0s", "3s") → milliseconds; null when absent or malformed. */
export function parseDurationMs(duration: string | undefined | null): number | null {
  if (!duration) return null;
  const match = /^(-?\d+(?:\.\d+)?)s$/.exec(duration.trim());
  return match ? Math.round(Number(match[1]) * 1_000_000) / 1000 : null;
}

/** RFC 3339 timestamp → epoch milliseconds; null when absent or malformed. */
export function parseTimestampMs(timestamp: string | undefined | null): number | null {
  if (!timestamp) return null;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? null : ms;
}

/** Epoch nanoseconds (a JSON number that has lost precision, or a string) → epoch milliseconds. */
export function nanosToMs(nanos: number | string | undefined | null): number | null {
  if (nanos === undefined || nanos === null || nanos === "") return null;
  if (typeof nanos === "string") {
    if (!/^\d+$/.test(nanos)) return null;
    // Split so the millisecond part keeps its sub-millisecond digits exactly.
    const whole = nanos.length > 6 ? Number(nanos.slice(0, -6)) : 0;
    return whole + Number(nanos.slice(-6)) / 1_000_000;
  }
  return Number.isFinite(nanos) ? nanos / 1_000_000 : null;
}

const HEX_ID = /^[0-9a-f]+$/i;

/**
 * Span and trace ids arrive as base64 (OTLP proto-JSON bytes) or as hex (newer span dicts).
 * A 16- or 32-character hex string is taken as hex; anything else is decoded as base64.
 */
export function toHexId(id: string | null | undefined): string | null {
  if (!id) return null;
  if ((id.length === 16 || id.length === 32) && HEX_ID.test(id)) return id.toLowerCase();
  const binary = decodeBase64(id);
  if (!binary) return null;
  // Runs for every span id of a trace (100,000 of them on a 50,000-span trace): a table, no arrays.
  let hex = "";
  for (let i = 0; i < binary.length; i++) hex += HEX_BYTE[binary.charCodeAt(i)];
  return hex;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The bytes of base64 (or base64url) text as a binary string, or null when it is not base64. */
function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  const normalized = text.replace(/-/g, "+").replace(/_/g, "/");
  try {
    const binary = atob(normalized);
    return binary.length > 0 ? binary : null;
  } catch {
    return null;
  }
}

/** OTLP AnyValue → plain JSON value (kvlist → object, array → list, int64 strings → numbers). */
export function decodeAnyValue(value: MlflowAnyValue | undefined): unknown {
  if (!value) return null;
  if ("string_value" in value) return value.string_value;
  if ("bool_value" in value) return value.bool_value;
  if ("int_value" in value) return Number(value.int_value);
  if ("double_value" in value) return value.double_value;
  if ("array_value" in value) return (value.array_value?.values ?? []).map(decodeAnyValue);
  if ("kvlist_value" in value) return decodeKeyValues(value.kvlist_value?.values);
  if ("bytes_value" in value) return value.bytes_value;
  return null;
}

export function decodeKeyValues(pairs: MlflowKeyValue[] | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of pairs ?? []) result[pair.key] = decodeAnyValue(pair.value);
  return result;
}

/**
 * Attribute values in span dicts are JSON-encoded strings ("\"LLM\"", "{...}"), but spans from other
 * OTLP producers carry raw text. Parse when the text is JSON, otherwise keep the text.
 */
export function decodeJsonText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return value;
  const first = trimmed[0];
  const looksJson = first === "{" || first === "[" || first === '"' || trimmed === "true" || trimmed === "false" || trimmed === "null" || /^-?\d/.test(trimmed);
  if (!looksJson) return value;
  try {
    return JSON.parse(trimmed);
  } catch {
    return value;
  }
}

function toCount(value: unknown): number | null {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : null;
}

/** `{"input_tokens", "output_tokens", "total_tokens"}` as an object or JSON text → TokenUsage. */
export function parseTokenUsage(raw: unknown): TokenUsage | null {
  const usage = decodeJsonText(raw);
  if (!usage || typeof usage !== "object" || Array.isArray(usage)) return null;
  const fields = usage as Record<string, unknown>;
  const input = toCount(fields.input_tokens);
  const output = toCount(fields.output_tokens);
  const total = toCount(fields.total_tokens) ?? (input !== null || output !== null ? (input ?? 0) + (output ?? 0) : null);
  if (input === null && output === null && total === null) return null;
  return { input, output, total };
}

/** A JSON object of string values, or null when the text is not one. */
export function parseJsonObject(raw: string | undefined): Record<string, unknown> | null {
  const value = decodeJsonText(raw);
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
