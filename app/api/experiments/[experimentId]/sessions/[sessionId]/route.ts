import { ExperimentId, GroupId } from "@/lib/api/schemas";
import { handle } from "@/lib/server/handle";
import { loadSessionDetail } from "@/lib/server/sessions";

/** One whole session as a conversation: its turns in order, with texts, figures and feedback. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string; sessionId: string }> }) {
  return handle(request, async () => {
    const params = await context.params;
    const experimentId = ExperimentId.parse(params.experimentId);
    const sessionId = GroupId.parse(params.sessionId);
    const detail = await loadSessionDetail(experimentId, sessionId);
    if (detail) return detail;
    const message = `No traces of session “${sessionId}” in experiment ${experimentId}.`;
    return Response.json({ error: { code: "SESSION_NOT_FOUND", message } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  });
}
