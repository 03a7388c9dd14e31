// The state of the sessions and users lists as the URL holds it: filter string, id search, sort,
// direction, how many rows, and the time range (lib/time). One parse/serialize pair. Pure.
import { parseTimeRange, writeTimeRange, type TimeRange } from "@/lib/time/time-range";

export const PAGE_STEP = 50;
const MAX_LIMIT = 500;

export interface GroupListSearch<Sort extends string> {
  filter: string;
  /** Part of the session or user id. */
  q: string;
  sort: Sort;
  dir: "asc" | "desc";
  limit: number;
  range: TimeRange;
}

export function parseGroupListSearch<Sort extends string>(params: URLSearchParams, sorts: readonly Sort[], defaultSort: Sort): GroupListSearch<Sort> {
  const sort = sorts.find((candidate) => candidate === params.get("sort")) ?? defaultSort;
  const limit = Number(params.get("limit"));
  return {
    filter: params.get("filter") ?? "",
    q: params.get("q") ?? "",
    sort,
    dir: params.get("dir") === "asc" ? "asc" : "desc",
    limit: Number.isInteger(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : PAGE_STEP,
    range: parseTimeRange(params),
  };
}

/** The URL form, leaving out defaults so links stay short. */
export function toGroupListParams<Sort extends string>(search: GroupListSearch<Sort>, defaultSort: Sort): URLSearchParams {
  const params = writeTimeRange(new URLSearchParams(), search.range);
  if (search.filter.trim()) params.set("filter", search.filter.trim());
  if (search.q.trim()) params.set("q", search.q.trim());
  if (search.sort !== defaultSort) params.set("sort", search.sort);
  if (search.dir !== "desc") params.set("dir", search.dir);
  if (search.limit !== PAGE_STEP) params.set("limit", String(search.limit));
  return params;
}

/** The time range and filter alone: what selects traces (for summaries, and links to the trace list). */
export function scopeParams(search: { filter: string; range: TimeRange }): URLSearchParams {
  const params = writeTimeRange(new URLSearchParams(), search.range);
  if (search.filter.trim()) params.set("filter", search.filter.trim());
  return params;
}
