// The trace list's view state as the URL holds it, one parse/serialize pair:
//   filter=<MLflow filter as typed>  range=24h | from=&to=  at=<ms the search started>
//   sort=-time (a leading - sorts descending)  after=<cursor> (repeated: one per page turned)
//   cols=<column ids>  selected=<trace id>  refresh=<seconds>  size=<page size>
// Defaults are left out, so a plain /traces URL is the newest-first list of everything.
import { MAX_TRACE_PAGE_SIZE } from "@/lib/api/schemas";
import { type TimeRange, parseTimeRange, writeTimeRange } from "@/lib/time/time-range";
import { type ServerOrderKey, columnSpec, decodeColumns, encodeColumns } from "./columns";

export interface SortState {
  column: string;
  descending: boolean;
}

export interface TraceListState {
  filter: string;
  range: TimeRange;
  /** The moment the search started (ms); pages and counts never include later traces. */
  pinnedAt: number | null;
  sort: SortState;
  /** One cursor per page turned; the page shown is after.length + 1. */
  after: string[];
  /** Null: the reader's saved choice, else the defaults. */
  columns: string[] | null;
  selected: string | null;
  refreshSeconds: number | null;
  pageSize: number;
}

export const DEFAULT_SORT: SortState = { column: "time", descending: true };
export const DEFAULT_PAGE_SIZE = 50;
export const PAGE_SIZES = [25, 50, 100, 200, 500] as const;
export const REFRESH_CHOICES = [10, 30, 60, 300] as const;
export const MAX_PAGE_TRAIL = 400;

function toInteger(value: string | null): number | null {
  if (value === null || !/^\d{1,16}$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : null;
}

function parseSort(value: string | null): SortState {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith("-");
  const column = descending ? value.slice(1) : value;
  return columnSpec(column)?.sortValue ? { column, descending } : DEFAULT_SORT;
}

export function parseTraceListState(params: URLSearchParams): TraceListState {
  const size = toInteger(params.get("size"));
  const refresh = toInteger(params.get("refresh"));
  return {
    filter: params.get("filter") ?? "",
    range: parseTimeRange(params),
    pinnedAt: toInteger(params.get("at")),
    sort: parseSort(params.get("sort")),
    after: params.getAll("after").filter(Boolean).slice(0, MAX_PAGE_TRAIL),
    columns: decodeColumns(params.get("cols")),
    selected: params.get("selected") || null,
    refreshSeconds: refresh !== null && (REFRESH_CHOICES as readonly number[]).includes(refresh) ? refresh : null,
    pageSize: size !== null && size >= 1 && size <= MAX_TRACE_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE,
  };
}

export function writeTraceListState(state: TraceListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.filter) params.set("filter", state.filter);
  const withRange = writeTimeRange(params, state.range);
  if (state.pinnedAt !== null) withRange.set("at", String(state.pinnedAt));
  if (state.sort.column !== DEFAULT_SORT.column || state.sort.descending !== DEFAULT_SORT.descending) {
    withRange.set("sort", `${state.sort.descending ? "-" : ""}${state.sort.column}`);
  }
  for (const cursor of state.after) withRange.append("after", cursor);
  if (state.columns) withRange.set("cols", encodeColumns(state.columns));
  if (state.selected) withRange.set("selected", state.selected);
  if (state.refreshSeconds) withRange.set("refresh", String(state.refreshSeconds));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) withRange.set("size", String(state.pageSize));
  return withRange;
}

export type ServerOrder = `${ServerOrderKey} ${"ASC" | "DESC"}`;

/** The order MLflow sorts by: the sorted column when MLflow can sort it, else newest first. */
export function serverOrder(sort: SortState): ServerOrder {
  const key = columnSpec(sort.column)?.serverOrder;
  return key ? `${key} ${sort.descending ? "DESC" : "ASC"}` : "timestamp_ms DESC";
}

/** True when the sort applies only to the rows of the page on screen. */
export function sortsLoadedRowsOnly(sort: SortState): boolean {
  return !columnSpec(sort.column)?.serverOrder;
}

/** A new search: a changed filter, range or order starts over on page 1, pinned to `nowMs`. */
export function startSearch(state: TraceListState, change: Partial<Pick<TraceListState, "filter" | "range" | "sort" | "pageSize">>, nowMs: number): TraceListState {
  return { ...state, ...change, pinnedAt: nowMs, after: [], selected: null };
}

/** The state pinned to the current moment (for a URL that arrives without a pin). */
export function pinNow(state: TraceListState): TraceListState {
  return { ...state, pinnedAt: Date.now() };
}
