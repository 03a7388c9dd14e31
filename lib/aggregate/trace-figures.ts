// Small per-trace readings shared by the session and user aggregates. Pure.
import type { TraceSummary } from "@/lib/types/trace";

/** Total tokens of a trace: the reported total, else input + output; null when none reported. */
export function traceTokens(trace: TraceSummary): number | null {
  const tokens = trace.tokens;
  if (!tokens) return null;
  if (tokens.total !== null) return tokens.total;
  if (tokens.input === null && tokens.output === null) return null;
  return (tokens.input ?? 0) + (tokens.output ?? 0);
}

/** Sums the tokens of traces; null when no trace reported any. */
export function sumTokens(traces: readonly TraceSummary[]): number | null {
  let total: number | null = null;
  for (const trace of traces) {
    const tokens = traceTokens(trace);
    if (tokens !== null) total = (total ?? 0) + tokens;
  }
  return total;
}

/** When the trace ended; an in-progress trace (no duration yet) counts as ending at its start. */
export function traceEndMs(trace: TraceSummary): number | null {
  if (trace.requestTimeMs === null) return null;
  return trace.requestTimeMs + (trace.durationMs ?? 0);
}

export function timeBounds(traces: readonly TraceSummary[]): { firstMs: number | null; lastMs: number | null; lastEndMs: number | null } {
  let firstMs: number | null = null;
  let lastMs: number | null = null;
  let lastEndMs: number | null = null;
  for (const trace of traces) {
    const start = trace.requestTimeMs;
    const end = traceEndMs(trace);
    if (start !== null) {
      firstMs = firstMs === null ? start : Math.min(firstMs, start);
      lastMs = lastMs === null ? start : Math.max(lastMs, start);
    }
    if (end !== null) lastEndMs = lastEndMs === null ? end : Math.max(lastEndMs, end);
  }
  return { firstMs, lastMs, lastEndMs };
}

/** Oldest first; ties keep a stable order by trace id. */
export function byRequestTime(a: TraceSummary, b: TraceSummary): number {
  return (a.requestTimeMs ?? 0) - (b.requestTimeMs ?? 0) || a.traceId.localeCompare(b.traceId);
}

/**
 * Distinct group keys (session or user ids) in order of first appearance. Given traces newest
 * first, that is the order of last activity; `lastMs` keeps each group's newest trace time.
 */
export function collectGroups(
  traces: Iterable<TraceSummary>,
  keyOf: (trace: TraceSummary) => string | null,
  groups: Map<string, { lastMs: number | null; users: Set<string> }> = new Map(),
) {
  for (const trace of traces) {
    const key = keyOf(trace);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) {
      group = { lastMs: trace.requestTimeMs, users: new Set() };
      groups.set(key, group);
    } else if (trace.requestTimeMs !== null && (group.lastMs === null || trace.requestTimeMs > group.lastMs)) {
      group.lastMs = trace.requestTimeMs;
    }
    if (trace.user) group.users.add(trace.user);
  }
  return groups;
}

export function groupBy(traces: Iterable<TraceSummary>, keyOf: (trace: TraceSummary) => string | null): Map<string, TraceSummary[]> {
  const groups = new Map<string, TraceSummary[]>();
  for (const trace of traces) {
    const key = keyOf(trace);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(trace);
    else groups.set(key, [trace]);
  }
  return groups;
}
