// Previous and next trace of the list the trace was opened from. The list sent MLflow a filter and
// an order; the neighbours are the first traces beyond this one in either direction, asked for with
// the same filter plus a bound on the sort key. Ties on the key come first in the list-direction
// reply, in the list's own order, so they decide both neighbours among equal keys.
import type { TraceSummary } from "@/lib/types/trace";
import type { ListOrder } from "@/lib/url/trace-view";

export interface NeighborQuery {
  filter: string;
  orderBy: ListOrder;
  pageSize: number;
}

export interface NeighborQueries {
  /** Towards the end of the list (the "next" trace). */
  forward: NeighborQuery;
  /** Towards its start, in reverse order. */
  backward: NeighborQuery;
}

/** Enough to get past a run of traces with the same key. */
export const NEIGHBOR_PAGE_SIZE = 25;

const KEYS = { timestamp_ms: "trace.timestamp_ms", execution_time_ms: "trace.execution_time_ms" } as const;

function sortKey(order: ListOrder) {
  const [field, direction] = order.split(" ") as [keyof typeof KEYS, "ASC" | "DESC"];
  return { field, clause: KEYS[field], descending: direction === "DESC" };
}

export function keyOf(trace: Pick<TraceSummary, "requestTimeMs" | "durationMs">, order: ListOrder): number | null {
  return sortKey(order).field === "timestamp_ms" ? trace.requestTimeMs : trace.durationMs;
}

/** Null when the trace has no value for the list's sort key (e.g. an in-progress trace by duration). */
export function neighborQueries(listFilter: string, order: ListOrder, current: Pick<TraceSummary, "requestTimeMs" | "durationMs">): NeighborQueries | null {
  const value = keyOf(current, order);
  if (value === null || !Number.isFinite(value)) return null;
  const { clause, descending } = sortKey(order);
  const base = listFilter.trim();
  const bounded = (comparator: string) => `${base ? `${base} AND ` : ""}${clause} ${comparator} ${Math.round(value)}`;
  const reversed = order.replace(descending ? "DESC" : "ASC", descending ? "ASC" : "DESC") as ListOrder;
  return {
    forward: { filter: bounded(descending ? "<=" : ">="), orderBy: order, pageSize: NEIGHBOR_PAGE_SIZE },
    backward: { filter: bounded(descending ? ">=" : "<="), orderBy: reversed, pageSize: NEIGHBOR_PAGE_SIZE },
  };
}

export interface Neighbors {
  previous: string | null;
  next: string | null;
}

export function pickNeighbors(currentId: string, currentKey: number, order: ListOrder, forward: TraceSummary[], backward: TraceSummary[]): Neighbors {
  const key = (trace: TraceSummary) => {
    const value = keyOf(trace, order);
    return value === null ? null : Math.round(value);
  };
  const mine = Math.round(currentKey);
  const ties = forward.filter((trace) => key(trace) === mine);
  const at = ties.findIndex((trace) => trace.traceId === currentId);
  const beyond = forward.find((trace) => key(trace) !== mine && trace.traceId !== currentId);
  const before = backward.find((trace) => key(trace) !== mine && trace.traceId !== currentId);
  if (at === -1) {
    // The trace itself no longer matches the list filter: step to the nearest traces either side.
    return { previous: before?.traceId ?? null, next: ties.find((trace) => trace.traceId !== currentId)?.traceId ?? beyond?.traceId ?? null };
  }
  return {
    previous: at > 0 ? ties[at - 1].traceId : (before?.traceId ?? null),
    next: at < ties.length - 1 ? ties[at + 1].traceId : (beyond?.traceId ?? null),
  };
}
