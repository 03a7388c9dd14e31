import { TraceId } from "@/lib/api/schemas";
import { getTrace } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";

/** The trace info with all its spans (partial spans included while the trace is in progress). */
export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => getTrace(TraceId.parse((await context.params).traceId)));
}
