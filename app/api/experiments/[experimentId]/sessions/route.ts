import { ExperimentId, SessionListQuery } from "@/lib/api/schemas";
import { handle, parseQuery } from "@/lib/server/handle";
import { requestFilters } from "@/lib/server/list-scope";
import { listSessions } from "@/lib/server/sessions";

/** The sessions of an experiment, most recent first (or by turns, tokens, errors), grouped on this server. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, SessionListQuery);
    return listSessions({
      experimentId,
      filters: requestFilters(request, query.filter),
      user: query.user,
      search: query.q,
      sort: query.sort,
      direction: query.dir,
      limit: query.limit,
    });
  });
}
