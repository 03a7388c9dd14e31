import { ExperimentId, GroupSummaryQuery } from "@/lib/api/schemas";
import { handle } from "@/lib/server/handle";
import { requestFilters } from "@/lib/server/list-scope";
import { summarizeUsers } from "@/lib/server/users";

/** Exact figures of a few users (`?ids=a&ids=b`), over their traces matching the filter and time range. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const params = new URL(request.url).searchParams;
    const query = GroupSummaryQuery.parse({ ids: params.getAll("ids"), filter: params.get("filter") ?? undefined });
    const summaries = await summarizeUsers({ experimentId, filters: requestFilters(request, query.filter) }, query.ids);
    return { summaries };
  });
}
