// The overview's view state as the URL holds it: the time range (lib/time/time-range.ts: `range`,
// or `from`/`to`), `bucket`, `filter` (the trace list's filter string), `by` (the breakdown) and
// `source=search` (aggregate from search results so the whole filter applies).
import { parseDimension } from "@/lib/aggregate/breakdown";
import { isBucketKey, OVERVIEW_DEFAULT_RANGE } from "@/lib/aggregate/window";
import { hasTimeRange, parseTimeRange, writeTimeRange, type TimeRange } from "@/lib/time/time-range";
import type { BreakdownDimension, BucketKey } from "@/lib/types/overview";

export interface OverviewSearch {
  range: TimeRange;
  bucket: BucketKey | null;
  filter: string;
  by: BreakdownDimension;
  source: "metrics" | "search";
}

export function parseOverviewSearch(params: URLSearchParams): OverviewSearch {
  const bucket = params.get("bucket");
  return {
    range: hasTimeRange(params) ? parseTimeRange(params) : { kind: "preset", key: OVERVIEW_DEFAULT_RANGE },
    bucket: isBucketKey(bucket) ? bucket : null,
    filter: params.get("filter") ?? "",
    by: parseDimension(params.get("by")),
    source: params.get("source") === "search" ? "search" : "metrics",
  };
}

/** The URL parameters for a state; defaults are left out so URLs stay short. */
export function toOverviewParams(search: OverviewSearch): URLSearchParams {
  const params = writeTimeRange(new URLSearchParams(), search.range, { explicitAll: true });
  if (search.range.kind === "preset" && search.range.key === OVERVIEW_DEFAULT_RANGE) params.delete("range");
  if (search.bucket) params.set("bucket", search.bucket);
  if (search.filter.trim()) params.set("filter", search.filter.trim());
  if (search.by !== "name") params.set("by", search.by);
  if (search.source === "search") params.set("source", "search");
  return params;
}

/** Parameters for the overview's API routes: the same state, the breakdown only where it matters. */
export function overviewApiParams(search: OverviewSearch, options: { withBreakdown: boolean }): string {
  const params = toOverviewParams(search);
  if (!hasTimeRange(params)) params.set("range", OVERVIEW_DEFAULT_RANGE);
  if (!options.withBreakdown) params.delete("by");
  params.sort();
  return params.toString();
}
