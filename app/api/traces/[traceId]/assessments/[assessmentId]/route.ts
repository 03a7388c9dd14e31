import { z } from "zod";
import { AssessmentId, AssessmentUpdate, TraceId } from "@/lib/api/schemas";
import { deleteAssessment, updateAssessment } from "@/lib/mlflow/client";
import { toAssessmentPatch } from "@/lib/mlflow/to-wire";
import { requireAnnotator } from "@/lib/server/annotator";
import { ownAssessment } from "@/lib/server/feedback";
import { BadRequest, handle, parseJsonBody } from "@/lib/server/handle";

type Context = { params: Promise<{ traceId: string; assessmentId: string }> };

const Target = z.object({ traceId: TraceId, assessmentId: AssessmentId });

/** Changes the value and/or rationale of one of the annotator's own assessments. */
export function PATCH(request: Request, context: Context) {
  return handle(request, async () => {
    const { traceId, assessmentId } = Target.parse(await context.params);
    const update = await parseJsonBody(request, AssessmentUpdate);
    const current = await ownAssessment(traceId, assessmentId, (await requireAnnotator()).id);
    if (current.kind !== update.kind) throw new BadRequest(`This assessment is ${current.kind === "unknown" ? "of an unknown kind" : `an ${current.kind}`}, not ${update.kind === "feedback" ? "feedback" : "an expectation"}.`);
    const { body, mask } = toAssessmentPatch(update, update.kind);
    return updateAssessment(traceId, assessmentId, body, mask);
  });
}

/** Deletes one of the annotator's own assessments (an override's target becomes valid again). */
export function DELETE(request: Request, context: Context) {
  return handle(request, async () => {
    const { traceId, assessmentId } = Target.parse(await context.params);
    await ownAssessment(traceId, assessmentId, (await requireAnnotator()).id);
    await deleteAssessment(traceId, assessmentId);
    return { ok: true };
  });
}
