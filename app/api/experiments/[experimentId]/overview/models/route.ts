import { handle } from "@/lib/server/handle";
import { loadModelTokens } from "@/lib/server/overview-models";
import { readOverviewRequest } from "@/lib/server/overview-request";

/** GET with the overview's parameters → ModelTokensData (tokens by model from recent traces' spans). */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    try {
      return await loadModelTokens(await readOverviewRequest(request, context.params), request.signal);
    } catch (error) {
      // The browser went away mid-read; nobody reads this answer.
      if (request.signal.aborted) return new Response(null, { status: 499 });
      throw error;
    }
  });
}
