import { AssessmentInput, TraceId } from "@/lib/api/schemas";
import { requireAnnotator } from "@/lib/server/annotator";
import { createHumanAssessment } from "@/lib/server/feedback";
import { handle, parseJsonBody } from "@/lib/server/handle";

/** Posts a human assessment (feedback, expectation, or an override of a judge) as the current annotator. */
export function POST(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const input = await parseJsonBody(request, AssessmentInput);
    const annotator = await requireAnnotator();
    return createHumanAssessment(traceId, input, annotator.id);
  });
}
