import "server-only";
import { isMissingEndpoint } from "@/lib/mlflow/errors";
import { answersFromTraces, feedbackSources, SEARCH_FALLBACK_CAP } from "@/lib/aggregate/from-traces";
import { sourceKinds } from "@/lib/aggregate/feedback-values";
import { prepareOverview, type OverviewAnswers } from "@/lib/aggregate/overview";
import { overviewQueries } from "@/lib/aggregate/overview-plan";
import type { Pushdown } from "@/lib/aggregate/metrics-pushdown";
import type { OverviewData, OverviewWindow } from "@/lib/types/overview";
import { runAllMetrics } from "./metrics-runner";
import { readFilter, recentTraces, resolveWindow, type OverviewRequest } from "./overview-period";

// One overview: the window's trace metrics fanned out in parallel, or, for a server without
// `traces/metrics` (or when the whole filter must apply), the same figures from search results.

/** Recent traces read to tell human feedback from LLM-judge feedback (metrics carry no source). */
export const FEEDBACK_SOURCE_SAMPLE = 50;

async function fromMetrics(request: OverviewRequest, window: OverviewWindow, pushdown: Pushdown): Promise<OverviewData> {
  const [answers, sample] = await Promise.all([
    runAllMetrics(request.experimentId, overviewQueries(window, pushdown.metricsFilters)) as Promise<OverviewAnswers>,
    recentTraces(request.experimentId, request.filter, window, FEEDBACK_SOURCE_SAMPLE).catch(() => null),
  ]);
  const sources = sourceKinds(sample ? feedbackSources(sample.traces) : []);
  return {
    window,
    source: { kind: "metrics" },
    appliedClauses: pushdown.applied,
    unappliedClauses: pushdown.unapplied,
    ...prepareOverview(window, answers, sources),
    feedbackSourceNote: sample
      ? `Human or LLM judge: as seen on the ${sample.traces.length.toLocaleString("en")} most recent traces of the range.`
      : "Human or LLM judge: unknown (the recent traces could not be read).",
  };
}

async function fromSearch(request: OverviewRequest, window: OverviewWindow, pushdown: Pushdown, reason: string): Promise<OverviewData> {
  const [current, previous] = await Promise.all([
    recentTraces(request.experimentId, request.filter, window, SEARCH_FALLBACK_CAP),
    window.previous ? recentTraces(request.experimentId, request.filter, window.previous, SEARCH_FALLBACK_CAP) : null,
  ]);
  const answers = answersFromTraces(window, current.traces, previous?.traces ?? null);
  return {
    window,
    source: { kind: "search", reason, cap: SEARCH_FALLBACK_CAP, scanned: current.traces.length, truncated: current.truncated },
    // Search applies the whole filter.
    appliedClauses: [...pushdown.applied, ...pushdown.unapplied.map((item) => item.clause)],
    unappliedClauses: [],
    ...prepareOverview(window, answers, sourceKinds(feedbackSources(current.traces))),
    feedbackSourceNote: "Human or LLM judge: from each assessment's source.",
  };
}

export async function loadOverview(request: OverviewRequest & { source: "metrics" | "search" }, nowMs = Date.now()): Promise<OverviewData> {
  const pushdown = readFilter(request.filter);
  const window = await resolveWindow(request, pushdown, nowMs);
  if (request.source === "search") return fromSearch(request, window, pushdown, "Aggregated from search results so that the whole filter applies.");
  try {
    return await fromMetrics(request, window, pushdown);
  } catch (error) {
    if (!isMissingEndpoint(error)) throw error;
    return fromSearch(request, window, pushdown, "The tracking server has no trace metrics endpoint (MLflow 3.9 or newer with a SQL store has one).");
  }
}
