import "server-only";
import { searchTraces } from "@/lib/mlflow/client";
import { combineFilter } from "@/lib/aggregate/drilldown";
import { pushDown, type Pushdown } from "@/lib/aggregate/metrics-pushdown";
import { buildWindow } from "@/lib/aggregate/window";
import { resolveTimeRange, timeRangeClauses, TIME_RANGE_PRESETS, type TimeRange } from "@/lib/time/time-range";
import type { BucketKey, OverviewWindow, Period } from "@/lib/types/overview";
import type { TraceSummary } from "@/lib/types/trace";
import { FilterSyntaxError } from "@/lib/aggregate/metrics-pushdown";
import { BadRequest } from "./handle";
import { MemoCache } from "./memo-cache";
import { limitCalls } from "./metrics-runner";
import { processWide } from "./process-wide";

// What every overview request starts from: the filter split into what the metrics API applies,
// and the window (an open start resolved to the experiment's first trace).

export interface OverviewRequest {
  experimentId: string;
  range: TimeRange;
  bucket: BucketKey | null;
  filter?: string;
}

/** Preset ranges end at the next 10-second mark, so loads within seconds share cached answers. */
const NOW_GRANULARITY_MS = 10_000;
const EMPTY_EXPERIMENT_SPAN_MS = TIME_RANGE_PRESETS.find((preset) => preset.key === "7d")!.ms;

export function readFilter(filter: string | undefined): Pushdown {
  try {
    return pushDown(filter);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new BadRequest(error.message);
    throw error;
  }
}

async function firstTraceMs(experimentId: string, filter: string | undefined, beforeMs: number): Promise<number | null> {
  const page = await searchTraces({ experimentIds: [experimentId], filter: combineFilter(filter, `trace.timestamp_ms <= ${beforeMs}`), orderBy: ["timestamp_ms ASC"], maxResults: 1 });
  return page.traces[0]?.requestTimeMs ?? null;
}

export async function resolveWindow(request: OverviewRequest, pushdown: Pushdown, nowMs: number): Promise<OverviewWindow> {
  const { range } = request;
  if (range.kind === "custom" && range.fromMs !== null && range.toMs !== null && range.fromMs > range.toMs) {
    throw new BadRequest("The time range ends before it starts: `from` must not be after `to`.");
  }
  const now = Math.ceil(nowMs / NOW_GRANULARITY_MS) * NOW_GRANULARITY_MS - 1;
  const resolved = resolveTimeRange(request.range, now);
  let endMs = resolved.endMs ?? now;
  let startMs = resolved.startMs;
  if (request.range.kind === "preset") startMs = startMs! + 1;
  if (startMs === null) startMs = (await firstTraceMs(request.experimentId, request.filter, endMs)) ?? endMs - EMPTY_EXPERIMENT_SPAN_MS;
  if (pushdown.startMs !== null) startMs = Math.max(startMs, pushdown.startMs);
  if (pushdown.endMs !== null) endMs = Math.min(endMs, pushdown.endMs);
  const period: Period = { startMs, endMs: Math.max(startMs, endMs) };
  const comparable = request.range.kind === "preset" || (request.range.kind === "custom" && request.range.fromMs !== null);
  return buildWindow(period, request.bucket, { comparable });
}

/** The search filter for a period: the user's whole filter plus the time bounds. */
export function periodFilter(filter: string | undefined, period: Period): string {
  return combineFilter(filter, timeRangeClauses({ startMs: period.startMs, endMs: period.endMs }).join(" AND "));
}

type Recent = { traces: TraceSummary[]; truncated: boolean };
/** Few entries: one may hold thousands of traces (the search-based aggregation). */
const recentCache = processWide("overview.recent-traces", () => new MemoCache<Recent>(24, 30_000));

/** The most recent traces of a period (newest first), following pages up to `cap`; cached briefly. */
export function recentTraces(experimentId: string, filter: string | undefined, period: Period, cap: number): Promise<Recent> {
  return recentCache.get(JSON.stringify([experimentId, filter, period.startMs, period.endMs, cap]), async () => {
    const traces: TraceSummary[] = [];
    let pageToken: string | undefined;
    do {
      // Urgent: the model sample's span batches wait for this answer, the metrics queries for nothing.
      const page = await limitCalls(
        () => searchTraces({ experimentIds: [experimentId], filter: periodFilter(filter, period), orderBy: ["timestamp_ms DESC"], maxResults: Math.min(500, cap - traces.length), pageToken }),
        { urgent: true },
      );
      traces.push(...page.traces);
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken && traces.length < cap);
    return { traces, truncated: Boolean(pageToken) };
  });
}
