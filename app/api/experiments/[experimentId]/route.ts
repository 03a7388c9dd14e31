import { ExperimentId } from "@/lib/api/schemas";
import { getExperiment } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";

export function GET(request: Request, context: { params: Promise<{ experimentId: string }> }) {
  return handle(request, async () => getExperiment(ExperimentId.parse((await context.params).experimentId)));
}
