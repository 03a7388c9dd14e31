import { queryOptions } from "@tanstack/react-query";
import type { UserList, UserSort, UserSummary } from "@/lib/types/session";
import { toGroupListParams, type GroupListSearch } from "@/lib/url/group-list-search";
import { getJson } from "./fetcher";

const base = (experimentId: string) => `/api/experiments/${encodeURIComponent(experimentId)}`;

const userKeys = {
  all: ["users"] as const,
  list: (experimentId: string, query: string) => [...userKeys.all, "list", experimentId, query] as const,
  summaryBatch: (experimentId: string, scope: string, userIds: string[]) => [...userKeys.all, "summary-batch", experimentId, scope, userIds] as const,
  detail: (experimentId: string, userId: string, scope: string) => [...userKeys.all, "detail", experimentId, userId, scope] as const,
};

export const userQueries = {
  list: (experimentId: string, search: GroupListSearch<UserSort>) => {
    const query = toGroupListParams(search, "lastSeen").toString();
    return queryOptions({
      queryKey: userKeys.list(experimentId, query),
      queryFn: ({ signal }) => getJson<UserList>(`${base(experimentId)}/users${query ? `?${query}` : ""}`, signal),
    });
  },
  summaryBatch: (experimentId: string, scope: string, userIds: string[]) =>
    queryOptions({
      queryKey: userKeys.summaryBatch(experimentId, scope, userIds),
      queryFn: async ({ signal }) => {
        const params = new URLSearchParams(scope);
        userIds.forEach((id) => params.append("ids", id));
        return (await getJson<{ summaries: UserSummary[] }>(`${base(experimentId)}/user-summaries?${params}`, signal)).summaries;
      },
    }),
  /** One user's figures within a scope (filter and time range as URL parameters). */
  detail: (experimentId: string, userId: string, scope: string) =>
    queryOptions({
      queryKey: userKeys.detail(experimentId, userId, scope),
      queryFn: ({ signal }) => getJson<UserSummary>(`${base(experimentId)}/users/${encodeURIComponent(userId)}${scope ? `?${scope}` : ""}`, signal),
    }),
};
