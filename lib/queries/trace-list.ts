import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { FilterVocabulary } from "@/lib/filters/fields";
import { encodeCursor } from "@/lib/traces/cursor";
import type { TraceListRequest } from "@/lib/traces/list-request";
import type { TraceCount, TraceListPage } from "@/lib/types/trace-list";
import { apiPath, getJson } from "./fetcher";

const base = (experimentId: string) => `/api/experiments/${encodeURIComponent(experimentId)}/traces`;

const traceListKeys = {
  all: (experimentId: string) => ["trace-list", experimentId] as const,
  page: (experimentId: string, request: TraceListRequest) =>
    [...traceListKeys.all(experimentId), "page", request.baseFilter, request.order, request.cursor ? encodeCursor(request.cursor) : null, request.pageSize] as const,
  count: (experimentId: string, filter: string) => [...traceListKeys.all(experimentId), "count", filter] as const,
  vocabulary: (experimentId: string) => [...traceListKeys.all(experimentId), "vocabulary"] as const,
};

/** While the tracking server is unreachable, keep asking so the list recovers by itself. */
const RETRY_WHILE_FAILING_MS = 5_000;

export type VocabularyReply = FilterVocabulary & { sampled: number };

export const traceListQueries = {
  page: (experimentId: string, request: TraceListRequest) =>
    queryOptions({
      queryKey: traceListKeys.page(experimentId, request),
      queryFn: ({ signal }) =>
        getJson<TraceListPage>(
          apiPath(`${base(experimentId)}/page`, {
            filter: request.baseFilter,
            orderBy: request.order,
            cursor: request.cursor ? encodeCursor(request.cursor) : undefined,
            pageSize: request.pageSize,
          }),
          signal,
        ),
      placeholderData: keepPreviousData,
      // A pinned page does not change, except for late details (state, feedback) on a refresh.
      staleTime: 60_000,
    }),
  count: (experimentId: string, filter: string) =>
    queryOptions({
      queryKey: traceListKeys.count(experimentId, filter),
      queryFn: ({ signal }) => getJson<TraceCount>(apiPath(`${base(experimentId)}/count`, { filter }), signal),
      staleTime: 60_000,
      refetchInterval: (query) => (query.state.status === "error" ? RETRY_WHILE_FAILING_MS : false),
    }),
  vocabulary: (experimentId: string) =>
    queryOptions({
      queryKey: traceListKeys.vocabulary(experimentId),
      queryFn: ({ signal }) => getJson<VocabularyReply>(`${base(experimentId)}/vocabulary`, signal),
      staleTime: 5 * 60_000,
      refetchInterval: (query) => (query.state.status === "error" ? RETRY_WHILE_FAILING_MS : false),
    }),
};

/** The URL of the streamed export of the list's filter. */
export function exportUrl(experimentId: string, request: TraceListRequest, format: "csv" | "json"): string {
  return apiPath(`${base(experimentId)}/export`, { filter: request.baseFilter, orderBy: request.order, format });
}
