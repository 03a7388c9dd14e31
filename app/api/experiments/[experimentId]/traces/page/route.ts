import { ExperimentId, TracePageQuery } from "@/lib/api/schemas";
import { BadRequest, handle, parseQuery } from "@/lib/server/handle";
import { loadTracePage } from "@/lib/server/trace-list";
import { decodeCursor } from "@/lib/traces/cursor";

/** One page of the trace list, paged by cursor (see lib/traces/cursor.ts). */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, TracePageQuery);
    const cursor = decodeCursor(query.cursor);
    if (query.cursor && !cursor) throw new BadRequest("cursor: not a cursor this API returned");
    return loadTracePage(experimentId, { baseFilter: query.filter ?? "", order: query.orderBy, cursor, pageSize: query.pageSize });
  });
}
