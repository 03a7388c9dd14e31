import { ExperimentId, FilterQuery, GroupId } from "@/lib/api/schemas";
import { handle, parseQuery } from "@/lib/server/handle";
import { requestFilters } from "@/lib/server/list-scope";
import { summarizeUsers } from "@/lib/server/users";

/** One user's figures over their traces matching `filter` and the time range. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string; userId: string }> }) {
  return handle(request, async () => {
    const params = await context.params;
    const experimentId = ExperimentId.parse(params.experimentId);
    const userId = GroupId.parse(params.userId);
    const { filter } = parseQuery(request, FilterQuery);
    const [summary] = await summarizeUsers({ experimentId, filters: requestFilters(request, filter) }, [userId]);
    return summary;
  });
}
