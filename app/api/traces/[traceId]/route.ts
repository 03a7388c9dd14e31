import { TraceId } from "@/lib/api/schemas";
import { getTraceInfo } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";

export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => getTraceInfo(TraceId.parse((await context.params).traceId)));
}
