import { ExperimentId } from "@/lib/api/schemas";
import { handle } from "@/lib/server/handle";
import { loadVocabulary } from "@/lib/server/trace-list";

/** Tag and metadata keys, assessment names, users, sessions and trace names seen in recent traces. */
export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => loadVocabulary(ExperimentId.parse((await context.params).experimentId)));
}
