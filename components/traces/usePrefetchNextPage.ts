"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { traceListQueries } from "@/lib/queries/trace-list";
import { type TraceListRequest, nextPageRequest } from "@/lib/traces/list-request";

/** Next is the list's most common click: its rows are fetched while the reader looks at this page. */
export function usePrefetchNextPage(experimentId: string, request: TraceListRequest, nextCursor: string | null | undefined) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!nextCursor) return;
    void queryClient.prefetchQuery(traceListQueries.page(experimentId, nextPageRequest(request, nextCursor)));
  }, [queryClient, experimentId, request, nextCursor]);
}
