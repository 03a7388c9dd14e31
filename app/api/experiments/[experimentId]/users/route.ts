import { ExperimentId, UserListQuery } from "@/lib/api/schemas";
import { handle, parseQuery } from "@/lib/server/handle";
import { requestFilters } from "@/lib/server/list-scope";
import { listUsers } from "@/lib/server/users";

/** The users of an experiment, most recently seen first (or by sessions, traces, tokens, errors). */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, UserListQuery);
    return listUsers({ experimentId, filters: requestFilters(request, query.filter), search: query.q, sort: query.sort, direction: query.dir, limit: query.limit });
  });
}
