import { ExperimentId, TraceExportQuery } from "@/lib/api/schemas";
import { handle, parseQuery } from "@/lib/server/handle";
import { startExport } from "@/lib/server/trace-list";
import { exportFileName } from "@/lib/traces/export";

/** Streams the filtered list as CSV or JSON; X-Trace-Count tells the reader how many rows to expect (left out for a full-text search). */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => {
    const experimentId = ExperimentId.parse((await context.params).experimentId);
    const query = parseQuery(request, TraceExportQuery);
    const { body, total } = await startExport(experimentId, { baseFilter: query.filter ?? "", order: query.orderBy, format: query.format, limit: query.limit, batch: query.batch });
    return new Response(body, {
      headers: {
        "Content-Type": query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(experimentId, query.format, Date.now())}"`,
        "Cache-Control": "no-store",
        ...(total ? { "X-Trace-Count": String(Math.min(total.count, query.limit)), "X-Trace-Count-Exact": String(total.exact) } : {}),
      },
    });
  });
}
