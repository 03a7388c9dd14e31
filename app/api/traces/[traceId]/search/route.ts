import { SpanSearchQuery, TraceId } from "@/lib/api/schemas";
import { spansWithContent } from "@/lib/trace/content-search";
import { handle, parseQuery } from "@/lib/server/handle";
import { cachedSpans } from "@/lib/server/trace-cache";

/** Ids of the spans whose inputs, outputs, attributes or events contain the text. */
export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const { q } = parseQuery(request, SpanSearchQuery);
    return { query: q, ...spansWithContent(await cachedSpans(traceId), q) };
  });
}
