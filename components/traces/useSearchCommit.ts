"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { hasErrors, parseFilter } from "@/lib/filters/parse";
import { ApiError } from "@/lib/queries/fetcher";
import { traceListQueries } from "@/lib/queries/trace-list";
import { traceListRequest } from "@/lib/traces/list-request";
import { type TraceListState, startSearch } from "@/lib/traces/list-url";

type SearchChange = Parameters<typeof startSearch>[1];

/** Why the last search did not start: MLflow rejected the filter, or the search failed. */
export interface SearchProblem {
  filter: string;
  message: string;
  rejected: boolean;
}

/**
 * Starts a new search: the first page is fetched before the URL changes, so a filter the server
 * rejects leaves the URL and the results as they were and shows the server's message instead.
 */
export function useSearchCommit(experimentId: string, state: TraceListState, navigate: (next: TraceListState) => void) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [rejected, setRejected] = useState<SearchProblem | null>(null);

  const commit = async (change: SearchChange, options: { force?: boolean } = {}) => {
    const filter = change.filter ?? state.filter;
    if (!options.force && hasErrors(parseFilter(filter))) return false;
    const next = startSearch(state, change, Date.now());
    setPending(true);
    try {
      await queryClient.fetchQuery(traceListQueries.page(experimentId, traceListRequest(next, next.pinnedAt!)));
      setRejected(null);
      navigate(next);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setRejected({ filter, message, rejected: error instanceof ApiError && error.status === 400 });
      return false;
    } finally {
      setPending(false);
    }
  };

  return { commit, pending, rejected, clearRejected: () => setRejected(null) };
}
