import { queryOptions, useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Span } from "@/lib/types/span";
import type { TracePage, TraceSummary } from "@/lib/types/trace";
import type { TraceSkeleton } from "@/lib/types/trace-skeleton";
import type { NeighborQuery } from "@/lib/trace/neighbors";
import { apiPath, getJson, sendJson } from "./fetcher";

// One trace: its info (header), its skeleton (tree and waterfall), one span at a time (inspector),
// search inside span contents, and the neighbouring traces of the list it was opened from.

const traceDetailKeys = {
  all: (traceId: string) => ["trace", traceId] as const,
  info: (traceId: string) => [...traceDetailKeys.all(traceId), "info"] as const,
  skeleton: (traceId: string) => [...traceDetailKeys.all(traceId), "skeleton"] as const,
  span: (traceId: string, spanId: string) => [...traceDetailKeys.all(traceId), "span", spanId] as const,
  search: (traceId: string, text: string) => [...traceDetailKeys.all(traceId), "search", text] as const,
  neighbors: (experimentId: string, query: NeighborQuery) => ["trace-neighbors", experimentId, query] as const,
};

/** How often an in-progress trace is asked for again. */
export const IN_PROGRESS_REFRESH_MS = 3_000;

const tracePath = (traceId: string) => `/api/traces/${encodeURIComponent(traceId)}`;

export interface ContentSearchResult {
  query: string;
  spanIds: string[];
  truncated: boolean;
}

export const traceDetailQueries = {
  info: (traceId: string) =>
    queryOptions({
      queryKey: traceDetailKeys.info(traceId),
      queryFn: ({ signal }) => getJson<TraceSummary>(tracePath(traceId), signal),
      refetchInterval: (query) => (query.state.data?.state === "IN_PROGRESS" ? IN_PROGRESS_REFRESH_MS : false),
    }),
  skeleton: (traceId: string, inProgress: boolean) =>
    queryOptions({
      queryKey: traceDetailKeys.skeleton(traceId),
      queryFn: ({ signal }) => getJson<TraceSkeleton>(`${tracePath(traceId)}/skeleton`, signal),
      // Deep-comparing 50,000-entry columns on every refresh costs more than rebuilding.
      structuralSharing: false,
      staleTime: inProgress ? 0 : 5 * 60_000,
      refetchInterval: inProgress ? IN_PROGRESS_REFRESH_MS : false,
    }),
  span: (traceId: string, spanId: string, running: boolean) =>
    queryOptions({
      queryKey: traceDetailKeys.span(traceId, spanId),
      queryFn: ({ signal }) => getJson<Span>(`${tracePath(traceId)}/spans/${spanId}`, signal),
      staleTime: running ? 0 : 5 * 60_000,
      refetchInterval: running ? IN_PROGRESS_REFRESH_MS : false,
    }),
  search: (traceId: string, text: string) =>
    queryOptions({
      queryKey: traceDetailKeys.search(traceId, text),
      queryFn: ({ signal }) => getJson<ContentSearchResult>(apiPath(`${tracePath(traceId)}/search`, { q: text }), signal),
      enabled: text.trim().length > 0,
      staleTime: 60_000,
    }),
  neighbors: (experimentId: string, query: NeighborQuery) =>
    queryOptions({
      queryKey: traceDetailKeys.neighbors(experimentId, query),
      queryFn: ({ signal }) => getJson<TracePage>(apiPath(`/api/experiments/${encodeURIComponent(experimentId)}/traces`, { ...query }), signal),
      staleTime: 60_000,
    }),
};

/** For screens that change a trace's info (tags, assessments): refresh its header. */
export function invalidateTraceInfo(queryClient: QueryClient, traceId: string) {
  return queryClient.invalidateQueries({ queryKey: traceDetailKeys.info(traceId) });
}

export function useSetTraceTag(traceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tag: { key: string; value: string }) => sendJson<{ ok: true }>("PATCH", `${tracePath(traceId)}/tags`, tag),
    onSettled: () => invalidateTraceInfo(queryClient, traceId),
  });
}

export function useDeleteTraceTag(traceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: string) => sendJson<{ ok: true }>("DELETE", `${tracePath(traceId)}/tags`, { key }),
    onSettled: () => invalidateTraceInfo(queryClient, traceId),
  });
}
