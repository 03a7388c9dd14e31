import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { THUMBS_NAME, sessionFeedbackMetadata } from "@/lib/feedback/thumbs";
import type { Assessment } from "@/lib/types/assessment";
import type { SessionDetail, SessionList, SessionSort, SessionSummary } from "@/lib/types/session";
import { scopeParams, toGroupListParams, type GroupListSearch } from "@/lib/url/group-list-search";
import { getJson, sendJson } from "./fetcher";
import { invalidateTraceInfo } from "./trace-detail";

const base = (experimentId: string) => `/api/experiments/${encodeURIComponent(experimentId)}`;

const sessionKeys = {
  all: ["sessions"] as const,
  list: (experimentId: string, query: string) => [...sessionKeys.all, "list", experimentId, query] as const,
  detail: (experimentId: string, sessionId: string) => [...sessionKeys.all, "detail", experimentId, sessionId] as const,
};

export type SessionListSearch = GroupListSearch<SessionSort> & { user?: string };

function listQuery(search: SessionListSearch): string {
  const params = toGroupListParams(search, "lastActivity");
  if (search.user) params.set("user", search.user);
  return params.toString();
}

/** What selects a session's traces: the filter, the time range and, on a user's page, the user. */
export function summaryScope(search: SessionListSearch): string {
  const params = scopeParams(search);
  if (search.user) params.set("user", search.user);
  return params.toString();
}

export const sessionQueries = {
  list: (experimentId: string, search: SessionListSearch) => {
    const query = listQuery(search);
    return queryOptions({
      queryKey: sessionKeys.list(experimentId, query),
      queryFn: ({ signal }) => getJson<SessionList>(`${base(experimentId)}/sessions${query ? `?${query}` : ""}`, signal),
    });
  },
  /**
   * Exact figures of visible rows, asked for a few at a time. One query per row (keyed by row) so
   * each row fills in as its batch arrives and a re-sort reuses what is known.
   */
  summaryBatch: (experimentId: string, scope: string, sessionIds: string[]) =>
    queryOptions({
      queryKey: [...sessionKeys.all, "summary-batch", experimentId, scope, sessionIds] as const,
      queryFn: async ({ signal }) => {
        const params = new URLSearchParams(scope);
        sessionIds.forEach((id) => params.append("ids", id));
        const reply = await getJson<{ summaries: SessionSummary[] }>(`${base(experimentId)}/session-summaries?${params}`, signal);
        return reply.summaries;
      },
    }),
  detail: (experimentId: string, sessionId: string) =>
    queryOptions({
      queryKey: sessionKeys.detail(experimentId, sessionId),
      queryFn: ({ signal }) => getJson<SessionDetail>(`${base(experimentId)}/sessions/${encodeURIComponent(sessionId)}`, signal),
    }),
};

export interface ThumbsInput {
  traceId: string;
  value: boolean;
  /** The annotator's earlier vote on the same target, which this one replaces. */
  replaces?: string;
  /** Set for a vote on the whole session (stored on its last trace). */
  sessionId?: string;
}

/**
 * Thumbs up/down on a turn or a session, through POST /api/traces/{id}/assessments. Refreshes the
 * conversation and the session figures afterwards.
 */
export function useSessionThumbs(experimentId: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ThumbsInput) =>
      sendJson<Assessment>("POST", `/api/traces/${encodeURIComponent(input.traceId)}/assessments`, {
        name: THUMBS_NAME,
        kind: "feedback",
        value: input.value,
        overrides: input.replaces,
        metadata: input.sessionId ? sessionFeedbackMetadata(input.sessionId) : undefined,
      }),
    onSuccess: (_assessment, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.detail(experimentId, sessionId) }),
        queryClient.invalidateQueries({ queryKey: [...sessionKeys.all, "summary-batch", experimentId] }),
        // The trace view beside the conversation shows the trace's assessments too.
        invalidateTraceInfo(queryClient, input.traceId),
      ]),
  });
}
