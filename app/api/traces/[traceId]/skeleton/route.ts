import { TraceId } from "@/lib/api/schemas";
import { handle } from "@/lib/server/handle";
import { skeletonJson } from "@/lib/server/trace-cache";

/** The span tree without contents (lib/types/trace-skeleton.ts), about 100 bytes a span. */
export function GET(request: Request, context: { params: Promise<{ traceId: string }> }) {
  return handle(request, async () => {
    const json = await skeletonJson(TraceId.parse((await context.params).traceId));
    return new Response(json, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
  });
}
