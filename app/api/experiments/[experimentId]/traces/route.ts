import { ExperimentId, TraceListQuery } from "@/lib/api/schemas";
import { searchTraces } from "@/lib/mlflow/client";
import { handle, parseQuery } from "@/lib/server/handle";

/** One page of the trace search; the filter string goes to MLflow exactly as the user wrote it. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, TraceListQuery);
    return searchTraces({
      experimentIds: [experimentId],
      filter: query.filter,
      orderBy: query.orderBy ? [query.orderBy] : undefined,
      maxResults: query.pageSize,
      pageToken: query.pageToken,
    });
  });
}
