import "server-only";
import { createLimiter } from "@/lib/async/limiter";
import { windowClauses } from "@/lib/aggregate/scan-windows";
import { scanAll as scanAllPages, scanNewestFirst as scanNewestPages, type NewestFirstResult, type ScanResult, type SearchPage } from "@/lib/aggregate/trace-scan";
import { allOf } from "@/lib/filters/group-clauses";
import { searchTraces } from "@/lib/mlflow/client";
import type { TraceSummary } from "@/lib/types/trace";
import { processWide } from "./process-wide";

// The trace scans of lib/aggregate/trace-scan.ts, on MLflow's trace search.

/** At most this many trace searches run at once from this server, across all requests (and both module copies). */
export const mlflowLimit = processWide("trace-scan.limit", () => createLimiter(6));

function pager(experimentId: string, filter: string | undefined): SearchPage {
  return (request) =>
    mlflowLimit(() =>
      searchTraces({
        experimentIds: [experimentId],
        filter: allOf(filter, ...(request.window ? windowClauses(request.window) : [])),
        orderBy: [request.order === "newest" ? "timestamp_ms DESC" : "timestamp_ms ASC"],
        maxResults: request.maxResults,
        pageToken: request.pageToken,
      }),
    );
}

export function scanNewestFirst(experimentId: string, filter: string | undefined, onPage: (traces: TraceSummary[]) => boolean): Promise<NewestFirstResult> {
  return scanNewestPages(pager(experimentId, filter), onPage);
}

export function scanAll(experimentId: string, filter: string | undefined): Promise<ScanResult> {
  return scanAllPages(pager(experimentId, filter));
}

export { mergeScans, type ScanResult } from "@/lib/aggregate/trace-scan";
