// Users from traces: the figures of one user, and the order of the users list. Pure.
import { tallyThumbs } from "@/lib/feedback/thumbs";
import type { ScanCoverage, ThumbsTally, UserSort, UserSummary } from "@/lib/types/session";
import type { TraceSummary } from "@/lib/types/trace";
import { sumTokens, timeBounds } from "./trace-figures";

export function summarizeUser(userId: string, traces: readonly TraceSummary[], coverage: ScanCoverage): UserSummary {
  const { firstMs, lastMs } = timeBounds(traces);
  return {
    userId,
    firstSeenMs: firstMs,
    lastSeenMs: lastMs,
    sessions: new Set(traces.flatMap((trace) => (trace.session ? [trace.session] : []))).size,
    traces: traces.length,
    totalTokens: sumTokens(traces),
    errors: traces.filter((trace) => trace.state === "ERROR").length,
    thumbs: tallyThumbs(traces.flatMap((trace) => trace.assessments)),
    coverage,
  };
}

/** Share of thumbs up among all thumbs; null without any thumbs. */
export function thumbsUpRatio(thumbs: ThumbsTally): number | null {
  const total = thumbs.up + thumbs.down;
  return total === 0 ? null : thumbs.up / total;
}

const SORT_VALUE: Record<UserSort, (summary: UserSummary) => number> = {
  lastSeen: (summary) => summary.lastSeenMs ?? -Infinity,
  sessions: (summary) => summary.sessions,
  traces: (summary) => summary.traces,
  tokens: (summary) => summary.totalTokens ?? -Infinity,
  errors: (summary) => summary.errors,
};

export function sortUsers(summaries: UserSummary[], sort: UserSort, direction: "asc" | "desc" = "desc"): UserSummary[] {
  const value = SORT_VALUE[sort];
  const sign = direction === "asc" ? 1 : -1;
  return [...summaries].sort((a, b) => sign * (value(a) - value(b)) || (b.lastSeenMs ?? 0) - (a.lastSeenMs ?? 0) || a.userId.localeCompare(b.userId));
}
