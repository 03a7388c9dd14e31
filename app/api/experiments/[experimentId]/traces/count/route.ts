import { ExperimentId, TraceCountQuery } from "@/lib/api/schemas";
import { handle, parseQuery } from "@/lib/server/handle";
import { countTraces } from "@/lib/server/trace-list";

/** How many traces match a filter: exact from MLflow's trace_count when it can express the filter. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, TraceCountQuery);
    return countTraces(experimentId, query.filter ?? "");
  });
}
