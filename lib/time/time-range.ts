// Time ranges as the URL holds them (`range=24h`, or `from`/`to` in epoch ms) and as MLflow filter
// clauses. Pure; shared by every screen with a time picker.

export const TIME_RANGE_PRESETS = [
  { key: "15m", label: "Last 15 minutes", ms: 15 * 60_000 },
  { key: "1h", label: "Last hour", ms: 3_600_000 },
  { key: "24h", label: "Last 24 hours", ms: 86_400_000 },
  { key: "7d", label: "Last 7 days", ms: 7 * 86_400_000 },
  { key: "30d", label: "Last 30 days", ms: 30 * 86_400_000 },
] as const;

export type TimeRangePresetKey = (typeof TIME_RANGE_PRESETS)[number]["key"];

export type TimeRange =
  | { kind: "all" }
  | { kind: "preset"; key: TimeRangePresetKey }
  | { kind: "custom"; fromMs: number | null; toMs: number | null };

/** A range pinned to concrete instants; null ends are open. */
export interface ResolvedTimeRange {
  startMs: number | null;
  endMs: number | null;
}

function toMs(value: string | null): number | null {
  if (value === null || value.trim() === "") return null;
  const ms = Number(value);
  return Number.isSafeInteger(ms) && ms >= 0 ? ms : null;
}

/** `range=all` names "no time limit" explicitly, for screens whose default is a preset. */
export const ALL_TIME = "all";

/** Reads `range` (a preset key) or `from`/`to`; anything unrecognised means no time limit. */
export function parseTimeRange(params: URLSearchParams): TimeRange {
  if (params.get("range") === ALL_TIME) return { kind: "all" };
  const preset = TIME_RANGE_PRESETS.find((candidate) => candidate.key === params.get("range"));
  if (preset) return { kind: "preset", key: preset.key };
  const fromMs = toMs(params.get("from"));
  const toMsValue = toMs(params.get("to"));
  if (fromMs !== null || toMsValue !== null) return { kind: "custom", fromMs, toMs: toMsValue };
  return { kind: "all" };
}

/** Whether the URL names a range at all (so a screen may apply its own default when it does not). */
export function hasTimeRange(params: URLSearchParams): boolean {
  return params.has("range") || params.has("from") || params.has("to");
}

/**
 * Writes the range into `params` (removing what a previous range set). "All time" is written as no
 * parameter, or as `range=all` with `explicitAll` (for screens whose default is not all time).
 */
export function writeTimeRange(params: URLSearchParams, range: TimeRange, options: { explicitAll?: boolean } = {}): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete("range");
  next.delete("from");
  next.delete("to");
  if (range.kind === "all" && options.explicitAll) next.set("range", ALL_TIME);
  if (range.kind === "preset") next.set("range", range.key);
  if (range.kind === "custom") {
    if (range.fromMs !== null) next.set("from", String(range.fromMs));
    if (range.toMs !== null) next.set("to", String(range.toMs));
  }
  return next;
}

export function resolveTimeRange(range: TimeRange, nowMs: number): ResolvedTimeRange {
  if (range.kind === "all") return { startMs: null, endMs: null };
  if (range.kind === "custom") return { startMs: range.fromMs, endMs: range.toMs };
  const preset = TIME_RANGE_PRESETS.find((candidate) => candidate.key === range.key)!;
  return { startMs: nowMs - preset.ms, endMs: nowMs };
}

/** The MLflow filter clauses for a resolved range (empty when unbounded). */
export function timeRangeClauses(range: ResolvedTimeRange): string[] {
  const clauses: string[] = [];
  if (range.startMs !== null) clauses.push(`trace.timestamp_ms >= ${range.startMs}`);
  if (range.endMs !== null) clauses.push(`trace.timestamp_ms <= ${range.endMs}`);
  return clauses;
}

/**
 * A range resolved against the moment a search started (`pinMs`) and capped there, so paging through
 * it never meets traces logged later. Presets end at the pin; an open or later end becomes the pin.
 */
export function pinTimeRange(range: TimeRange, pinMs: number): ResolvedTimeRange {
  const resolved = resolveTimeRange(range, pinMs);
  return { startMs: resolved.startMs, endMs: Math.min(resolved.endMs ?? pinMs, pinMs) };
}

export function describeTimeRange(range: TimeRange): string {
  if (range.kind === "all") return "All time";
  if (range.kind === "preset") return TIME_RANGE_PRESETS.find((candidate) => candidate.key === range.key)!.label;
  return "Custom range";
}
