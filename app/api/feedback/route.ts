import { ApplicationFeedback } from "@/lib/api/schemas";
import { applicationAuthRefusal } from "@/lib/feedback/application-auth";
import { ORIGIN_KEY } from "@/lib/feedback/metadata-keys";
import { applicationSourceId } from "@/lib/feedback/settings";
import { feedbackName, recordVote, traceIdForClientRequest } from "@/lib/server/feedback";
import { HttpError, handle, parseJsonBody } from "@/lib/server/handle";

/**
 * The feedback API for applications: records an end user's thumbs on the trace of one of the
 * application's requests, found by client request id (or trace id). Authenticated by the bearer
 * token FEEDBACK_API_TOKEN instead of the dashboard's same-origin rules. One vote per end user and
 * trace: a repeated call changes it rather than adding another.
 */
export function POST(request: Request) {
  return handle(
    request,
    async () => {
      const refusal = applicationAuthRefusal(request.headers.get("authorization"), process.env.FEEDBACK_API_TOKEN);
      if (refusal) throw new HttpError(refusal.status, refusal.code, refusal.message);
      const body = await parseJsonBody(request, ApplicationFeedback);
      const traceId = body.trace_id ?? (await traceIdForClientRequest(body.experiment_id as string, body.client_request_id as string));
      const sourceId = applicationSourceId(body.user);
      const { assessment } = await recordVote({
        traceId,
        spanId: null,
        name: body.name ?? feedbackName(),
        value: body.value,
        comment: body.comment,
        sourceId,
        metadata: { [ORIGIN_KEY]: "application" },
      });
      return { trace_id: traceId, assessment_id: assessment?.assessmentId ?? null, source_id: sourceId, value: body.value };
    },
    { tokenAuthenticated: true },
  );
}
