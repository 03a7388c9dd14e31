import "server-only";
import { ExperimentId, OverviewQuery } from "@/lib/api/schemas";
import { parseDimension } from "@/lib/aggregate/breakdown";
import { OVERVIEW_DEFAULT_RANGE } from "@/lib/aggregate/window";
import { hasTimeRange, parseTimeRange } from "@/lib/time/time-range";
import type { BreakdownDimension } from "@/lib/types/overview";
import type { OverviewRequest } from "./overview-period";

export type FullOverviewRequest = OverviewRequest & { source: "metrics" | "search"; dimension: BreakdownDimension };

/** The overview's input from an experiment id and the screen's URL parameters (validated). */
export function overviewRequestFrom(experimentId: string, params: URLSearchParams): FullOverviewRequest {
  const query = OverviewQuery.parse(Object.fromEntries(params));
  const search = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  const range = hasTimeRange(search) ? parseTimeRange(search) : ({ kind: "preset", key: OVERVIEW_DEFAULT_RANGE } as const);
  return {
    experimentId: ExperimentId.parse(experimentId),
    range,
    bucket: query.bucket ?? null,
    filter: query.filter?.trim() || undefined,
    source: query.source,
    dimension: parseDimension(query.by),
  };
}

/** The overview routes' input: the experiment from the path, the URL state from the query. */
export async function readOverviewRequest(request: Request, params: Promise<{ experimentId: string }>): Promise<FullOverviewRequest> {
  return overviewRequestFrom((await params).experimentId, new URL(request.url).searchParams);
}
