import type { TraceListRequest } from "@/lib/traces/list-request";

// Links out of the trace list. The trace view gets the list's filter and order, so its previous/next
// walk the same list (it pages with `AND trace.timestamp_ms < T` itself, so the cursor is left out).

const experimentPath = (experimentId: string) => `/experiments/${encodeURIComponent(experimentId)}`;

export function traceHref(experimentId: string, traceId: string, request: Pick<TraceListRequest, "baseFilter" | "order">): string {
  const params = new URLSearchParams({ listFilter: request.baseFilter, listOrder: request.order });
  return `${experimentPath(experimentId)}/traces/${encodeURIComponent(traceId)}?${params}`;
}

export function sessionHref(experimentId: string, sessionId: string): string {
  return `${experimentPath(experimentId)}/sessions/${encodeURIComponent(sessionId)}`;
}

export function userHref(experimentId: string, userId: string): string {
  return `${experimentPath(experimentId)}/users/${encodeURIComponent(userId)}`;
}
