import { TraceId } from "@/lib/api/schemas";
import { toReviewTrace } from "@/lib/feedback/review-trace";
import { getTrace } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";

/** The trace as review mode shows it: the conversation and the key spans, with bounded text. */
export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const { info, spans } = await getTrace(TraceId.parse((await context.params).traceId));
    return toReviewTrace(info, spans);
  });
}
