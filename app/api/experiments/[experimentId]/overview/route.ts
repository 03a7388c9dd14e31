import { handle } from "@/lib/server/handle";
import { loadOverview } from "@/lib/server/overview";
import { readOverviewRequest } from "@/lib/server/overview-request";

/** GET ?range|from&to&bucket&filter&source → OverviewData (all charts and cards of one overview). */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => loadOverview(await readOverviewRequest(request, context.params)));
}
