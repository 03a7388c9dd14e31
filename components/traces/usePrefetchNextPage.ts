"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { readsSpanContents } from "@/lib/filters/cost";
import { traceListQueries } from "@/lib/queries/trace-list";
import { type TraceListRequest, nextPageRequest } from "@/lib/traces/list-request";

/**
 * Next is the list's most common click: its rows are fetched while the reader looks at this page,
 * unless the search reads span contents, where the next page can cost the server a long scan.
 */
export function usePrefetchNextPage(experimentId: string, request: TraceListRequest, nextCursor: string | null | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!nextCursor || readsSpanContents(request.baseFilter)) return;
    void queryClient.prefetchQuery(traceListQueries.page(experimentId, nextPageRequest(request, nextCursor)));
  }, [queryClient, experimentId, request, nextCursor]);
}
