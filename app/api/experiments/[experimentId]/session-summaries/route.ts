import { ExperimentId, GroupSummaryQuery } from "@/lib/api/schemas";
import { handle } from "@/lib/server/handle";
import { requestFilters } from "@/lib/server/list-scope";
import { summarizeSessions } from "@/lib/server/sessions";

/** Exact figures of a few sessions (`?ids=a&ids=b`), over their traces matching the filter and time range. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const params = new URL(request.url).searchParams;
    const query = GroupSummaryQuery.parse({ ids: params.getAll("ids"), filter: params.get("filter") ?? undefined, user: params.get("user") ?? undefined });
    const summaries = await summarizeSessions({ experimentId, filters: requestFilters(request, query.filter), user: query.user }, query.ids);
    return { summaries };
  });
}
