// Which clauses of the trace list's filter (MLflow's search filter language) the trace metrics
// API can apply. The filter is read by the project's one parser (lib/filters/parse.ts) and each
// clause translated by lib/filters/metrics.ts; unlike a count, which needs all clauses or none,
// the overview applies the clauses it can and returns the others with the reason, so the page
// can name them.
import { toMetricsFilter } from "@/lib/filters/metrics";
import { parseFilter } from "@/lib/filters/parse";

export interface Pushdown {
  /** Metrics filter strings, each one predicate (ANDed by the server). */
  metricsFilters: string[];
  /** The clauses applied, as the user wrote them. */
  applied: string[];
  unapplied: { clause: string; reason: string }[];
  /** Bounds from `trace.timestamp_ms` clauses (inclusive), null when absent. */
  startMs: number | null;
  endMs: number | null;
}

/** A filter MLflow would reject; the message says what is wrong and what to write instead. */
export class FilterSyntaxError extends Error {}

/** Splits a trace-list filter into what `traces/metrics` applies and what it cannot. */
export function pushDown(filter: string | undefined): Pushdown {
  const text = filter ?? "";
  const parsed = parseFilter(text);
  const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const within = (error: (typeof errors)[number], clause: (typeof parsed.clauses)[number]) => error.start >= clause.start && error.end <= clause.end;
  // A problem outside every clause (OR, an unclosed quote) leaves no filter to read.
  const structural = errors.filter((error) => !parsed.clauses.some((clause) => within(error, clause)));
  if (structural.length) throw new FilterSyntaxError(structural.map((error) => `${error.message}${error.hint ? ` ${error.hint}` : ""}`).join(" "));
  const pushdown: Pushdown = { metricsFilters: [], applied: [], unapplied: [], startMs: null, endMs: null };
  for (const clause of parsed.clauses) {
    const written = text.slice(clause.start, clause.end);
    // A clause the checks flag (sent anyway from the filter box) is named, never pushed down.
    const flagged = errors.find((error) => within(error, clause));
    if (flagged) {
      pushdown.unapplied.push({ clause: written, reason: flagged.message.replace(/\.$/, "") });
      continue;
    }
    const translated = toMetricsFilter([clause]);
    if (!translated.ok) {
      pushdown.unapplied.push({ clause: written, reason: translated.reason });
      continue;
    }
    const { filters, startTimeMs, endTimeMs } = translated.query;
    pushdown.metricsFilters.push(...filters);
    if (startTimeMs !== undefined) pushdown.startMs = Math.max(pushdown.startMs ?? startTimeMs, startTimeMs);
    if (endTimeMs !== undefined) pushdown.endMs = Math.min(pushdown.endMs ?? endTimeMs, endTimeMs);
    pushdown.applied.push(written);
  }
  return pushdown;
}
