import { ExperimentId, MetricsQueryInput } from "@/lib/api/schemas";
import { queryTraceMetrics } from "@/lib/mlflow/client";
import { handle, parseJsonBody } from "@/lib/server/handle";

export function POST(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = await parseJsonBody(request, MetricsQueryInput);
    return queryTraceMetrics({ ...query, experimentIds: [experimentId] });
  }, { readOnly: true });
}
