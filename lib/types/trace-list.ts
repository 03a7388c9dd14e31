import type { TraceSummary } from "./trace";

/** One page of the trace list. */
export interface TraceListPage {
  traces: TraceSummary[];
  /** Opaque; pass it back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
  /** The exact filter string this page sent to MLflow. */
  filter: string;
}

/** How many traces match a filter; `exact: false` means "at least `count`". */
export interface TraceCount {
  count: number;
  exact: boolean;
  /** How it was counted: MLflow's trace_count metric, or a bounded search. */
  method: "metrics" | "search";
  /** Why the metrics API could not count it, when it could not. */
  reason?: string;
}
