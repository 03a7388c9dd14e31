// Sessions from traces: the figures of one session, and the order of the sessions list. Pure; the
// server groups here (never the browser).
import { tallyThumbs } from "@/lib/feedback/thumbs";
import type { ScanCoverage, SessionSort, SessionSummary } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { byRequestTime, sumTokens, timeBounds } from "./trace-figures";

export const FULL_COVERAGE = (tracesScanned: number): ScanCoverage => ({ tracesScanned, capped: false, sinceMs: null });

/** Figures of one session from its traces (any order). */
export function summarizeSession(sessionId: string, traces: readonly TraceSummary[], coverage: ScanCoverage): SessionSummary {
  const ordered = [...traces].sort(byRequestTime);
  const { firstMs, lastMs, lastEndMs } = timeBounds(ordered);
  const users: string[] = [];
  for (const trace of ordered) if (trace.user && !users.includes(trace.user)) users.push(trace.user);
  return {
    sessionId,
    users,
    turns: ordered.length,
    firstActivityMs: firstMs,
    lastActivityMs: lastMs,
    durationMs: firstMs !== null && lastEndMs !== null ? lastEndMs - firstMs : null,
    totalTokens: sumTokens(ordered),
    errors: ordered.filter((trace) => trace.state === "ERROR").length,
    inProgress: ordered.filter((trace) => trace.state === "IN_PROGRESS").length,
    thumbs: tallyThumbs(ordered.flatMap((trace) => trace.assessments)),
    firstUserMessage: ordered.find((trace) => trace.requestPreview)?.requestPreview ?? null,
    coverage,
  };
}

const SORT_VALUE: Record<SessionSort, (summary: SessionSummary) => number> = {
  lastActivity: (summary) => summary.lastActivityMs ?? -Infinity,
  turns: (summary) => summary.turns,
  tokens: (summary) => summary.totalTokens ?? -Infinity,
  errors: (summary) => summary.errors,
};

/** Sorted by `sort` (descending unless asked otherwise); ties go to the most recent activity, then the id. */
export function sortSessions(summaries: SessionSummary[], sort: SessionSort, direction: "asc" | "desc" = "desc"): SessionSummary[] {
  const value = SORT_VALUE[sort];
  const sign = direction === "asc" ? 1 : -1;
  return [...summaries].sort(
    (a, b) =>
      sign * (value(a) - value(b)) || (b.lastActivityMs ?? 0) - (a.lastActivityMs ?? 0) || a.sessionId.localeCompare(b.sessionId),
  );
}
