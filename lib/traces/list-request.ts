// From the view state to what is sent to MLflow. Shared by the server-rendered first page, the API
// routes, the export and the trace view's previous/next, so they all search for the same traces.
import { joinFilters } from "@/lib/filters/serialize";
import { pinTimeRange, timeRangeClauses } from "@/lib/time/time-range";
import { type PageCursor, decodeCursor, pageFilter } from "./cursor";
import { type ServerOrder, type TraceListState, serverOrder } from "./list-url";

export interface TraceListRequest {
  /** The user's filter, the time range and the pin, ANDed: the list's whole filter, without paging. */
  baseFilter: string;
  order: ServerOrder;
  pinnedAt: number;
  cursor: PageCursor | null;
  pageSize: number;
  /** 1-based. */
  page: number;
}

/** `nowMs` pins a state that has no pin yet (a fresh URL). */
export function traceListRequest(state: TraceListState, nowMs: number): TraceListRequest {
  const pinnedAt = state.pinnedAt ?? nowMs;
  const order = serverOrder(state.sort);
  return {
    baseFilter: joinFilters(state.filter, ...timeRangeClauses(pinTimeRange(state.range, pinnedAt))),
    order,
    pinnedAt,
    cursor: decodeCursor(state.after.at(-1)),
    pageSize: state.pageSize,
    page: state.after.length + 1,
  };
}

/** The request the list makes after Next is clicked on a page whose next cursor is `encodedCursor`. */
export function nextPageRequest(request: TraceListRequest, encodedCursor: string): TraceListRequest {
  return { ...request, cursor: decodeCursor(encodedCursor), page: request.page + 1 };
}

/** The exact filter string the page request sends (base filter + the cursor's clauses). */
export function sentFilter(request: TraceListRequest): string {
  return pageFilter(request.baseFilter, request.cursor, request.order);
}

/** Traces that arrived after the pin and would match the search (for the "N new traces" notice). */
export function newTracesFilter(state: TraceListState, pinnedAt: number): string {
  const range = pinTimeRange(state.range, pinnedAt);
  const start = range.startMs === null ? [] : [`trace.timestamp_ms >= ${range.startMs}`];
  const customEnd = state.range.kind === "custom" && state.range.toMs !== null ? [`trace.timestamp_ms <= ${state.range.toMs}`] : [];
  return joinFilters(state.filter, ...start, `trace.timestamp_ms > ${pinnedAt}`, ...customEnd);
}

/** Whether anything can arrive after the pin: not for a custom range that ended before it. */
export function canHaveNewTraces(state: TraceListState, pinnedAt: number): boolean {
  return !(state.range.kind === "custom" && state.range.toMs !== null && state.range.toMs <= pinnedAt);
}
