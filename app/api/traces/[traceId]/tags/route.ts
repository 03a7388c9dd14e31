import { TagInput, TagKeyInput, TraceId } from "@/lib/api/schemas";
import { deleteTraceTag, setTraceTag } from "@/lib/mlflow/client";
import { handle, parseJsonBody } from "@/lib/server/handle";

type Context = { params: Promise<{ traceId: string }> };

export function PATCH(request: Request, context: Context) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const tag = await parseJsonBody(request, TagInput);
    await setTraceTag(traceId, tag.key, tag.value);
    return { ok: true };
  });
}

export function DELETE(request: Request, context: Context) {
  return handle(request, async () => {
    const traceId = TraceId.parse((await context.params).traceId);
    const { key } = await parseJsonBody(request, TagKeyInput);
    await deleteTraceTag(traceId, key);
    return { ok: true };
  });
}
