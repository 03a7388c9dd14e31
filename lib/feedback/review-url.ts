// Review mode's URL: /experiments/<id>/review?filter=<MLflow filter>&orderBy=<order>&trace=<trace id>.
// The filter is the exact string the trace list sends, so a list can link to "review these".

export const REVIEW_ORDERS = ["timestamp_ms DESC", "timestamp_ms ASC", "execution_time_ms DESC", "execution_time_ms ASC"] as const;
export type ReviewOrder = (typeof REVIEW_ORDERS)[number];

export interface ReviewSearch {
  filter: string;
  orderBy: ReviewOrder;
  /** The trace on screen; absent: start at the first one you have not reviewed. */
  traceId: string | null;
}

export function parseReviewSearch(params: URLSearchParams): ReviewSearch {
  const orderBy = params.get("orderBy");
  return {
    filter: params.get("filter") ?? "",
    orderBy: (REVIEW_ORDERS as readonly string[]).includes(orderBy ?? "") ? (orderBy as ReviewOrder) : "timestamp_ms DESC",
    traceId: params.get("trace") || null,
  };
}

export function reviewHref(experimentId: string, search: Partial<ReviewSearch>): string {
  const params = new URLSearchParams();
  if (search.filter) params.set("filter", search.filter);
  if (search.orderBy && search.orderBy !== "timestamp_ms DESC") params.set("orderBy", search.orderBy);
  if (search.traceId) params.set("trace", search.traceId);
  const query = params.toString();
  return `/experiments/${encodeURIComponent(experimentId)}/review${query ? `?${query}` : ""}`;
}
