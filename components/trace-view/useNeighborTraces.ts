"use client";

import { useQuery } from "@tanstack/react-query";
import { traceDetailQueries } from "@/lib/queries/trace-detail";
import { keyOf, neighborQueries, pickNeighbors } from "@/lib/trace/neighbors";
import type { TraceSummary } from "@/lib/types/trace";
import { traceViewHref, type TraceViewState } from "@/lib/url/trace-view";

export interface NeighborLinks {
  /** False when the page was not opened from a list (no listFilter/listOrder). */
  available: boolean;
  loading: boolean;
  previousHref: string | null;
  nextHref: string | null;
}

/** Previous and next trace of the list this trace was opened from, as links that keep the list. */
export function useNeighborTraces(experimentId: string, info: TraceSummary | null, view: TraceViewState): NeighborLinks {
  const { listFilter, listOrder } = view;
  const queries = info && listFilter !== null && listOrder ? neighborQueries(listFilter, listOrder, info) : null;
  const placeholder = { filter: "", orderBy: "timestamp_ms DESC" as const, pageSize: 1 };
  const forward = useQuery({ ...traceDetailQueries.neighbors(experimentId, queries?.forward ?? placeholder), enabled: !!queries });
  const backward = useQuery({ ...traceDetailQueries.neighbors(experimentId, queries?.backward ?? placeholder), enabled: !!queries });
  if (!queries || !info || !listOrder) return { available: false, loading: false, previousHref: null, nextHref: null };
  const href = (traceId: string | null) => (traceId ? traceViewHref(experimentId, traceId, { listFilter, listOrder }) : null);
  if (!forward.data || !backward.data) return { available: true, loading: forward.isPending || backward.isPending, previousHref: null, nextHref: null };
  const picked = pickNeighbors(info.traceId, keyOf(info, listOrder)!, listOrder, forward.data.traces, backward.data.traces);
  return { available: true, loading: false, previousHref: href(picked.previous), nextHref: href(picked.next) };
}
