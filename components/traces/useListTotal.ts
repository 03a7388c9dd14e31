"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { readsSpanContents } from "@/lib/filters/cost";
import { traceListQueries } from "@/lib/queries/trace-list";
import type { TraceCount } from "@/lib/types/trace-list";

/** The count of a full-text search is asked for, not sent by itself (lib/filters/cost.ts). */
export interface CountOnRequest {
  onCount: () => void;
  counting: boolean;
  error: string | null;
}

/**
 * The list's total: counted once the rows are shown, or, for a search that reads span contents,
 * only when the reader asks, unless the last page is on screen and the total is therefore known.
 */
export function useListTotal(experimentId: string, baseFilter: string, rowsShown: boolean, last: number, hasMore: boolean) {
  const onRequest = useMemo(() => readsSpanContents(baseFilter), [baseFilter]);
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const asked = askedFor === baseFilter;
  const count = useQuery({
    ...traceListQueries.count(experimentId, baseFilter),
    enabled: rowsShown && (!onRequest || asked),
    // A retried count of such a search is one more scan the tracking server finishes for nobody.
    ...(onRequest ? { retry: false, refetchInterval: false as const } : {}),
  });
  if (!onRequest) return { total: count.data, countOnRequest: null };
  const known: TraceCount | undefined = rowsShown && !hasMore ? { count: Math.max(last, 0), exact: true, method: "search" } : undefined;
  const total = count.data ?? known;
  const countOnRequest: CountOnRequest | null = total
    ? null
    : { onCount: () => setAskedFor(baseFilter), counting: count.isFetching, error: count.isError ? count.error.message : null };
  return { total, countOnRequest };
}
