import { AnnotatorInput } from "@/lib/api/schemas";
import { NAME_RULES, annotatorCookie, cleanAnnotatorName } from "@/lib/feedback/annotator";
import { currentAnnotator, trustedAnnotatorHeader } from "@/lib/server/annotator";
import { feedbackName } from "@/lib/server/feedback";
import { BadRequest, HttpError, handle, parseJsonBody } from "@/lib/server/handle";
import type { FeedbackSession } from "@/lib/types/feedback";

/** Who is annotating, whether that can be changed here, and the feedback name. */
export function GET(request: Request) {
  return handle(request, async (): Promise<FeedbackSession> => ({ annotator: await currentAnnotator(), trustedHeader: trustedAnnotatorHeader(), feedbackName: feedbackName() }));
}

/** Sets the annotator's name (kept in a cookie); refused when a sign-in proxy names the annotator. */
export function POST(request: Request) {
  return handle(request, async () => {
    const header = trustedAnnotatorHeader();
    if (header) throw new HttpError(409, "ANNOTATOR_FROM_PROXY", `Your identity comes from your sign-in (header ${header}) and cannot be changed here.`);
    const name = cleanAnnotatorName((await parseJsonBody(request, AnnotatorInput)).name);
    if (!name) throw new BadRequest(NAME_RULES, "BAD_ANNOTATOR_NAME");
    const secure = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
    const session: FeedbackSession = { annotator: { id: name, fromTrustedHeader: false }, trustedHeader: null, feedbackName: feedbackName() };
    return Response.json(session, { headers: { "Set-Cookie": annotatorCookie(name, secure), "Cache-Control": "no-store" } });
  });
}
