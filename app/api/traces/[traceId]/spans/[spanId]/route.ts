import { SpanId, TraceId } from "@/lib/api/schemas";
import { MlflowError } from "@/lib/mlflow/errors";
import { handle } from "@/lib/server/handle";
import { cachedSpan } from "@/lib/server/trace-cache";

/** One span with its inputs, outputs, attributes and events. */
export function GET(request: Request, context: { params: Promise<{ traceId: string; spanId: string }> }) {
  return handle(request, async () => {
    const params = await context.params;
    const traceId = TraceId.parse(params.traceId);
    const spanId = SpanId.parse(params.spanId.toLowerCase());
    const span = await cachedSpan(traceId, spanId);
    if (!span) throw new MlflowError(404, "RESOURCE_DOES_NOT_EXIST", `Trace ${traceId} has no span ${spanId}.`);
    return span;
  });
}
