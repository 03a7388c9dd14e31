import { getServerInfo } from "@/lib/mlflow/client";
import { handle } from "@/lib/server/handle";

/** Which tracking server the dashboard talks to, and its MLflow version. */
export function GET(request: Request) {
  return handle(request, () => getServerInfo());
}
