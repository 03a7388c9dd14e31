import { handle } from "@/lib/server/handle";
import { loadBreakdown } from "@/lib/server/overview-breakdown";
import { readOverviewRequest } from "@/lib/server/overview-request";

/** GET ?by=name|status|span_type|model|tag:<key>|metadata:<key> plus the overview's parameters → BreakdownData. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => loadBreakdown(await readOverviewRequest(request, context.params)));
}
