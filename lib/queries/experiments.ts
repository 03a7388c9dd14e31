import { queryOptions } from "@tanstack/react-query";
import type { Experiment, ExperimentPage, ServerInfo } from "@/lib/types/experiment";
import { apiPath, getJson } from "./fetcher";

const experimentKeys = {
  all: ["experiments"] as const,
  list: (name: string) => [...experimentKeys.all, "list", name] as const,
  detail: (experimentId: string) => [...experimentKeys.all, "detail", experimentId] as const,
};

/** While the tracking server is unreachable, keep asking so the page recovers by itself. */
const RETRY_WHILE_FAILING_MS = 5_000;

export const experimentQueries = {
  list: (name: string) =>
    queryOptions({
      queryKey: experimentKeys.list(name),
      queryFn: ({ signal }) => getJson<ExperimentPage>(apiPath("/api/experiments", { name, pageSize: 500 }), signal),
      refetchInterval: (query) => (query.state.status === "error" ? RETRY_WHILE_FAILING_MS : false),
    }),
  detail: (experimentId: string) =>
    queryOptions({
      queryKey: experimentKeys.detail(experimentId),
      queryFn: ({ signal }) => getJson<Experiment>(`/api/experiments/${encodeURIComponent(experimentId)}`, signal),
    }),
};

export const serverQueries = {
  info: () =>
    queryOptions({
      queryKey: ["server-info"] as const,
      queryFn: ({ signal }) => getJson<ServerInfo>("/api/server", signal),
      staleTime: 60_000,
      refetchInterval: (query) => (query.state.data?.problem || query.state.status === "error" ? RETRY_WHILE_FAILING_MS : false),
    }),
};
