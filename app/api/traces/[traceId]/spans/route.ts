import { TraceId } from "@/lib/api/schemas";
import { getTraceInfo } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";
import { cachedSpans } from "@/lib/server/trace-cache";

/**
 * The trace info with all its spans (partial spans included while the trace is in progress). The
 * spans come from the trace cache the trace page fills (a finished trace's spans do not change; an
 * in-progress one is fetched again within seconds); the info, which carries tags and assessments
 * that do change, is read fresh.
 */
export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const [info, spans] = await Promise.all([getTraceInfo(traceId), cachedSpans(traceId)]);
    return { info, spans };
  });
}
