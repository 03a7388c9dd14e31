import { TraceId, VoteInput } from "@/lib/api/schemas";
import { requireAnnotator } from "@/lib/server/annotator";
import { feedbackName, recordVote } from "@/lib/server/feedback";
import { handle, parseJsonBody } from "@/lib/server/handle";

/**
 * The current annotator's thumbs on the trace or one of its spans: created, changed, or (value
 * null) taken back. Idempotent: repeating a request leaves one vote with the same value.
 */
export function PUT(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const vote = await parseJsonBody(request, VoteInput);
    const annotator = await requireAnnotator();
    return recordVote({ traceId, spanId: vote.spanId ?? null, name: feedbackName(), value: vote.value, comment: vote.comment, sourceId: annotator.id });
  });
}
